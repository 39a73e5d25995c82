import type { HandlersOf } from '../../dispatch';
import type { Once } from '../../store/recent-requests';
import type { EventsService } from './events-service';

/** Events with their invitations, and the block and report log. */
export function eventsHandlers({ events, once }: { events: EventsService; once: Once }) {
  return {
    'events.list': () => events.list(),
    'events.save': ({ id, event, requestId }) =>
      id === null
        ? once({ call: 'events.save', requestId }, (request) => events.save(id, event, request))
        : events.save(id, event),
    'events.delete': ({ id }) => events.remove(id),
    'events.restore': async ({ event, invitations }) => {
      await events.restore(event, invitations);
      return null;
    },
    'events.invite': ({ eventId, contactIds, sent }) => events.invite(eventId, contactIds, sent),
    'events.whoDidYouMeet': ({ eventId, names, requestId }) =>
      once({ call: 'events.whoDidYouMeet', requestId }, (request) =>
        events.whoDidYouMeet(eventId, names, request),
      ),
    'invitations.setStatus': ({ id, status }) => events.setStatus(id, status),
    'reports.list': () => events.reports(),
    'reports.add': ({ requestId, ...entry }) =>
      once({ call: 'reports.add', requestId }, (request) => events.addReport(entry, request)),
    'reports.delete': ({ id }) => events.removeReport(id),
  } satisfies HandlersOf<'events' | 'invitations' | 'reports'>;
}
