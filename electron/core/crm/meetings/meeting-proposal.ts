import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import { UserError } from '../../errors';

/**
 * Whether a meeting may be proposed: everyone in it still a contact (`contactOf` throws for one
 * who is not) and none of them blocked; a start already past only when confirmed (a meeting that
 * already happened). Throws the UserError to show; the first problem wins.
 */
export function checkProposal(
  input: { start: string; contactIds: readonly string[]; confirmPast?: boolean },
  contactOf: (id: string) => CrmContact,
  now: Date,
): void {
  for (const id of input.contactIds) {
    const c = contactOf(id);
    if (c.blocked)
      throw new UserError(
        'forbidden',
        `${c.name} is blocked. Unblock them first if you want to meet.`,
      );
  }
  if (Date.parse(input.start) < now.getTime() && !input.confirmPast) {
    throw new UserError(
      'conflict',
      'That time is in the past. Is that right? Confirm to record a meeting that already happened.',
    );
  }
}
