import { dayLabel, localDate } from '../../lib/time';

/**
 * "On a break until Wed 9 Dec" for a site on a break (the day it is back: a break ends at the start
 * of a local day), or null.
 */
export function breakText(
  siteId: string,
  breaks: ReadonlyArray<{ siteId: string; until: string }>,
  timeZone: string,
): string | null {
  const found = breaks.find((b) => b.siteId === siteId);
  return found ? `On a break until ${dayLabel(localDate(found.until, timeZone))}` : null;
}
