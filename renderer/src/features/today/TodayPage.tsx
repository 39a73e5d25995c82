import type { TodayDigest } from '../../../../electron/shared/crm/crm-views';
import { PageHeading } from '../../components/PageHeading';
import { browserTimeZone } from '../../lib/time';
import { useBoundaries } from '../../app/useBoundaries';
import { useContactNames } from '../contacts/useContactNames';
import { useContacts } from '../contacts/useContacts';
import { useSettings } from '../settings/useSettings';
import {
  CommitmentsCard,
  FollowUpsCard,
  InvitationsCard,
  MeetingsTodayCard,
  ReconnectCard,
} from './TodayCrmCards';
import { CheckInCard, WelcomeCard, WindowsCard } from './TodayCards';
import { useToday } from './useToday';

function greeting(hour: number): string {
  if (hour < 5) return 'Hello, night owl.';
  if (hour < 12) return 'Good morning.';
  if (hour < 18) return 'Good afternoon.';
  return 'Good evening.';
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => WORDS[n] ?? String(n);

/** How much today asks of the user, in one calm sentence. */
function summary(digest: TodayDigest | null): string {
  if (!digest) return '';
  const meetings = digest.meetingsToday.length;
  const toDo =
    digest.followUps.length +
    digest.commitments.dueToday.length +
    digest.commitments.overdue.length;
  if (meetings === 0 && toDo === 0) return 'There is nothing you need to do.';
  const parts: string[] = [];
  if (meetings > 0) parts.push(`${inWords(meetings)} ${meetings === 1 ? 'meeting' : 'meetings'}`);
  if (toDo > 0) parts.push(`${inWords(toDo)} small ${toDo === 1 ? 'thing' : 'things'} to close`);
  return `Today holds ${parts.join(' and ')}.`;
}

/** The contacts the cards name: today's meetings, commitments due, guests yet to reply. */
function namedIds(digest: TodayDigest | null): string[] {
  if (!digest) return [];
  const { dueToday, overdue } = digest.commitments;
  return [
    ...digest.meetingsToday.flatMap((m) => m.contactIds),
    ...[...dueToday, ...overdue].map((c) => c.contactId),
    ...digest.invitationsAwaitingReply.map((i) => i.contactId),
  ];
}

/** A calm overview of the day: the windows, meetings, what is due, and who to reconnect with. */
export function TodayPage() {
  const contacts = useContacts();
  const count = contacts.counts.active;
  const loaded = contacts.status === 'ready';
  const settings = useSettings();
  const status = useBoundaries();
  const today = useToday();
  const names = useContactNames(namedIds(today.digest));
  const timeZone = status?.timeZone ?? browserTimeZone();
  const digest = today.digest;

  return (
    <div className="page page-today">
      <div className="page-header">
        <PageHeading>Today</PageHeading>
      </div>
      <p className="lead">
        {greeting(new Date().getHours())} {summary(digest)}
      </p>
      {settings && !settings.firstRunDone && <WelcomeCard settings={settings} />}
      {today.status === 'error' && (
        <p className="inline-error" role="alert">
          {today.error}
        </p>
      )}
      <div className="cards today-cards">
        <WindowsCard status={status} />
        <CheckInCard status={status} />
        {digest && <MeetingsTodayCard digest={digest} names={names} timeZone={timeZone} />}
        {digest && <FollowUpsCard digest={digest} />}
        {digest && <ReconnectCard digest={digest} />}
        {digest && <CommitmentsCard digest={digest} stats={today.stats} names={names} />}
        {digest && <InvitationsCard digest={digest} names={names} />}
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
