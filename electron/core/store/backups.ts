import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonDurably } from './json-file-adapter';

export interface BackupFile {
  file: string;
  name: string;
  /** When the backup was taken, from its name. */
  at: Date;
}

const NAME = /^netwell-data-(\d{8}T\d{6}\d{3}Z)\.json$/;

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
  constructor(
    readonly dir: string,
    private readonly keep = 10,
  ) {}

  async list(): Promise<BackupFile[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    return names
      .flatMap((name) => {
        const m = NAME.exec(name);
        return m ? [{ name, file: join(this.dir, name), at: parseStamp(m[1]!) }] : [];
      })
      .sort((a, b) => b.at.getTime() - a.at.getTime());
  }

  async create(data: unknown, at: Date): Promise<BackupFile> {
    await mkdir(this.dir, { recursive: true });
    const name = `netwell-data-${stamp(at)}.json`;
    const file = join(this.dir, name);
    await writeJsonDurably(file, data);
    await this.prune();
    return { name, file, at };
  }

  private async prune(): Promise<void> {
    const all = await this.list();
    await Promise.all(all.slice(this.keep).map((b) => rm(b.file, { force: true })));
  }
}
