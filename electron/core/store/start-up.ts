import { rm } from 'node:fs/promises';
import type { Clock } from '../clock';
import type { Backups } from './backups';
import type { StoreNotice } from './document-store';
import { journalSegments } from './journal';
import { replayJournal } from './journal-replay';
import { asideStamp, moveAside, nthStamp, segmentAside } from './set-aside';
import { writeSnapshot } from './snapshot-file';
import { loadSnapshot } from './snapshot-recovery';
import type { StoreFormat } from './store-format';
import { journalAsideNotice } from './store-messages';

export interface StartingData<D> {
  data: D;
  /** The seq of the last change in `data`. */
  seq: number;
  /** The seq of the last change in the snapshot file. */
  snapshotSeq: number;
  /**
   * Back up at once, whatever the newest backup's age: the start replayed changes made before a
   * crash, or recovered from a backup or a damaged journal, and none of that is in any backup.
   */
  backUpNow: boolean;
  /**
   * The data file was read without its seal (a restored backup, a hand edit, an older Netwell):
   * validated in full, it is to be written back sealed, in the background (before any
   * compaction), so this start need not wait for it and the next one is quick.
   */
  writeBack: { data: D; seq: number } | null;
}

export interface StartUpContext<D> {
  dataDir: string;
  /** The snapshot file, and its name without `.json` (the journal's and backups' prefix). */
  file: string;
  base: string;
  format: StoreFormat<D>;
  backups: Backups;
  clock: Clock;
  notify: (notice: StoreNotice) => void;
}

/**
 * The data the store starts with: the snapshot (migrated and validated, or recovered from a
 * backup), then the journal replayed onto it. What cannot be read is moved aside, never deleted,
 * and the user is told.
 */
export async function readStartingData<D>(ctx: StartUpContext<D>): Promise<StartingData<D>> {
  const { file, format } = ctx;
  const { snapshot, recoveryNotice } = await loadSnapshot(file, format, ctx.backups, ctx.clock);
  // The compaction worker works on the raw file, so it must hold the current format. (A current
  // one read without its seal is written back after the replay, in the background.)
  if (snapshot.migrated) await writeSnapshot(file, format, snapshot.data, snapshot.seq);
  const { data, seq, lastAt, problem, segments } = await replayJournal(snapshot, ctx, format);
  if (recoveryNotice) ctx.notify(recoveryNotice);
  let snapshotSeq = snapshot.seq;
  if (problem) {
    // Like an unreadable data file: what could be read is kept (written to the snapshot first),
    // the damaged segment and any after it are moved aside untouched, and the user is told.
    await writeSnapshot(file, format, data, seq);
    snapshotSeq = seq;
    const aside = await moveSegmentsAside(
      segments.slice(segments.indexOf(problem.file)),
      ctx.clock,
    );
    ctx.notify(journalAsideNotice(problem.reason, aside, lastAt));
  }
  await removeFoldedSegments(ctx.dataDir, ctx.base, snapshotSeq);
  const backUpNow = seq > snapshot.seq || recoveryNotice !== null || problem !== null;
  // Validated in full (and the replayed changes too): safe to write over the file. Not yet when
  // the file was just written (migrated, or a journal problem kept what could be read).
  const owed = !snapshot.migrated && !snapshot.sealed && !problem;
  return { data, seq, snapshotSeq, backUpNow, writeBack: owed ? { data, seq } : null };
}

async function moveSegmentsAside(segments: string[], clock: Clock): Promise<string[]> {
  const aside: string[] = [];
  for (const segment of segments) {
    const stamp = asideStamp(clock);
    aside.push(await moveAside(segment, (n) => segmentAside(segment, nthStamp(stamp, n))));
  }
  return aside;
}

/** Sealed segments already folded into the snapshot (a compaction stopped before deleting them). */
async function removeFoldedSegments(dataDir: string, base: string, snapshotSeq: number) {
  for (const segment of await journalSegments(dataDir, base)) {
    const last = /\.journal\.(\d{12})$/.exec(segment);
    if (last && Number(last[1]) <= snapshotSeq) await rm(segment, { force: true });
  }
}
