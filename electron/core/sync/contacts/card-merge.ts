import type { CardFieldName, CardFields } from './card-fields';
import { LIST_KEYS, listKeys, sameField, showField } from './card-fields';

/** A field changed differently on both sides; the values as a person reads them. */
export interface FieldConflict {
  field: CardFieldName;
  local: string;
  remote: string;
}

type ScalarName = 'name' | 'nameParts' | 'company' | 'role' | 'city' | 'notes';
const SCALARS: readonly ScalarName[] = ['name', 'nameParts', 'company', 'role', 'city', 'notes'];

const isEmpty = (value: CardFields[ScalarName]) => value === null || value === '';

function take<K extends CardFieldName>(into: CardFields, from: CardFields, field: K): void {
  into[field] = from[field];
}

/**
 * A list merged as a set: with a base, what either side added stays and what either side
 * removed goes; without one, the union. Each side keeps its own spelling of a value it has, so
 * patching it by value leaves its lines alone.
 */
function mergeList<T>(
  base: readonly T[] | null,
  local: readonly T[],
  remote: readonly T[],
  key: (value: T) => string | null,
): { local: T[]; remote: T[] } {
  const baseKeys = base ? listKeys(base, key) : new Set<string>();
  const byKey = (list: readonly T[]) => {
    const map = new Map<string, T>();
    for (const v of list) {
      const k = key(v);
      if (k !== null && !map.has(k)) map.set(k, v);
    }
    return map;
  };
  const l = byKey(local);
  const r = byKey(remote);
  const kept = (k: string) => !baseKeys.has(k) || (l.has(k) && r.has(k));
  // Each side's own values first, in its order (Netwell's first email stays first), then the other's.
  const side = (own: Map<string, T>, other: Map<string, T>) => [
    ...[...own].filter(([k]) => kept(k)).map(([, v]) => v),
    ...[...other].filter(([k]) => kept(k) && !own.has(k)).map(([, v]) => v),
  ];
  return { local: side(l, r), remote: side(r, l) };
}

/**
 * Three-way merge of Netwell's fields. A scalar changed on one side only takes that side's
 * value; changed on both to different values it is a conflict, and each side keeps its own
 * (nothing is overwritten until a person picks). base null (the first sync of two records found
 * to be one person): a value empty on one side takes the other's; two different ones conflict.
 */
export function mergeCardFields(
  base: CardFields | null,
  local: CardFields,
  remote: CardFields,
): { local: CardFields; remote: CardFields; conflicts: FieldConflict[] } {
  const outLocal: CardFields = { ...local };
  const outRemote: CardFields = { ...remote };
  const conflicts: FieldConflict[] = [];
  for (const field of SCALARS) {
    if (sameField(field, local, remote)) continue;
    const localTakes = base ? sameField(field, base, local) : isEmpty(local[field]);
    const remoteTakes = base ? sameField(field, base, remote) : isEmpty(remote[field]);
    if (localTakes) take(outLocal, remote, field);
    else if (remoteTakes) take(outRemote, local, field);
    else {
      conflicts.push({
        field,
        local: showField(field, local),
        remote: showField(field, remote),
      });
    }
  }
  const emails = mergeList(base?.emails ?? null, local.emails, remote.emails, LIST_KEYS.emails);
  const phones = mergeList(base?.phones ?? null, local.phones, remote.phones, LIST_KEYS.phones);
  const links = mergeList(base?.links ?? null, local.links, remote.links, LIST_KEYS.links);
  const tags = mergeList(base?.tags ?? null, local.tags, remote.tags, LIST_KEYS.tags);
  const platforms = mergeList(
    base?.platforms ?? null,
    local.platforms,
    remote.platforms,
    LIST_KEYS.platforms,
  );
  return {
    local: {
      ...outLocal,
      emails: emails.local,
      phones: phones.local,
      links: links.local,
      tags: tags.local,
      platforms: platforms.local,
    },
    remote: {
      ...outRemote,
      emails: emails.remote,
      phones: phones.remote,
      links: links.remote,
      tags: tags.remote,
      platforms: platforms.remote,
    },
    conflicts,
  };
}
