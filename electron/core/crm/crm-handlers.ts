import type { HandlersOf } from '../dispatch';
import type { Store } from '../store/open-store';
import type { Once } from '../store/recent-requests';
import type { CrmService } from './crm-service';

/** The relationship calls: interactions, reconnecting, promises, follow-ups, introductions, meetings, Today. */
export function crmHandlers({ crm, store, once }: { crm: CrmService; store: Store; once: Once }) {
  return {
    'interactions.log': ({ requestId, ...draft }) =>
      once({ call: 'interactions.log', requestId }, (request) =>
        crm.logInteraction(draft, request),
      ),
    'interactions.delete': ({ id }) => crm.deleteInteraction(id),
    'interactions.restore': ({ interaction }) => crm.restoreInteraction(interaction),
    'reconnect.list': ({ limit }) => {
      const all = crm.reconnect();
      return { items: all.slice(0, limit), total: all.length };
    },
    'reconnect.snooze': async ({ contactId, days }) => {
      await crm.snooze(contactId, days);
      return null;
    },
    'reconnect.done': ({ contactId, note, requestId }) =>
      once({ call: 'reconnect.done', requestId }, (request) =>
        crm.reconnected(contactId, note, request),
      ),
    'tagCadences.list': () => store.read().tagCadences,
    'tagCadences.set': async ({ tag, cadence }) => {
      await crm.setTagCadence(tag, cadence);
      return null;
    },
    'commitments.add': ({ requestId, ...input }) =>
      once({ call: 'commitments.add', requestId }, (request) => crm.addCommitment(input, request)),
    'commitments.settle': ({ id, outcome }) => crm.settleCommitment(id, outcome),
    'commitments.delete': ({ id }) => crm.deleteCommitment(id),
    'commitments.stats': () => crm.commitmentStats(),
    'followUps.add': ({ requestId, ...input }) =>
      once({ call: 'followUps.add', requestId }, (request) => crm.addFollowUp(input, request)),
    'followUps.done': ({ id }) => crm.finishFollowUp(id),
    'introductions.add': ({ fromContactId, toContactId, note, requestId }) =>
      once({ call: 'introductions.add', requestId }, (request) =>
        crm.introduce(fromContactId, toContactId, note, request),
      ),
    'meetings.list': () => crm.meetings(),
    'meetings.propose': ({ requestId, ...input }) =>
      once({ call: 'meetings.propose', requestId }, (request) =>
        crm.proposeMeeting(input, request),
      ),
    'meetings.transition': ({ id, action }) => crm.transitionMeeting(id, action),
    'meetings.suggestions': () => crm.suggestions(),
    'today.digest': () => crm.today(),
  } satisfies HandlersOf<
    | 'interactions'
    | 'reconnect'
    | 'tagCadences'
    | 'commitments'
    | 'followUps'
    | 'introductions'
    | 'meetings'
    | 'today'
  >;
}
