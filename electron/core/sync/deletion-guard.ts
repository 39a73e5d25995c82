/** More deletes than this in one run are asked about first. */
export const HANDFUL = 5;

/**
 * Whether deleting `count` of the `total` synced items on one side needs the user's yes: more
 * than a handful, or most of the collection (2 of 3). A single delete never asks: that is an
 * ordinary edit on the phone.
 */
export function deletionNeedsConsent(count: number, total: number): boolean {
  if (count > HANDFUL) return true;
  return count >= 2 && count * 2 > total;
}
