import type { Data } from './data-schema';

/**
 * Makes each repeated short value one string in memory. JSON.parse makes a new string for every
 * occurrence: at 30,000 contacts and 150,000 interactions that is 155,000 copies of "linkedin",
 * 75,000 of "outbound", a contact's id again in each of their interactions, and the same
 * companies, roles, cities and tags across contacts (about 20 MB of the host's heap). Strings
 * cannot change, so sharing one is invisible to every reader; the records are the same objects.
 */
/** Returns the first string seen equal to each one given. */
function sharer<T extends string>(): (text: T) => T {
  const pool = new Map<T, T>();
  return (text) => {
    const held = pool.get(text);
    if (held !== undefined) return held;
    pool.set(text, text);
    return text;
  };
}

/** Records shared between two pauses of `shareRepeatedText`'s steps: a few milliseconds. */
const STEP = 5000;

/**
 * In steps of `STEP` records, for a caller that pauses between them: run after start-up has
 * answered, not before (the first writes to the records a parse made cost ~0.5 s at 30,000
 * contacts: V8 changes their shapes).
 */
export function* shareRepeatedText(data: Data): Generator<void, void, void> {
  const text = sharer<string>();
  const platform = sharer<Data['contacts'][number]['platforms'][number]['platform']>();
  const kind = sharer<Data['interactions'][number]['kind']>();
  const direction = sharer<Data['interactions'][number]['direction']>();
  const channel = sharer<Data['interactions'][number]['channel']>();
  const ids = new Map<string, string>();
  let done = 0;
  for (const contact of data.contacts) {
    if (++done % STEP === 0) yield;
    ids.set(contact.id, contact.id);
    contact.company = text(contact.company);
    contact.role = text(contact.role);
    contact.city = text(contact.city);
    for (let i = 0; i < contact.tags.length; i++) contact.tags[i] = text(contact.tags[i]!);
    for (const presence of contact.platforms) presence.platform = platform(presence.platform);
  }
  for (const interaction of data.interactions) {
    if (++done % STEP === 0) yield;
    interaction.contactId = ids.get(interaction.contactId) ?? interaction.contactId;
    interaction.kind = kind(interaction.kind);
    interaction.direction = direction(interaction.direction);
    interaction.channel = channel(interaction.channel);
  }
}
