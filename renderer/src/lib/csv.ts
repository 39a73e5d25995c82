/** Building a CSV file in the renderer (RFC 4180), for "Export". */

/**
 * One field: quoted when it holds a comma, a quote or a line break (quotes doubled). A cell that
 * starts like a formula (=, +, -, @, tab) gets a leading apostrophe, so a spreadsheet shows the
 * text instead of running it (OWASP "CSV injection").
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Header and rows, CRLF line ends, with a UTF-8 byte-order mark so spreadsheets read accents. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
