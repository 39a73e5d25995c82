/**
 * Format 5: LinkedIn's "Connected On" used to be imported as an interaction (a message "they
 * reached out", noted "Connected on LinkedIn"), which made every imported connection read "last
 * spoke 920 days ago" and start its cadence there. Those interactions become the contact's
 * `connections` date and are removed; anything the user logged is left alone. Works on the raw
 * JSON before validation, so it trusts nothing about its shape.
 */

/** The note apply-import gave those interactions, with channel linkedin, message, inbound. */
export const IMPORTED_CONNECTION_NOTE = 'Connected on LinkedIn';

type Doc = Record<string, unknown>;
const isRecord = (v: unknown): v is Doc => typeof v === 'object' && v !== null;

const isImportedConnection = (i: Doc) =>
  i['note'] === IMPORTED_CONNECTION_NOTE &&
  i['channel'] === 'linkedin' &&
  i['kind'] === 'message' &&
  i['direction'] === 'inbound' &&
  typeof i['contactId'] === 'string' &&
  typeof i['at'] === 'string' &&
  /^\d{4}-\d{2}-\d{2}T/.test(i['at']);

function withConnection(contact: unknown, days: Map<string, string>): unknown {
  if (!isRecord(contact) || typeof contact['id'] !== 'string') return contact;
  const on = days.get(contact['id']);
  if (!on) return contact;
  const existing = Array.isArray(contact['connections']) ? contact['connections'] : [];
  if (existing.some((c) => isRecord(c) && c['platform'] === 'linkedin')) return contact;
  return { ...contact, connections: [...existing, { platform: 'linkedin', on }] };
}

export function connectionsFromInteractions(doc: Doc): Doc {
  const interactions = Array.isArray(doc['interactions']) ? doc['interactions'] : [];
  const days = new Map<string, string>();
  const moved = new Set<unknown>();
  for (const i of interactions) {
    if (!isRecord(i) || !isImportedConnection(i)) continue;
    const contactId = i['contactId'] as string;
    const day = (i['at'] as string).slice(0, 10);
    const known = days.get(contactId);
    if (!known || day < known) days.set(contactId, day);
    moved.add(i);
  }
  if (moved.size === 0) return doc;
  const movedIds = new Set([...moved].map((i) => (i as Doc)['id']));
  return {
    ...doc,
    interactions: interactions.filter((i) => !moved.has(i)),
    contacts: Array.isArray(doc['contacts'])
      ? doc['contacts'].map((c) => withConnection(c, days))
      : doc['contacts'],
    trash: Array.isArray(doc['trash'])
      ? doc['trash'].map((t) =>
          isRecord(t) ? { ...t, contact: withConnection(t['contact'], days) } : t,
        )
      : doc['trash'],
    // "Undo import" no longer has those interactions to remove.
    imports: Array.isArray(doc['imports'])
      ? doc['imports'].map((entry) =>
          isRecord(entry) && Array.isArray(entry['createdInteractionIds'])
            ? {
                ...entry,
                createdInteractionIds: entry['createdInteractionIds'].filter(
                  (id) => !movedIds.has(id),
                ),
              }
            : entry,
        )
      : doc['imports'],
  };
}
