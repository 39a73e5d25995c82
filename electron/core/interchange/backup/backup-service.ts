import { readFile, stat } from 'node:fs/promises';
import type { BackupEntry, ExportedFile, RestoreResult } from '../../../shared/interchange-export';
import type { Clock } from '../../clock';
import { UserError } from '../../errors';
import type { SettingsStore } from '../../settings/settings-store';
import { Backups, type BackupFile } from '../../store/backups';
import type { Store } from '../../store/open-store';
import { buildBackup, parseBackup } from './backup-file';

export interface BackupServiceDeps {
  store: Store;
  settings: SettingsStore;
  clock: Clock;
  appVersion: string;
  /** After a restore: services reload what they keep in memory, windows refresh. */
  onRestored: () => void;
}

/** Safety copies (the data just before a restore) live next to the automatic backups. */
export const SAFETY_PREFIX = 'netwell-safety';

/** Full backups to a file, restores from a file or a saved backup, with a safety copy first. */
export class BackupService {
  readonly safety: Backups;

  constructor(private readonly deps: BackupServiceDeps) {
    this.safety = new Backups(deps.store.backups.dir, 10, SAFETY_PREFIX);
  }

  private document(at: Date) {
    return buildBackup(this.deps.store.read(), this.deps.settings.get(), at, this.deps.appVersion);
  }

  export(): ExportedFile {
    const at = this.deps.clock.now();
    const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    return {
      fileName: `netwell-backup-${stamp}.json`,
      mimeType: 'application/json',
      text: `${JSON.stringify(this.document(at), null, 1)}\n`,
    };
  }

  /** The automatic backups and the safety copies, newest first, with their sizes. */
  async list(): Promise<BackupEntry[]> {
    const tagged = async (files: BackupFile[], kind: BackupEntry['kind']) =>
      Promise.all(
        files.map(async (f) => ({
          name: f.name,
          kind,
          at: f.at.toISOString(),
          bytes: await stat(f.file).then(
            (s) => s.size,
            () => -1,
          ),
        })),
      );
    const all = [
      ...(await tagged(await this.deps.store.backups.list(), 'automatic')),
      ...(await tagged(await this.safety.list(), 'safety')),
    ];
    // A file pruned between listing and stat is gone: leave it out.
    return all.filter((b) => b.bytes >= 0).sort((a, b) => b.at.localeCompare(a.at));
  }

  /**
   * Restores a backup's text. Everything is read, migrated and validated first; only then is the
   * current data (and settings) saved as a safety copy and replaced, in one journalled change.
   */
  async restore(text: string): Promise<RestoreResult> {
    const parsed = parseBackup(text);
    const safetyCopy = await this.safety.create(
      this.document(this.deps.clock.now()),
      this.deps.clock.now(),
    );
    await this.deps.store.replaceAll(parsed.data);
    if (parsed.settings) {
      const current = this.deps.settings.get();
      // Where the window sits, starting at login and the sync account belong to this computer,
      // not to the backup: the account's password is in this keychain and what it last synced is
      // in this folder. A backup made before connecting would otherwise disconnect sync, and the
      // next connect would meet the server as strangers.
      const {
        window: _window,
        startAtLogin: _startAtLogin,
        sync: _sync,
        ...restored
      } = parsed.settings;
      this.deps.settings.set({
        ...restored,
        startAtLogin: current.startAtLogin,
        sync: current.sync,
        ...(current.window ? { window: current.window } : {}),
      });
    }
    this.deps.onRestored();
    return {
      safetyCopy: safetyCopy.name,
      contacts: parsed.data.contacts.length,
      settingsRestored: parsed.settings !== null,
      fromVersion: parsed.fromVersion,
    };
  }

  /** Restores one of the files `list` shows, found by its exact name (never a path). */
  async restoreSaved(name: string): Promise<RestoreResult> {
    const found = [...(await this.deps.store.backups.list()), ...(await this.safety.list())].find(
      (b) => b.name === name,
    );
    if (!found) throw new UserError('not_found', 'That backup is no longer there.');
    let text: string;
    try {
      text = await readFile(found.file, 'utf8');
    } catch {
      throw new UserError('not_found', 'That backup could not be read. Nothing was changed.');
    }
    return this.restore(text);
  }
}
