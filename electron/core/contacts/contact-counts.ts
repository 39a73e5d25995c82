import { countsBy, type ContactCounts } from '../../shared/contact-page';
import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import { shownBy } from '../crm/safety/block-rules';

/** Cached by array: the store replaces the array whenever a contact changes. */
const cache = new WeakMap<readonly CrmContact[], ContactCounts>();

/** How many people each list filter holds (one pass, the same rules the lists use). */
export function countsOf(contacts: readonly CrmContact[]): ContactCounts {
  let counts = cache.get(contacts);
  if (!counts) {
    counts = countsBy(contacts, shownBy);
    cache.set(contacts, counts);
  }
  return counts;
}
