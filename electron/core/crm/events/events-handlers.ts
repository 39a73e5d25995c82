import type { HandlersOf } from '../../dispatch';
import type { Once } from '../../store/recent-requests';
import type { EventsService } from './events-service';

/** Events with their invitations. */
export function eventsHandlers({ events, once }: { events: EventsService; once: Once }) {
  return {
    'events.list': () => events.list(),
    'events.save': ({ id, event, requestId }) =>
      id === null
        ? once({ call: 'events.save', requestId }, (request) => events.save(id, event, request))
        : events.save(id, event),
    'events.delete': ({ id }) => events.remove(id),
    'events.restore': ({ event, invitations }) =>
      events.restore(event, invitations).then(() => null),
    'events.invite': ({ eventId, contactIds, sent }) => events.invite(eventId, contactIds, sent),
    'events.whoDidYouMeet': ({ eventId, names, requestId }) =>
      once({ call: 'events.whoDidYouMeet', requestId }, (request) =>
        events.whoDidYouMeet(eventId, names, request),
      ),
    'invitations.setStatus': ({ id, status }) => events.setStatus(id, status),
  } satisfies HandlersOf<'events' | 'invitations'>;
}
