import { basename } from 'node:path';
import { journalSegments, readJournal, truncateTorn, type JournalEntry } from './journal';
import { applyJsonPatches } from './patches';
import { readSnapshot } from './snapshot-file';
import type { StoreFormat } from './store-format';
import { TouchedRecords } from './touched-records';

/** A journal that cannot be replayed in full: the segment to set aside from, and why. */
export interface JournalProblem {
  file: string;
  reason: string;
}

export interface ReplayFailure extends JournalProblem {
  /** The failing line may have been half applied: the working copy cannot be trusted. */
  partial: boolean;
}

export interface Replayed {
  working: unknown;
  /** The seq of the last line applied (the snapshot's own when none was). */
  upTo: number;
  /** When that line was written, or null when none was applied. */
  at: string | null;
  count: number;
  touched: TouchedRecords;
  failed: ReplayFailure | null;
}

/**
 * Applies the entries after `fromSeq` (the snapshot's journalSeq) to `base`, in place and in
 * order, stopping before `stopAt`, at a gap in the sequence, or at a line that does not apply.
 */
export function replayEntries(
  base: unknown,
  entries: readonly (JournalEntry & { file: string })[],
  fromSeq: number,
  stopAt = Infinity,
): Replayed {
  let working: unknown = base;
  let upTo = fromSeq;
  let at: string | null = null;
  let count = 0;
  const touched = new TouchedRecords();
  for (const entry of entries) {
    if (entry.seq <= upTo) continue;
    if (entry.seq >= stopAt) break;
    if (entry.seq !== upTo + 1) {
      const reason = `changes ${upTo + 1} to ${entry.seq - 1} are missing`;
      const failed = { file: entry.file, reason, partial: false };
      return { working, upTo, at, count, touched, failed };
    }
    try {
      working = applyJsonPatches(working, entry.patches);
      touched.note(working, entry.patches);
    } catch (error) {
      const reason = `change ${entry.seq} does not apply (${(error as Error).message})`;
      const failed = { file: entry.file, reason, partial: true };
      return { working, upTo, at, count, touched, failed };
    }
    upTo = entry.seq;
    at = entry.at;
    count++;
  }
  return { working, upTo, at, count, touched, failed: null };
}

export interface ReplayOutcome<D> {
  data: D;
  /** The seq of the last change in `data`. */
  seq: number;
  lastAt: string | null;
  /** Set when some of the journal could not be used: it is to be set aside from `problem.file`. */
  problem: JournalProblem | null;
  /** The journal's segments as found, oldest first. */
  segments: string[];
}

/**
 * Replays the journal (the lines after the snapshot's journalSeq, in order) onto the snapshot's
 * data. A torn last line (a crash mid-append) is cut off; anything worse keeps what could be read.
 */
export async function replayJournal<D>(
  snapshot: { data: D; seq: number },
  where: { dataDir: string; base: string; file: string },
  format: StoreFormat<D>,
): Promise<ReplayOutcome<D>> {
  const segments = await journalSegments(where.dataDir, where.base);
  const journal = await readJournal(segments);
  if (journal.torn) await truncateTorn(journal.torn);
  let result = replayEntries(snapshot.data, journal.entries, snapshot.seq);
  if (result.failed?.partial) {
    // The failing line may have been half applied (to objects that earlier lines inserted, too):
    // replay again, up to it, from a fresh read of both files.
    const fresh = (await readSnapshot(where.file, format))!.data;
    const entries = (await readJournal(segments)).entries;
    result = {
      ...replayEntries(fresh, entries, snapshot.seq, result.upTo + 1),
      failed: result.failed,
    };
  }
  const damaged = journal.corrupt && {
    file: journal.corrupt.file,
    reason: `line ${journal.corrupt.line} of ${basename(journal.corrupt.file)} is damaged`,
  };
  const problem = result.failed ?? damaged ?? null;
  // Nothing replayed: the snapshot's data itself (re-read if a failed line touched it).
  const replayed = { data: result.working as D, seq: result.upTo, lastAt: result.at, problem };
  if (result.count === 0) return { ...replayed, segments };
  try {
    return { ...replayed, data: format.validateTouched(replayed.data, result.touched), segments };
  } catch (error) {
    // The rebuilt data is not valid: keep the snapshot alone and set the whole journal aside.
    const invalid = {
      file: journal.entries.find((e) => e.seq > snapshot.seq)?.file ?? segments[0]!,
      reason: `the changes do not give valid data (${(error as Error).message.split('\n')[0]})`,
    };
    const data = (await readSnapshot(where.file, format))!.data;
    return { data, seq: snapshot.seq, lastAt: null, problem: invalid, segments };
  }
}
