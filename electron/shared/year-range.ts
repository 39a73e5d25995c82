/**
 * The years a date typed or sent to Netwell may fall in. 1900: the earliest a "met on",
 * connection or event date about living people can be; 2200: far past any plan, so a year typed
 * as 0000 or 9999 is refused as the typo it is. Both stay well inside what Date, Intl's time
 * zones and calendar apps (iCalendar export) handle the same way.
 * Applied to inputs only: dates stored before the rule still load.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export const YEAR_RANGE_MESSAGE = `The year must be between ${MIN_YEAR} and ${MAX_YEAR}.`;

/** True when an ISO date or date-time ("2026-03-01", "2026-03-01T10:00:00Z") is in range. */
export function inYearRange(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}
