import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { InteractionDraft } from '../../../shared/crm/interaction';
import type { Introduction } from '../../../shared/crm/introduction';
import { UserError } from '../../errors';

/**
 * "Introduced Ana to Ben": the introduction record and an 'introduction' interaction for each of
 * them (an introduction is a conversation with both, so it restarts both keep-in-touch clocks).
 */
export function introduce(
  from: CrmContact,
  to: CrmContact,
  now: Date,
  options: { id: string; note?: string },
): { introduction: Introduction; interactions: [InteractionDraft, InteractionDraft] } {
  if (from.id === to.id) {
    throw new UserError('invalid_input', 'An introduction links two different people.');
  }
  for (const c of [from, to]) {
    if (c.blocked) {
      throw new UserError(
        'forbidden',
        `${c.name} is blocked: unblock them first to introduce them.`,
      );
    }
  }
  const at = now.toISOString();
  const note = options.note ?? '';
  const introduction: Introduction = {
    id: options.id,
    fromContactId: from.id,
    toContactId: to.id,
    at,
    note,
  };
  const interaction = (contactId: string, text: string): InteractionDraft => ({
    contactId,
    kind: 'introduction',
    at,
    direction: 'outbound',
    channel: 'other',
    note: note ? `${text}. ${note}` : text,
    meetingId: null,
    introductionId: options.id,
    eventId: null,
  });
  return {
    introduction,
    interactions: [
      interaction(from.id, `Introduced ${from.name} to ${to.name}`),
      interaction(to.id, `Introduced ${from.name} to ${to.name}`),
    ],
  };
}
