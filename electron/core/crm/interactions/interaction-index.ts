import type { Interaction } from '../../../shared/crm/interaction';

/** One contact's interactions, with each one's time (epoch ms) at the same position. */
export interface ContactInteractions {
  items: Interaction[];
  at: number[];
}

/**
 * Interactions grouped by contact, each time parsed once. At 150,000 interactions this grouping is
 * most of the cost of the reconnect list, Today and suggestions, so it is cached by array: the
 * store replaces the array whenever an interaction changes.
 */
export interface InteractionIndex {
  byContact: ReadonlyMap<string, ContactInteractions>;
  /** Contacts with at least one in-person interaction. */
  metInPerson: ReadonlySet<string>;
}

const NONE: ContactInteractions = { items: [], at: [] };
const cache = new WeakMap<readonly Interaction[], InteractionIndex>();

export function indexInteractions(interactions: readonly Interaction[]): InteractionIndex {
  let index = cache.get(interactions);
  if (!index) {
    const byContact = new Map<string, ContactInteractions>();
    const metInPerson = new Set<string>();
    for (const i of interactions) {
      let entry = byContact.get(i.contactId);
      if (!entry) byContact.set(i.contactId, (entry = { items: [], at: [] }));
      entry.items.push(i);
      entry.at.push(Date.parse(i.at));
      if (i.channel === 'in-person') metInPerson.add(i.contactId);
    }
    index = { byContact, metInPerson };
    cache.set(interactions, index);
  }
  return index;
}

export const interactionsOf = (index: InteractionIndex, contactId: string): ContactInteractions =>
  index.byContact.get(contactId) ?? NONE;
