import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import { fold } from '../../shared/text';
import { shownBy } from '../crm/safety/block-rules';

const cache = new WeakMap<readonly CrmContact[], readonly string[]>();

/**
 * The tags in use on active contacts (not archived, not blocked), each once ignoring case and
 * accents (the first spelling seen wins), sorted by name. Built once per contacts array (the
 * store replaces the array when the list changes): the tag settings need only this, not 30,000
 * contacts.
 */
export function activeTags(contacts: readonly CrmContact[]): readonly string[] {
  let tags = cache.get(contacts);
  if (!tags) {
    const isActive = shownBy('active');
    const byKey = new Map<string, string>();
    for (const contact of contacts) {
      if (!isActive(contact)) continue;
      for (const tag of contact.tags) {
        const key = fold(tag);
        if (!byKey.has(key)) byKey.set(key, tag);
      }
    }
    tags = [...byKey.values()].sort((a, b) => a.localeCompare(b));
    cache.set(contacts, tags);
  }
  return tags;
}
