import { useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { showToast } from '../../components/toasts';
import { browserTimeZone } from '../../lib/time';
import { useBoundaries } from '../../app/useBoundaries';
import { EventCard } from './EventCard';
import { EventForm } from './EventForm';
import { useEvents } from './useEvents';
import { useNow } from './useNow';

/** Events you might go to, who you invited, and (after) who you met there. */
export function EventsPage() {
  const state = useEvents();
  const status = useBoundaries();
  const timeZone = status?.timeZone ?? browserTimeZone();
  const [adding, setAdding] = useState(false);

  const now = useNow();
  const upcoming = state.events
    .filter((e) => Date.parse(e.event.end) > now)
    .sort((a, b) => Date.parse(a.event.start) - Date.parse(b.event.start));
  const past = state.events
    .filter((e) => Date.parse(e.event.end) <= now)
    .sort((a, b) => Date.parse(b.event.start) - Date.parse(a.event.start));

  const sections = [
    {
      id: 'events-upcoming',
      title: 'Upcoming',
      list: upcoming,
      empty: 'Nothing planned. When a meetup or a dinner comes up, add it here.',
    },
    {
      id: 'events-past',
      title: 'Past',
      list: past,
      empty: 'Events you went to stay here, with who you met.',
    },
  ];

  return (
    <div className="page page-events">
      <div className="page-header">
        <PageHeading>Events</PageHeading>
        {!adding && (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            New event
          </button>
        )}
      </div>
      <p className="lead">
        Where online connections become real ones. Invite a few people, and go at your own pace.
      </p>

      {adding && (
        <EventForm
          timeZone={timeZone}
          onDone={(name) => {
            setAdding(false);
            showToast(`${name} saved.`);
            requestAnimationFrame(() => document.getElementById('events-upcoming')?.focus());
          }}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
          }}
        />
      )}

      {state.status === 'error' ? (
        <p className="inline-error" role="alert">
          {state.error}
        </p>
      ) : state.status === 'loading' ? (
        <p className="muted">Looking at your events…</p>
      ) : (
        sections.map((section) => (
          <section key={section.id} className="events-section" aria-labelledby={section.id}>
            <h2 id={section.id} className="panel-title" tabIndex={-1}>
              {section.title}
              {section.list.length > 0 && (
                <span className="section-count"> ({section.list.length})</span>
              )}
            </h2>
            {section.list.length === 0 ? (
              <p className="muted">{section.empty}</p>
            ) : (
              <div className="event-list">
                {section.list.map((item) => (
                  <EventCard
                    key={item.event.id}
                    item={item}
                    timeZone={timeZone}
                    past={section.id === 'events-past'}
                    now={now}
                    coffee={state.suggestions.filter((s) => s.event?.id === item.event.id)}
                  />
                ))}
              </div>
            )}
          </section>
        ))
      )}
    </div>
  );
}
