import ICAL from 'ical.js';
import type { ImportCandidate, ParseControl, ParsedFile } from './candidate';
import { partsOrNull } from '../../../shared/names/name-parts';
import { emptyCandidate, inChunks, joinName } from './candidate';
import { parseBirthday } from './parse-date';
import { normaliseCard, splitCards } from './vcard-normalise';

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** ical.js unescapes `\\`, `\,` and `\n` in text values but leaves `\;`. */
const unescape = (s: string) => s.replace(/\\;/g, ';');

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ');
  return typeof value === 'string' ? unescape(value).trim() : '';
}

/**
 * A structured value's components, read from the card's own line: ical.js takes the `\;` of
 * `\\;` (a backslash at the end of a component) for an escaped semicolon. Several values in one
 * component (`Esq.,PhD`) are joined with ", ".
 */
export function structuredComponents(value: string): string[] {
  const components: string[][] = [[]];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
    } else if (ch === ';' || ch === ',') {
      components.at(-1)!.push(current);
      current = '';
      if (ch === ';') components.push([]);
    } else current += ch;
  }
  components.at(-1)!.push(current);
  return components.map((values) =>
    values
      .map((v) => v.trim())
      .filter(Boolean)
      .join(', '),
  );
}

/** The value of the card's N line (after the parameters), or null. */
function rawName(card: string): string | null {
  const m = /^(?:[\w-]+\.)?N(?:;(?:"[^"]*"|[^:"])*)?:(.*)$/im.exec(card);
  return m ? m[1]! : null;
}

const LINKEDIN_PROFILE = /linkedin\.com\/(in|pub)\//i;

/** One card's properties onto a candidate. */
function toCandidate(line: number, props: JCalProperty[], nValue: string | null): ImportCandidate {
  const c = emptyCandidate(line);
  const labels = new Map<string, string>();
  for (const [name, params, , value] of props) {
    const group = typeof params['group'] === 'string' ? params['group'] : '';
    if (group && name === 'x-ablabel') labels.set(group, text(value));
  }
  let structuredName = '';
  for (const [name, params, , ...values] of props) {
    const first = values[0];
    const group = typeof params['group'] === 'string' ? params['group'] : '';
    const label = labels.get(group) ?? '';
    switch (name) {
      case 'fn':
        c.name = text(first);
        break;
      case 'n': {
        const parts =
          nValue !== null
            ? structuredComponents(nValue)
            : Array.isArray(first)
              ? first.map(text)
              : [text(first)];
        const [family = '', given = '', additional = '', prefix = '', suffix = ''] = parts;
        structuredName = joinName(given, additional, family);
        c.nameParts = partsOrNull({ prefix, given, additional, family, suffix });
        break;
      }
      case 'org':
        c.company = Array.isArray(first) ? text(first[0]) : text(first).split(';')[0]!.trim();
        break;
      case 'title':
        c.role = text(first);
        break;
      case 'role':
        c.role ||= text(first);
        break;
      case 'email':
        c.emails.push(...values.map(text).filter(Boolean));
        break;
      case 'tel':
        c.phones.push(
          ...values
            .map(text)
            .map((t) => t.replace(/^tel:/i, ''))
            .filter(Boolean),
        );
        break;
      case 'url':
      case 'x-socialprofile': {
        const url = text(first);
        const type = JSON.stringify(params['type'] ?? '').toLowerCase();
        if (LINKEDIN_PROFILE.test(url) || /linkedin/i.test(label) || type.includes('linkedin'))
          c.linkedin ||= url;
        else if (name === 'url') c.links.push(url);
        break;
      }
      case 'note':
        c.notes = [c.notes, text(first)].filter(Boolean).join('\n');
        break;
      case 'categories':
        c.tags.push(...values.flatMap((v) => text(v).split(',')).map((t) => t.trim()));
        break;
      case 'adr':
        if (!c.city && Array.isArray(first)) c.city = text(first[3]);
        break;
      case 'bday':
        c.birthday = parseBirthday(text(first));
        break;
    }
  }
  c.name ||= structuredName || c.company || c.emails[0] || '';
  c.tags = c.tags.filter(Boolean);
  return c;
}

/** vCard 2.1, 3.0 and 4.0: one or many cards. A card ical.js cannot read is skipped, not fatal. */
export async function vcardCards(text: string, control: ParseControl = {}): Promise<ParsedFile> {
  const cards = splitCards(text);
  const result: ParsedFile = {
    format: 'vcard',
    candidates: [],
    skipped: [],
    hidden: 0,
    rows: cards.length,
  };
  await inChunks(cards, control, (card) => {
    if (!card.complete) {
      result.skipped.push({
        line: card.line,
        reason: 'This card has no END:VCARD (the file may be cut short).',
      });
      return;
    }
    try {
      const normalised = normaliseCard(card);
      const parsed = ICAL.parse(normalised) as unknown[];
      // One card parses to one jCal component; ical.js wraps several in an array.
      const jcal = (Array.isArray(parsed[0]) ? parsed[0] : parsed) as [string, JCalProperty[]];
      result.candidates.push(toCandidate(card.line, jcal[1], rawName(normalised)));
    } catch (error) {
      const detail = error instanceof Error ? error.message.slice(0, 200) : '';
      result.skipped.push({
        line: card.line,
        reason: `This card could not be read${detail ? ` (${detail})` : ''}.`,
      });
    }
  });
  return result;
}
