/**
 * The content-line rules vCard 3.0 (RFC 2425/2426) and iCalendar (RFC 5545) share: escaping of TEXT
 * values, quoting of parameter values, and folding at 75 octets with CRLF line ends.
 */

/** A TEXT value: backslash, comma, semicolon and every kind of line break escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value: double quotes are not allowed at all (RFC 5545 §3.1: no DQUOTE inside), so
 * they become single quotes; a value with `:`, `;` or `,` is quoted. Control characters go.
 */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** UTF-8 length without encoding (a lone surrogate counts as the 3-byte replacement). */
function octets(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Folds one content line so no line is longer than 75 octets (the leading space of a continuation
 * counts), never inside a UTF-8 character (or a surrogate pair), and ends it with CRLF.
 */
export function foldLine(line: string): string {
  // Most lines are short: at most 3 octets per UTF-16 unit, so 25 units always fit.
  if (line.length <= 25 || octets(line) <= 75) return `${line}\r\n`;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const charSize = octets(char);
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return `${parts.join('\r\n ')}\r\n`;
}
