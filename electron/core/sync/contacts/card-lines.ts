import { colonIndex } from '../../interchange/import/vcard-normalise';

/**
 * A card as the exact text it came in, cut into content lines that each keep their own bytes
 * (folds, line ends, stray blank lines), so a patch can rewrite some and leave the rest as they
 * were.
 */

/** A card that cannot be read; the message is for a person. */
export class CardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardError';
  }
}

export interface CardLine {
  /** The line exactly as it was: its folds, its line end and any blank lines after it. */
  raw: string;
  /** The content line, unfolded (quoted-printable soft breaks joined as 2.1 writes them). */
  text: string;
  /** The group before the dot (`item1`), or ''. */
  group: string;
  /** The property name in upper case, or '' when the line is not a property. */
  name: string;
}

export interface CardText {
  /** Everything before the first content line: BEGIN:VCARD and whatever preceded it. */
  head: string;
  lines: CardLine[];
  /** END:VCARD and whatever follows it. */
  tail: string;
  /** The card's own line end, for lines a patch writes. */
  eol: '\r\n' | '\n';
}

const BEGIN = /^([A-Za-z0-9-]+\.)?BEGIN:VCARD$/i;
const END = /^([A-Za-z0-9-]+\.)?END:VCARD$/i;
const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/;

/** Physical lines, each with the line end that closed it ('' for the last one). */
function physicalLines(raw: string): { content: string; end: string }[] {
  const parts = raw.split(/(\r\n|\r|\n)/);
  const out: { content: string; end: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const content = parts[i]!;
    const end = parts[i + 1] ?? '';
    if (content !== '' || end !== '') out.push({ content, end });
  }
  return out;
}

const isQuotedPrintable = (text: string) => {
  const colon = colonIndex(text);
  return colon > 0 && /QUOTED-PRINTABLE/i.test(text.slice(0, colon));
};

/** A 2.1 quoted-printable line whose soft break joins whatever line comes next to it. */
export const endsInSoftBreak = (text: string): boolean =>
  text.endsWith('=') && isQuotedPrintable(text);

function describe(text: string): Pick<CardLine, 'group' | 'name'> {
  const colon = colonIndex(text);
  const m = colon > 0 ? NAME.exec(text.slice(0, colon).split(';')[0]!) : null;
  return m ? { group: m[1] ?? '', name: m[2]!.toUpperCase() } : { group: '', name: '' };
}

/**
 * Cuts one card into its lines. Folding follows vcard-normalise.ts `unfold` (what the import
 * reads): a soft break of quoted-printable first, then a leading space or tab, and blank lines
 * belong to the line before them.
 */
export function cardText(raw: string): CardText {
  const physical = physicalLines(raw);
  const begin = physical.findIndex((p) => BEGIN.test(p.content.trim()));
  if (begin === -1) throw new CardError('This is not a vCard: it has no BEGIN:VCARD line.');
  // Pieces joined once at the end: appending to one string and testing its end on every line
  // flattens it each time, quadratic on a folded photo.
  const building: { raw: string[]; text: string[] }[] = [];
  let current: { raw: string[]; text: string[] } | null = null;
  let end = -1;
  for (let i = begin + 1; i < physical.length; i++) {
    const { content, end: lineEnd } = physical[i]!;
    const bare = content.trim();
    if (END.test(bare)) {
      end = i;
      break;
    }
    if (BEGIN.test(bare)) {
      throw new CardError('This card holds another card inside it (a vCard 2.1 AGENT).');
    }
    const rawLine = content + lineEnd;
    const last = current?.text.findLast((t) => t !== '') ?? '';
    if (current && last.endsWith('=') && isQuotedPrintable(current.text.join(''))) {
      current.raw.push(rawLine);
      current.text.push(current.text.pop()!.slice(0, -1), content);
    } else if (current && (content.startsWith(' ') || content.startsWith('\t'))) {
      current.raw.push(rawLine);
      current.text.push(content.slice(1));
    } else if (current && bare === '') {
      current.raw.push(rawLine);
    } else {
      current = { raw: [rawLine], text: [bare === '' ? '' : content] };
      building.push(current);
    }
  }
  if (end === -1) throw new CardError('This card has no END:VCARD line (it may be cut short).');
  const lines = building.map((b): CardLine => {
    const text = b.text.join('');
    return { raw: b.raw.join(''), text, ...describe(text) };
  });
  const after = physical.slice(end + 1).map((p) => p.content + p.end);
  if (after.some((l) => BEGIN.test(l.trim()))) {
    throw new CardError('This holds more than one card; a contact is one card.');
  }
  const joined = (list: { content: string; end: string }[]) =>
    list.map((p) => p.content + p.end).join('');
  return {
    head: joined(physical.slice(0, begin + 1)),
    lines,
    tail: joined(physical.slice(end)),
    eol: raw.includes('\r\n') || !raw.includes('\n') ? '\r\n' : '\n',
  };
}

/** The head (`item1.EMAIL;TYPE=WORK`) and the value of an unfolded line. */
export function splitLine(text: string): { head: string; value: string } {
  const colon = colonIndex(text);
  return colon <= 0
    ? { head: text, value: '' }
    : { head: text.slice(0, colon), value: text.slice(colon + 1) };
}

/** Parameters of a head (`EMAIL;TYPE=WORK,PREF;X-USER="a"`): upper-case names, unquoted values. */
export function headParams(head: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? 'TYPE' : part.slice(0, eq)).trim().toUpperCase();
    const raw = eq === -1 ? part : part.slice(eq + 1);
    const values: string[] = [];
    for (const v of raw.match(/"[^"]*"|[^,]+/g) ?? []) values.push(v.replace(/^"|"$/g, '').trim());
    params.set(name, [...(params.get(name) ?? []), ...values]);
  }
  return params;
}
