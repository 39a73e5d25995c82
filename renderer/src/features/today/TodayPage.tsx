import { PageHeading } from '../../components/PageHeading';
import { useBoundaries } from '../boundaries/useBoundaries';
import { useContacts } from '../contacts/useContacts';
import { useSettings } from '../settings/useSettings';
import { CheckInCard, WelcomeCard, WindowsCard } from './TodayCards';

function greeting(hour: number): string {
  if (hour < 5) return 'Hello, night owl.';
  if (hour < 12) return 'Good morning.';
  if (hour < 18) return 'Good afternoon.';
  return 'Good evening.';
}

/** A calm overview of the day. Fills in as scheduling, meetings and events arrive. */
export function TodayPage() {
  const contacts = useContacts();
  const count = contacts.total;
  const loaded = contacts.status === 'ready';
  const settings = useSettings();
  const status = useBoundaries();

  return (
    <div className="page page-today">
      <div className="page-header">
        <PageHeading>Today</PageHeading>
      </div>
      <p className="lead">{greeting(new Date().getHours())} There is nothing you need to do.</p>
      {settings && !settings.firstRunDone && <WelcomeCard settings={settings} />}
      <div className="cards">
        <WindowsCard status={status} />
        <CheckInCard status={status} />
        <section className="panel card" aria-labelledby="today-contacts">
          <h2 id="today-contacts" className="card-title">
            People
          </h2>
          {!loaded ? (
            <p className="muted">Counting your contacts…</p>
          ) : count === 0 ? (
            <p>
              No contacts yet. <a href="#/contacts/new">Add someone</a> you would like to keep in
              touch with.
            </p>
          ) : (
            <p>
              You keep{' '}
              <strong>
                {count} {count === 1 ? 'contact' : 'contacts'}
              </strong>{' '}
              in Netwell, privately on this computer. <a href="#/contacts">Open contacts</a>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
