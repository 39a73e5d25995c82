/**
 * A small normalising pass so ical.js (which reads vCard 3.0 and 4.0) also reads 2.1 as written by
 * old phones and Outlook: unfolding, QUOTED-PRINTABLE with its soft line breaks, CHARSET, bare
 * type parameters (`TEL;CELL`) and `ENCODING=BASE64`.
 */

export interface RawCard {
  /** 1-based line of BEGIN:VCARD. */
  line: number;
  lines: string[];
  /** False when the file ended before END:VCARD. */
  complete: boolean;
}

/** Splits a file into cards; text outside BEGIN/END is ignored. */
export function splitCards(text: string): RawCard[] {
  const cards: RawCard[] = [];
  let current: RawCard | null = null;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const bare = line.trim().toUpperCase();
    if (/^([A-Z0-9-]+\.)?BEGIN:VCARD$/.test(bare)) {
      if (current) cards.push({ ...current, complete: false });
      current = { line: i + 1, lines: [], complete: false };
    } else if (/^([A-Z0-9-]+\.)?END:VCARD$/.test(bare)) {
      if (current) cards.push({ ...current, complete: true });
      current = null;
    } else if (current) current.lines.push(line);
  }
  if (current) cards.push(current);
  return cards;
}

const isQuotedPrintable = (nameAndParams: string) => /QUOTED-PRINTABLE/i.test(nameAndParams);

/** Joins folded lines (a leading space or tab) and QUOTED-PRINTABLE soft breaks (a trailing =). */
export function unfold(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    const previous = out[last];
    if (
      previous !== undefined &&
      previous.endsWith('=') &&
      isQuotedPrintable(previous.slice(0, colonIndex(previous)))
    ) {
      // A soft line break: the next line continues the value as it is.
      out[last] = previous.slice(0, -1) + line;
    } else if (previous !== undefined && (line.startsWith(' ') || line.startsWith('\t'))) {
      out[last] = previous + line.slice(1);
    } else if (line.trim() !== '') out.push(line);
  }
  return out;
}

/** The first colon outside a quoted parameter value. */
export function colonIndex(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const hex = value.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (ch === '=' && i === value.length - 1) {
      // A soft break left at the very end.
    } else {
      const code = ch.charCodeAt(0);
      if (code < 128) bytes.push(code);
      else bytes.push(...new TextEncoder().encode(ch));
    }
  }
  const data = Uint8Array.from(bytes);
  try {
    return new TextDecoder(charset || 'utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** Properties whose value has `;`-separated parts. */
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'GENDER', 'CLIENTPIDMAP']);
const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

/**
 * A 2.1 (or decoded quoted-printable) value escaped the 3.0 way: 2.1 never escapes commas and
 * QUOTED-PRINTABLE carries raw newlines. Existing backslash escapes are kept.
 */
function escapeValue(value: string, structured: boolean): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const next = value[i + 1];
    if (ch === '\\' && next !== undefined && ';,\\nN'.includes(next)) {
      out += ch + next;
      i++;
    } else if (ch === '\\') out += '\\\\';
    else if (ch === ',') out += '\\,';
    else if (ch === ';' && !structured) out += '\\;';
    else if (ch === '\r' && next === '\n') {
      out += '\\n';
      i++;
    } else if (ch === '\n' || ch === '\r') out += '\\n';
    else out += ch;
  }
  return out;
}

/** One card's lines, unfolded and rewritten as vCard 3.0 (or left as 4.0), ready for ical.js. */
export function normaliseCard(card: RawCard): string {
  const logical = unfold(card.lines);
  let is21 = false;
  const out: string[] = [];
  for (const line of logical) {
    const colon = colonIndex(line);
    if (colon <= 0) continue; // Not a property line: garbage inside a card is dropped.
    const [name = '', ...params] = line.slice(0, colon).split(';');
    let value = line.slice(colon + 1);
    if (!/^([A-Za-z0-9-]+\.)?[A-Za-z0-9-]+$/.test(name)) continue;
    if (name.toUpperCase() === 'VERSION') {
      is21 = value.trim() === '2.1';
      out.push(`VERSION:${is21 ? '3.0' : value.trim()}`);
      continue;
    }
    let qp = false;
    let charset = '';
    const kept: string[] = [];
    for (const param of params) {
      const [key = '', ...rest] = param.split('=');
      const upper = key.trim().toUpperCase();
      const paramValue = rest.join('=');
      if (rest.length === 0) {
        if (upper === 'QUOTED-PRINTABLE') qp = true;
        else if (upper === 'BASE64' || upper === 'B') kept.push('ENCODING=b');
        else if (upper !== '') kept.push(`TYPE=${key.trim()}`);
      } else if (upper === 'ENCODING') {
        const enc = paramValue.trim().toUpperCase();
        if (enc === 'QUOTED-PRINTABLE') qp = true;
        else if (enc === 'BASE64' || enc === 'B') kept.push('ENCODING=b');
        else if (enc !== '8BIT' && enc !== '7BIT') kept.push(param);
      } else if (upper === 'CHARSET') charset = paramValue.trim().replace(/"/g, '');
      else kept.push(param);
    }
    if (qp) value = decodeQuotedPrintable(value, charset);
    const bare = name.replace(/^.*\./, '').toUpperCase();
    if ((qp || is21) && !BINARY.has(bare)) value = escapeValue(value, STRUCTURED.has(bare));
    out.push(`${[name, ...kept].join(';')}:${value}`);
  }
  if (!out.some((l) => l.startsWith('VERSION:'))) out.unshift('VERSION:3.0');
  return ['BEGIN:VCARD', ...out, 'END:VCARD', ''].join('\r\n');
}
