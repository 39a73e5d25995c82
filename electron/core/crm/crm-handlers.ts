import type { HandlersOf } from '../dispatch';
import type { Once } from '../store/recent-requests';
import type { Crm } from './create-crm';

/**
 * The relationship calls: interactions, reconnecting, promises, follow-ups, introductions,
 * meetings, the report log and Today. Each delegates to one service; creates go through `once`.
 */
export function crmHandlers({ crm, once }: { crm: Crm; once: Once }) {
  const { interactions, reconnect, commitments, followUps, introductions, meetings } = crm;
  return {
    'interactions.log': ({ requestId, ...draft }) =>
      once({ call: 'interactions.log', requestId }, (request) => interactions.log(draft, request)),
    'interactions.delete': ({ id }) => interactions.delete(id),
    'interactions.restore': ({ interaction }) => interactions.restore(interaction),
    'reconnect.list': ({ limit }) => reconnect.page(limit),
    'reconnect.snooze': ({ contactId, days }) => reconnect.snooze(contactId, days).then(() => null),
    'reconnect.done': ({ contactId, note, requestId }) =>
      once({ call: 'reconnect.done', requestId }, (request) =>
        reconnect.done(contactId, note, request),
      ),
    'tagCadences.list': () => reconnect.tagCadences(),
    'tagCadences.set': ({ tag, cadence }) => reconnect.setTagCadence(tag, cadence).then(() => null),
    'commitments.add': ({ requestId, ...input }) =>
      once({ call: 'commitments.add', requestId }, (request) => commitments.add(input, request)),
    'commitments.settle': ({ id, outcome }) => commitments.settle(id, outcome),
    'commitments.delete': ({ id }) => commitments.delete(id),
    'commitments.stats': () => commitments.stats(),
    'followUps.add': ({ requestId, ...input }) =>
      once({ call: 'followUps.add', requestId }, (request) => followUps.add(input, request)),
    'followUps.done': ({ id }) => followUps.finish(id),
    'introductions.add': ({ fromContactId, toContactId, note, requestId }) =>
      once({ call: 'introductions.add', requestId }, (request) =>
        introductions.add(fromContactId, toContactId, note, request),
      ),
    'meetings.list': () => meetings.list(),
    'meetings.propose': ({ requestId, ...input }) =>
      once({ call: 'meetings.propose', requestId }, (request) => meetings.propose(input, request)),
    'meetings.transition': ({ id, action }) => meetings.transition(id, action),
    'meetings.suggestions': () => meetings.suggestions(),
    'reports.list': () => crm.reports.list(),
    'reports.add': ({ requestId, ...entry }) =>
      once({ call: 'reports.add', requestId }, (request) => crm.reports.add(entry, request)),
    'reports.delete': ({ id }) => crm.reports.remove(id),
    'today.digest': () => crm.today.digest(),
  } satisfies HandlersOf<
    | 'interactions'
    | 'reconnect'
    | 'tagCadences'
    | 'commitments'
    | 'followUps'
    | 'introductions'
    | 'meetings'
    | 'reports'
    | 'today'
  >;
}
