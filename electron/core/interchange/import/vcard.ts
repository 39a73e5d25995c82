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

/**
 * ORG and TITLE lines paired into affiliations: lines in the same group (`item2.ORG`, `item2.TITLE`, as Apple and Netwell write) go together, ungrouped ones
 * pair by position (the first ORG with the first TITLE).
 */
class Affiliations {
  private readonly byKey = new Map<string, { company: string; role: string }>();
  private ungrouped = { org: 0, title: 0 };
  add(kind: 'org' | 'title', group: string, value: string): void {
    const key = group ? `g:${group.toLowerCase()}` : `#${this.ungrouped[kind]++}`;
    const entry = this.byKey.get(key) ?? { company: '', role: '' };
    if (kind === 'org') entry.company ||= value;
    else entry.role ||= value;
    this.byKey.set(key, entry);
  }
  /** Ungrouped pairs first (the main one is ungrouped), then the groups in order of appearance. */
  list() {
    const entries = [...this.byKey.entries()];
    return [
      ...entries.filter(([key]) => key.startsWith('#')),
      ...entries.filter(([key]) => key.startsWith('g:')),
    ]
      .map(([, a]) => a)
      .filter((a) => a.company !== '' || a.role !== '');
  }
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
  let occupation = '';
  const affiliations = new Affiliations();
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
        affiliations.add(
          'org',
          group,
          Array.isArray(first) ? text(first[0]) : text(first).split(';')[0]!.trim(),
        );
        break;
      case 'title':
        affiliations.add('title', group, text(first));
        break;
      case 'role':
        occupation ||= text(first);
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
      case 'uid': {
        const uid = text(first);
        if (uid) c.uids.push(uid);
        break;
      }
      case 'bday':
        c.birthday = parseBirthday(text(first));
        break;
    }
  }
  // The first company and role are the contact's; a second ORG/TITLE is kept, not dropped.
  const [main, ...others] = affiliations.list();
  c.company = main?.company ?? '';
  c.role = main?.role || occupation;
  c.otherAffiliations = others;
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
