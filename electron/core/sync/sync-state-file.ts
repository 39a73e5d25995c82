import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../clock';
import {
  parseJsonText,
  parseOrExplain,
  readBytes,
  UnreadableFileError,
  writeJsonInSlices,
} from '../store/json-file';
import { asideStamp, dataFileAside, moveAside, nthStamp } from '../store/set-aside';
import { SyncStateFileSchema, type SyncStateFile } from './sync-state';

export const SYNC_STATE_NAME = 'netwell-sync.json';

/**
 * `netwell-sync.json`: what sync remembers (sync-state.ts). A file that cannot be read is moved
 * aside, never overwritten; sync then starts afresh, and the first run finds every person again
 * by UID instead of duplicating anyone.
 */
export class SyncStateFileStore {
  readonly path: string;

  constructor(
    dataDir: string,
    private readonly clock: Clock,
  ) {
    this.path = join(dataDir, SYNC_STATE_NAME);
  }

  /** The state for `account`, or a fresh one (none yet, another account's, or unreadable). */
  async load(account: string): Promise<{ state: SyncStateFile; setAside: string | null }> {
    const fresh = (): SyncStateFile => ({
      format: 'netwell-sync',
      version: 1,
      account,
      contacts: null,
      calendar: null,
      windows: [],
    });
    try {
      const bytes = await readBytes(this.path);
      if (bytes === null) return { state: fresh(), setAside: null };
      const raw = parseJsonText(this.path, bytes.toString('utf8'));
      const state = parseOrExplain(this.path, raw, (r) => SyncStateFileSchema.parse(r));
      return { state: state.account === account ? state : fresh(), setAside: null };
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      const stamp = asideStamp(this.clock);
      const aside = await moveAside(this.path, (n) => dataFileAside(this.path, nthStamp(stamp, n)));
      return { state: fresh(), setAside: aside };
    }
  }

  /** Durably, made and written a slice at a time (3 MB at 5,000 cards: the page keeps answering). */
  async save(state: SyncStateFile): Promise<void> {
    await writeJsonInSlices(this.path, state);
  }

  /** After a disconnect: the next account starts afresh. */
  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
