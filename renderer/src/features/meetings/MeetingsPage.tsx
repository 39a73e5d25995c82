import { useMemo } from 'react';
import type { Meeting } from '../../../../electron/shared/crm/meeting';
import { PageHeading } from '../../components/PageHeading';
import { showToast } from '../../components/toasts';
import { browserTimeZone } from '../../lib/time';
import { useBoundaries } from '../../app/useBoundaries';
import { MeetingCard, type ClashNote } from './MeetingCard';
import { useContactNames } from '../contacts/useContactNames';
import { meetingTitle } from './meetingText';
import { ProposeForm } from './ProposeForm';
import { Suggestions } from './Suggestions';
import { useMeetings } from './useMeetings';
import { goToMeetings, useMeetingsRoute } from './useMeetingsRoute';

const SECTIONS = [
  {
    id: 'coming-up',
    title: 'Coming up',
    statuses: ['confirmed', 'rescheduled'],
    empty: 'Nothing agreed yet. When someone says yes, confirm the meeting and it moves here.',
  },
  {
    id: 'proposed',
    title: 'Proposed, awaiting a reply',
    statuses: ['proposed'],
    empty: 'No proposals waiting.',
  },
  {
    id: 'past',
    title: 'Past',
    statuses: ['done', 'cancelled'],
    empty: 'Meetings you have had (or cancelled) are kept here with your notes.',
  },
] as const;

/** Taking conversations offline: what is coming up, what waits for a reply, what happened. */
export function MeetingsPage() {
  const route = useMeetingsRoute();
  const state = useMeetings();
  const status = useBoundaries();
  const timeZone = status?.timeZone ?? browserTimeZone();
  // Only the people of the meetings shown (suggestions carry their contact's name).
  const names = useContactNames(state.meetings.flatMap((m) => m.contactIds));

  const clashesOf = useMemo(() => {
    const byId = new Map(state.meetings.map((m) => [m.id, m]));
    const out = new Map<string, ClashNote[]>();
    const add = (id: string, other: Meeting | undefined, overlapMin: number) => {
      if (!other) return;
      out.set(id, [...(out.get(id) ?? []), { otherTitle: meetingTitle(other, names), overlapMin }]);
    };
    for (const clash of state.clashes) {
      add(clash.a, byId.get(clash.b), clash.overlapMin);
      add(clash.b, byId.get(clash.a), clash.overlapMin);
    }
    return out;
  }, [state.meetings, state.clashes, names]);

  // "Propose a coffee" from a suggestion around an event: the form starts from that event.
  const around = route.eventId
    ? (state.suggestions.find((s) => s.event?.id === route.eventId)?.event ?? null)
    : null;

  const proposed = (title: string) => {
    goToMeetings(false);
    showToast(`${title}: proposed. Confirm it when they say yes.`);
    requestAnimationFrame(() => document.getElementById('proposed')?.focus());
  };

  return (
    <div className="page page-meetings">
      <div className="page-header">
        <PageHeading>Meetings</PageHeading>
        {!route.proposing && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              goToMeetings(true);
              requestAnimationFrame(() => document.getElementById('meeting-kind-coffee')?.focus());
            }}
          >
            Propose a meeting
          </button>
        )}
      </div>
      <p className="lead">
        The best conversations often continue over coffee, lunch or a walk. Keep them here.
      </p>

      {route.proposing && (
        <ProposeForm
          key={`${route.contactId ?? ''}:${around?.id ?? ''}`}
          timeZone={timeZone}
          preselect={route.contactId}
          around={around}
          onDone={proposed}
          onCancel={() => {
            goToMeetings(false);
            requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
          }}
        />
      )}

      <div className="meetings-layout">
        <div className="meetings-main">
          {state.status === 'error' ? (
            <p className="inline-error" role="alert">
              {state.error}
            </p>
          ) : state.status === 'loading' ? (
            <p className="muted">Looking at your meetings…</p>
          ) : (
            SECTIONS.map((section) => {
              const statuses: readonly string[] = section.statuses;
              const list = state.meetings.filter((m) => statuses.includes(m.status));
              // The past reads newest first; what is ahead, soonest first.
              if (section.id === 'past') list.reverse();
              return (
                <section key={section.id} className="meetings-section" aria-labelledby={section.id}>
                  <h2 id={section.id} className="panel-title" tabIndex={-1}>
                    {section.title}
                    {list.length > 0 && <span className="section-count"> ({list.length})</span>}
                  </h2>
                  {list.length === 0 ? (
                    <p className="muted">{section.empty}</p>
                  ) : (
                    <div className="meeting-list">
                      {list.map((m) => (
                        <MeetingCard
                          key={m.id}
                          meeting={m}
                          names={names}
                          timeZone={timeZone}
                          clashes={clashesOf.get(m.id) ?? []}
                        />
                      ))}
                    </div>
                  )}
                </section>
              );
            })
          )}
        </div>
        <div className="meetings-side">
          {state.status === 'ready' && <Suggestions suggestions={state.suggestions} />}
        </div>
      </div>
    </div>
  );
}
