import type { SyncCounts } from '../../../shared/sync';
import { DavError } from '../dav/dav-errors';
import type { DavSession } from '../dav/dav-session';
import type { PublishedWindow } from '../sync-state';

/**
 * The weekly networking windows in the calendar: one recurring event per window, written when its
 * text changes (the schedule, a day off, the zone) and deleted when the window goes. They are
 * Netwell's schedule, published: an edit made to one on the phone is replaced at the next change
 * of the schedule, not merged (the schedule page is where windows change).
 */
export async function publishWindows(
  dav: DavSession,
  calendarUrl: string,
  wanted: { uid: string; ics: string }[],
  published: PublishedWindow[],
): Promise<{ published: PublishedWindow[]; counts: SyncCounts }> {
  const counts: SyncCounts = { created: 0, updated: 0, deleted: 0 };
  const byUid = new Map(published.map((p) => [p.uid, p]));
  const next: PublishedWindow[] = [];
  for (const w of wanted) {
    const known = byUid.get(w.uid);
    byUid.delete(w.uid);
    if (known && known.ics === w.ics) {
      next.push(known);
      continue;
    }
    const href = known?.href ?? new URL(`${encodeURIComponent(w.uid)}.ics`, calendarUrl).href;
    const etag = known ? known.etag : null;
    const put = async (ifMatch: string | null) => dav.put(href, w.ics, 'calendar', ifMatch);
    let result: { etag: string | null };
    try {
      result = await put(etag);
    } catch (error) {
      if (!(error instanceof DavError) || error.failure !== 'precondition') throw error;
      // Changed or made on the phone meanwhile: the schedule is Netwell's, so it is written over.
      const [current] = await dav.fetchItems(calendarUrl, 'calendar', [href]);
      result = await put(current?.etag ?? null);
    }
    next.push({ uid: w.uid, href, etag: result.etag ?? '', ics: w.ics });
    if (known) counts.updated++;
    else counts.created++;
  }
  for (const gone of byUid.values()) {
    try {
      await dav.remove(gone.href, gone.etag);
      counts.deleted++;
    } catch (error) {
      if (!(error instanceof DavError) || error.failure !== 'precondition') throw error;
      // Edited on the phone since: it stays there, no longer Netwell's.
    }
  }
  return { published: next, counts };
}
