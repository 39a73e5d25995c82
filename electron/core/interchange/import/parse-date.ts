const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function localDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const monthOf = (name: string): number => {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i === -1 ? 0 : i + 1;
};

/** Two-digit years: LinkedIn started in 2003, so every "22" is 2022. */
const fullYear = (y: string): number => (y.length <= 2 ? 2000 + Number(y) : Number(y));

/**
 * The dates LinkedIn exports have carried (and Excel re-saved them as), to yyyy-mm-dd:
 * `03 May 2024`, `9-Sep-22`, `1/8/18, 6:14 PM` (US month first unless the first number is over
 * 12), `16.09.2021`, `2021-09-16`, `May 3, 2024`. Anything else is null.
 */
export function parseLooseDate(input: string): string | null {
  const value = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  if (m) return localDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-](\d{2}|\d{4})$/.exec(value);
  if (m) return localDate(fullYear(m[3]!), monthOf(m[2]!), Number(m[1]));
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(value);
  if (m) return localDate(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  if (m) return localDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m =
    /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?)?$/.exec(
      value,
    );
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a > 12 ? localDate(fullYear(m[3]!), b, a) : localDate(fullYear(m[3]!), a, b);
  }
  return null;
}

/**
 * Birthdays as address books write them, to yyyy-mm-dd or --mm-dd (no year): `1990-04-15`,
 * `19900415`, `--0415`, `--04-15`, Apple's `1604-04-15` (its "no year" marker), and the loose
 * dates above.
 */
export function parseBirthday(input: string): string {
  const value = input.trim().replace(/T.*$/, '');
  let m = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (m) return localDate(2000, Number(m[1]), Number(m[2])) ? `--${m[1]}-${m[2]}` : '';
  m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (m) {
    if (m[1] === '1604' || m[1] === '0000') {
      return localDate(2000, Number(m[2]), Number(m[3])) ? `--${m[2]}-${m[3]}` : '';
    }
    return localDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? '';
  }
  return parseLooseDate(value) ?? '';
}
