import ICAL from 'ical.js';
import type { PlatformPresence } from '../../../shared/crm/contact-crm-fields';
import { PlatformSchema } from '../../../shared/crm/crm-common';
import { PlatformPresenceSchema } from '../../../shared/crm/contact-crm-fields';
import { ProfileLinkSchema } from '../../../shared/contact';
import { partsOrNull } from '../../../shared/names/name-parts';
import { joinName } from '../../interchange/import/candidate';
import { structuredComponents } from '../../interchange/import/vcard';
import { normaliseCard } from '../../interchange/import/vcard-normalise';
import type { CardFields } from './card-fields';
import { LIST_KEYS } from './card-fields';
import type { CardLine, CardText } from './card-lines';
import { CardError, cardText, headParams, splitLine } from './card-lines';

/** The properties Netwell reads (and so may write): the rest of a card is never decoded. */
const OWNED = new Set([
  'FN',
  'N',
  'ORG',
  'TITLE',
  'EMAIL',
  'TEL',
  'URL',
  'X-SOCIALPROFILE',
  'CATEGORIES',
  'ADR',
  'NOTE',
  'UID',
  'REV',
]);

/** One owned line as vCard 3.0 would write it: 2.1's quoted-printable and charsets decoded. */
export interface OwnedLine {
  /** Its index in CardText.lines. */
  index: number;
  line: CardLine;
  /** Name and parameters, without the group (`EMAIL;TYPE=WORK`). */
  head: string;
  /** The value, escaped as in 3.0. */
  value: string;
}

export interface ReadCard {
  text: CardText;
  version: '3.0' | '4.0' | null;
  /** A vCard 2.1 card: a comma there is text, not a separator of values. */
  legacy: boolean;
  /** Owned lines by property name, in card order. */
  owned: Map<string, OwnedLine[]>;
  fields: CardFields;
}

/** `\n` a line break, any other escaped character itself (3.0 and 4.0 TEXT). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\s\S])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** Splits on a separator that is not escaped; the parts stay escaped. */
export function splitEscaped(value: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + value[++i]!;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

const MARK = 'NWL';

/**
 * One line through the import's normaliser (2.1 → 3.0), alone with the card's VERSION so its
 * soft breaks cannot swallow a neighbour. Null when the normaliser drops it as garbage.
 */
function normaliseLine(version: string, line: CardLine): { head: string; value: string } | null {
  const body = line.group ? line.text.slice(line.group.length + 1) : line.text;
  const out = normaliseCard({ line: 1, lines: [version, `${MARK}.${body}`], complete: true });
  const row = out.split('\r\n').find((r) => r.startsWith(`${MARK}.`));
  return row === undefined ? null : splitLine(row.slice(MARK.length + 1));
}

/** ical.js reads the owned lines as the import does, so a card the import refuses is refused. */
function checkParses(version: '3.0' | '4.0' | null, owned: OwnedLine[]): void {
  const lines = owned.map((o) => `${MARK}${o.index}.${o.head}:${o.value}`);
  const card = ['BEGIN:VCARD', `VERSION:${version ?? '3.0'}`, ...lines, 'END:VCARD', ''];
  try {
    ICAL.parse(card.join('\r\n'));
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : '';
    throw new CardError(`This card could not be read${detail ? ` (${detail})` : ''}.`);
  }
}

/** Apple writes TYPE=twitter; Netwell calls that network x. */
const platformName = (type: string) => (type === 'twitter' ? 'x' : type);

/** An X-SOCIALPROFILE line as vcard-writer.ts writes it, when Netwell accepts it. */
function platformOf(head: string, value: string): PlatformPresence | null {
  const params = headParams(head);
  const platform = (params.get('TYPE') ?? [])
    .map((t) => PlatformSchema.safeParse(platformName(t.toLowerCase())))
    .find((r) => r.success)?.data;
  if (!platform) return null;
  const text = unescapeText(value).trim();
  const url = ProfileLinkSchema.safeParse(text).success ? text : null;
  const user = params.get('X-USER')?.[0]?.trim();
  const handle = user ?? (url || /^[a-z][a-z0-9+.-]*:/i.test(text) ? '' : text);
  const parsed = PlatformPresenceSchema.safeParse({ platform, handle, url });
  return parsed.success ? parsed.data : null;
}

const textValue = (line: OwnedLine) => unescapeText(line.value).trim();
/** vCard 4.0 may write a phone as a tel: URI. */
const phoneValue = (line: OwnedLine) => textValue(line).replace(/^tel:/i, '');

/** The key of a single-valued list line (EMAIL, TEL, URL, X-SOCIALPROFILE); null if not Netwell's. */
export function lineKey(field: 'emails' | 'phones' | 'links' | 'platforms', line: OwnedLine) {
  switch (field) {
    case 'emails':
      return LIST_KEYS.emails(textValue(line));
    case 'phones':
      return LIST_KEYS.phones(phoneValue(line));
    case 'links':
      return LIST_KEYS.links(textValue(line));
    case 'platforms': {
      const p = platformOf(line.head, line.value);
      return p ? LIST_KEYS.platforms(p) : null;
    }
  }
}

/** A CATEGORIES value's items: each still escaped, with its key (null if not a tag Netwell takes). */
export const categoryItems = (value: string) =>
  splitEscaped(value, ',').map((raw) => ({ raw, key: LIST_KEYS.tags(unescapeText(raw).trim()) }));

function versionOf(text: CardText): '3.0' | '4.0' | null {
  const line = text.lines.find((l) => l.name === 'VERSION');
  const value = line ? splitLine(line.text).value.trim() : '';
  return value === '3.0' || value === '4.0' ? value : null;
}

/** The card, its owned lines decoded, and the fields Netwell reads from them. */
export function readCard(raw: string, opts: { syncNotes: boolean }): ReadCard {
  const text = cardText(raw);
  const version = versionOf(text);
  const versionLine = text.lines.find((l) => l.name === 'VERSION')?.text ?? 'VERSION:3.0';
  const owned = new Map<string, OwnedLine[]>();
  const all: OwnedLine[] = [];
  text.lines.forEach((line, index) => {
    if (!OWNED.has(line.name) || (line.name === 'NOTE' && !opts.syncNotes)) return;
    const normal = normaliseLine(versionLine, line);
    if (!normal) return;
    const entry = { index, line, ...normal };
    all.push(entry);
    owned.set(line.name, [...(owned.get(line.name) ?? []), entry]);
  });
  checkParses(version, all);
  const legacy = splitLine(versionLine).value.trim() === '2.1';
  return { text, version, legacy, owned, fields: fieldsOf(owned, opts) };
}

function fieldsOf(owned: Map<string, OwnedLine[]>, opts: { syncNotes: boolean }): CardFields {
  const lines = (name: string) => owned.get(name) ?? [];
  const first = (name: string) => lines(name)[0];
  const textOf = (name: string) => {
    const line = first(name);
    return line ? unescapeText(line.value).trim() : '';
  };
  const component = (name: string, index: number) => {
    const line = first(name);
    return line ? (structuredComponents(line.value)[index] ?? '') : '';
  };
  const n = first('N');
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = n
    ? structuredComponents(n.value)
    : [];
  const nameParts = partsOrNull({ prefix, given, additional, family, suffix });
  const name = textOf('FN') || joinName(given, additional, family);
  if (!name && !nameParts) throw new CardError('This card has no name (neither FN nor N).');
  const values = (name: string) => lines(name).map(textValue);
  const accepted = <T>(list: T[], key: (v: T) => string | null) => {
    const seen = new Set<string>();
    return list.filter((v) => {
      const k = key(v);
      if (k === null || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  return {
    name,
    nameParts,
    company: component('ORG', 0),
    role: textOf('TITLE'),
    emails: accepted(values('EMAIL'), LIST_KEYS.emails),
    phones: accepted(lines('TEL').map(phoneValue), LIST_KEYS.phones),
    links: accepted(values('URL'), LIST_KEYS.links),
    platforms: accepted(
      lines('X-SOCIALPROFILE')
        .map((l) => platformOf(l.head, l.value))
        .filter((p): p is PlatformPresence => p !== null),
      LIST_KEYS.platforms,
    ),
    tags: accepted(
      lines('CATEGORIES').flatMap((l) =>
        splitEscaped(l.value, ',').map((t) => unescapeText(t).trim()),
      ),
      LIST_KEYS.tags,
    ),
    city: component('ADR', 3),
    notes: opts.syncNotes ? textOf('NOTE') : null,
  };
}

/** The fields Netwell owns on a card. Throws CardError when the card cannot be read. */
export function readCardFields(raw: string, opts: { syncNotes: boolean }): CardFields {
  return readCard(raw, opts).fields;
}

/** The card's UID, or null when it has none (or is no card). */
export function cardUid(raw: string): string | null {
  let text: CardText;
  try {
    text = cardText(raw);
  } catch (error) {
    if (error instanceof CardError) return null;
    throw error;
  }
  const line = text.lines.find((l) => l.name === 'UID');
  const uid = line ? unescapeText(splitLine(line.text).value).trim() : '';
  return uid === '' ? null : uid;
}

/** '3.0' or '4.0' as the card's VERSION says; null for 2.1, none, or no card. */
export function cardVersion(raw: string): '3.0' | '4.0' | null {
  try {
    return versionOf(cardText(raw));
  } catch (error) {
    if (error instanceof CardError) return null;
    throw error;
  }
}
