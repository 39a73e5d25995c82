import type { HeldItem } from '../../../shared/crm/crm-views';
import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { FollowUp } from '../../../shared/crm/follow-up';
import { isHidden } from '../safety/block-rules';
import { dayOf, formatLocalDate, parseLocalDate, shortDate } from '../local-days';
import { contactsById } from '../../contacts/contacts-by-id';

/**
 * The key of a follow-up's reminder: its id and due day only, so it is the same however often it
 * is computed (the boundaries service delivers a key once) and a new one when it is moved to
 * another day (moving it means "remind me again then").
 */
export const followUpKey = (f: Pick<FollowUp, 'id' | 'dueOn'>): string =>
  `follow-up:${f.id}:${f.dueOn}`;

/**
 * Follow-ups due today or earlier and not done, oldest first, as items for the next networking
 * window's digest. Blocked or archived contacts' follow-ups are left out. The text names the due
 * day rather than "today", so a held item stays true whenever the window opens.
 */
export function dueFollowUps(
  followUps: readonly FollowUp[],
  contacts: readonly CrmContact[],
  now: Date,
  tz: string,
): Array<HeldItem & { followUp: FollowUp }> {
  const today = formatLocalDate(dayOf(now, tz));
  const byId = contactsById(contacts);
  return followUps
    .filter((f) => f.doneAt === null && f.dueOn <= today)
    .flatMap((f) => {
      const contact = byId.get(f.contactId);
      if (!contact || isHidden(contact)) return [];
      const when = `due ${shortDate(parseLocalDate(f.dueOn))}`;
      return [
        {
          key: followUpKey(f),
          text: `Follow up with ${contact.name}: ${f.text} (${when})`,
          followUp: f,
        },
      ];
    })
    .sort((a, b) =>
      a.followUp.dueOn < b.followUp.dueOn ? -1 : a.followUp.dueOn > b.followUp.dueOn ? 1 : 0,
    );
}

export type { HeldItem };
