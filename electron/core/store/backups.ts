import { chmod, copyFile, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir, writeJsonDurably } from './json-file';

export interface BackupFile {
  file: string;
  name: string;
  /** When the backup was taken, from its name. */
  at: Date;
}

function stamp(date: Date): string {
  // UTC, so names sort in time order whatever the zone: 2026-11-28T13:30:00.123Z -> 20261128T133000123Z
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(text: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text);
  if (!m) return new Date(NaN);
  const [, y, mo, d, h, mi, s, ms] = m.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!));
}

/** A rolling set of copies of the data file in `<dataDir>/backups`, newest kept. */
export class Backups {
  private readonly pattern: RegExp;

  constructor(
    readonly dir: string,
    private readonly keep = 10,
    /** File names are `<prefix>-<UTC time>.json`. */
    private readonly prefix = 'netwell-data',
  ) {
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.pattern = new RegExp(`^${escaped}-(\\d{8}T\\d{6}\\d{3}Z)\\.json$`);
  }

  async list(): Promise<BackupFile[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    return names
      .flatMap((name) => {
        const m = this.pattern.exec(name);
        return m ? [{ name, file: join(this.dir, name), at: parseStamp(m[1]!) }] : [];
      })
      .sort((a, b) => b.at.getTime() - a.at.getTime());
  }

  async create(data: unknown, at: Date): Promise<BackupFile> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const name = `${this.prefix}-${stamp(at)}.json`;
    const file = join(this.dir, name);
    await writeJsonDurably(file, data);
    await this.prune();
    return { name, file, at };
  }

  /** Backs up a data file by copying it (durably: temporary copy, fsync, rename, folder fsync). */
  async copyFrom(source: string, at: Date): Promise<BackupFile> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const name = `${this.prefix}-${stamp(at)}.json`;
    const file = join(this.dir, name);
    const tmp = `${file}.tmp`;
    try {
      await copyFile(source, tmp);
      if (process.platform !== 'win32') await chmod(tmp, 0o600);
      const handle = await open(tmp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, file);
    } catch (error) {
      // A full disk must not also keep half a copy.
      await rm(tmp, { force: true }).catch(() => undefined);
      throw error;
    }
    await fsyncDir(this.dir);
    await this.prune();
    return { name, file, at };
  }

  private async prune(): Promise<void> {
    const all = await this.list();
    await Promise.all(all.slice(this.keep).map((b) => rm(b.file, { force: true })));
  }
}
