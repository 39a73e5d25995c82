import type { NameParts } from '../crm/contact-crm-fields';
import { fold } from '../text';
import { isCredential, isKnownSuffix, splitDisplayName, stripAsides } from './split-display-name';

const PART_KEYS = ['prefix', 'given', 'additional', 'family', 'suffix'] as const;

/** Parts with every field trimmed; null when all are empty (nothing structured to keep). */
export function partsOrNull(parts: Partial<NameParts>): NameParts | null {
  const out = {} as NameParts;
  for (const k of PART_KEYS) out[k] = (parts[k] ?? '').replace(/\s+/g, ' ').trim();
  return PART_KEYS.some((k) => out[k] !== '') ? out : null;
}

/**
 * First/last columns as people fill them in on LinkedIn or Google: pronouns and emoji in the
 * first name, ", MBA, PMP" or " III" after the last name. Those move to the suffix (or go), so
 * the family name is the name.
 */
export function cleanNameColumns(parts: Partial<NameParts>): NameParts | null {
  const given = stripAsides(parts.given ?? '');
  let family = stripAsides(parts.family ?? '');
  const suffixes = [stripAsides(parts.suffix ?? '')].filter(Boolean);
  const [head = '', ...tail] = family.split(',').map((s) => s.trim());
  if (tail.length > 0 && tail.every((t) => t.split(' ').every(isCredential))) {
    family = head;
    suffixes.push(...tail.filter(Boolean));
  }
  const words = family.split(' ').filter(Boolean);
  const trailing: string[] = [];
  while (words.length > 1 && isKnownSuffix(words.at(-1)!)) trailing.unshift(words.pop()!);
  if (trailing.length > 0) {
    family = words.join(' ');
    suffixes.unshift(...trailing);
  }
  return partsOrNull({
    prefix: stripAsides(parts.prefix ?? ''),
    given,
    additional: stripAsides(parts.additional ?? ''),
    family,
    suffix: suffixes.join(', '),
  });
}

const nameWords = (text: string) =>
  new Set(
    fold(text)
      .split(/[\s,()[\]]+/)
      .map((w) => w.replace(/[.]+$/, ''))
      .filter(Boolean),
  );

/**
 * Whether stored parts still describe this display name: every word of the given and family
 * names appears in it (an abbreviated middle name, a dropped title or suffix are fine). When
 * the user renames someone so that this fails, the parts are out of date.
 */
export function namePartsAgree(name: string, parts: NameParts): boolean {
  const have = nameWords(name);
  const need = [...nameWords(parts.given), ...nameWords(parts.family)];
  return need.length > 0 && need.every((w) => have.has(w));
}

/** The parts an export writes: the stored ones, else the display name split with care. */
export const namePartsFor = (contact: { name: string; nameParts: NameParts | null }): NameParts =>
  contact.nameParts ?? splitDisplayName(contact.name).parts;

/** After the display name changed: keep the parts if they still agree, else drop them. */
export const partsAfterRename = (name: string, parts: NameParts | null): NameParts | null =>
  parts && namePartsAgree(name, parts) ? parts : null;
