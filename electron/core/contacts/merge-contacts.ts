import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import { MERGE_PICKED_FIELDS } from '../../shared/crm/merge-fields';
import type { Data } from '../store/data-schema';
import { namePartsAgree } from '../../shared/names/name-parts';

/** Fields where the user picks one side; every list field is joined instead. */
export const PICKED_FIELDS = MERGE_PICKED_FIELDS;
export type PickedField = (typeof PICKED_FIELDS)[number];
export type MergeChoices = Partial<Record<PickedField, 'keep' | 'other'>>;

const union = <T>(a: readonly T[], b: readonly T[], key: (v: T) => string): T[] => {
  const seen = new Map<string, T>();
  for (const v of [...a, ...b]) if (!seen.has(key(v))) seen.set(key(v), v);
  return [...seen.values()];
};
const lower = (s: string) => s.toLowerCase();

/**
 * Pure: one contact from two that are the same person. Picked fields come from the side the user
 * chose (the kept one by default, or the other when the kept one is empty); lists are joined;
 * favourite if either was; archived only if both were.
 */
export function mergeContacts(
  keep: CrmContact,
  other: CrmContact,
  choices: MergeChoices,
  now: string,
): CrmContact {
  const picked = Object.fromEntries(
    PICKED_FIELDS.map((field) => {
      const choice =
        choices[field] ?? (isEmpty(keep[field]) && !isEmpty(other[field]) ? 'other' : 'keep');
      return [field, choice === 'other' ? other[field] : keep[field]];
    }),
  ) as Pick<CrmContact, PickedField>;
  // The name's parts go with the name: the side it came from, else the other's if they fit it.
  const [nameFrom, nameOther] = picked.name === keep.name ? [keep, other] : [other, keep];
  const nameParts =
    nameFrom.nameParts ??
    (nameOther.nameParts && namePartsAgree(picked.name, nameOther.nameParts)
      ? nameOther.nameParts
      : null);
  return {
    ...keep,
    ...picked,
    nameParts,
    emails: union(keep.emails, other.emails, lower),
    phones: union(keep.phones, other.phones, (p) => p.replace(/\D/g, '')),
    links: union(keep.links, other.links, lower),
    tags: union(keep.tags, other.tags, lower),
    platforms: union(
      keep.platforms,
      other.platforms,
      (p) => `${p.platform}:${lower(p.handle)}:${p.url ?? ''}`,
    ),
    customFields: union(keep.customFields, other.customFields, (f) => lower(f.key)),
    // The merged-away contact's id stays findable: re-importing an old export finds this one.
    externalIds: union(
      keep.externalIds,
      other.id === keep.id ? other.externalIds : [other.id, ...other.externalIds],
      lower,
    ).slice(0, 50),
    // One date per network: the earlier one is when you first connected.
    connections: union(
      [...keep.connections, ...other.connections].sort((a, b) => (a.on < b.on ? -1 : 1)),
      [],
      (c) => c.platform,
    ),
    otherAffiliations: union(
      keep.otherAffiliations,
      other.otherAffiliations,
      (a) => `${lower(a.company)}\u0000${lower(a.role)}`,
    ),
    favourite: keep.favourite || other.favourite,
    archived: keep.archived && other.archived,
    createdAt: keep.createdAt < other.createdAt ? keep.createdAt : other.createdAt,
    updatedAt: now,
  };
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value === 'object' && 'met' in (value as object))
    return !(value as { met: boolean }).met;
  return false;
}

/** Re-points everything recorded about `fromId` to `toId` (histories joined). Mutates the draft. */
export function joinHistories(data: Data, fromId: string, toId: string): void {
  for (const i of data.interactions) if (i.contactId === fromId) i.contactId = toId;
  for (const c of data.commitments) if (c.contactId === fromId) c.contactId = toId;
  for (const f of data.followUps) if (f.contactId === fromId) f.contactId = toId;
  for (const r of data.reportLog) if (r.contactId === fromId) r.contactId = toId;
  for (const m of data.meetings) {
    if (m.contactIds.includes(fromId))
      m.contactIds = [...new Set(m.contactIds.map((id) => (id === fromId ? toId : id)))];
  }
  for (const i of data.introductions) {
    if (i.fromContactId === fromId) i.fromContactId = toId;
    if (i.toContactId === fromId) i.toContactId = toId;
  }
  data.introductions = data.introductions.filter((i) => i.fromContactId !== i.toContactId);
  // One invitation per event: keep the kept contact's own if both were invited.
  const invited = new Set(
    data.invitations.filter((i) => i.contactId === toId).map((i) => i.eventId),
  );
  data.invitations = data.invitations.filter(
    (i) => !(i.contactId === fromId && invited.has(i.eventId)),
  );
  for (const i of data.invitations) if (i.contactId === fromId) i.contactId = toId;
  data.snoozes = data.snoozes.filter((s) => s.contactId !== fromId);
}
