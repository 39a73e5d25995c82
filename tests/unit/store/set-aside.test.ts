import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asideStamp,
  dataFileAside,
  moveAside,
  nthStamp,
  segmentAside,
} from '../../../electron/core/store/set-aside';
import { ManualClock } from '../../fixtures/manual-clock';
import { tempDir } from '../temp-dir';

describe('set-aside names', () => {
  it('stamps the time without colons or dots', () => {
    expect(asideStamp(new ManualClock('2026-03-01T10:20:30.456Z'))).toBe(
      '2026-03-01T10-20-30-456Z',
    );
  });

  it('keeps the data file a .json file and a segment its full name', () => {
    expect(dataFileAside('/d/netwell-data.json', 'S')).toBe('/d/netwell-data.unreadable-S.json');
    expect(segmentAside('/d/netwell-data.journal.000000000042', 'S')).toBe(
      '/d/netwell-data.journal.000000000042.unreadable-S',
    );
  });
});
describe('moveAside', () => {
  it('never replaces a file set aside before with the same stamp', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'netwell-sync.json');
    const names: string[] = [];
    for (const text of ['first damaged copy', 'second damaged copy', 'third']) {
      writeFileSync(file, text);
      names.push(
        await moveAside(file, (n) => dataFileAside(file, nthStamp('2026-03-02T09-00-00-000Z', n))),
      );
    }
    expect(names.map((n) => n.slice(dir.length + 1))).toEqual([
      'netwell-sync.unreadable-2026-03-02T09-00-00-000Z.json',
      'netwell-sync.unreadable-2026-03-02T09-00-00-000Z-2.json',
      'netwell-sync.unreadable-2026-03-02T09-00-00-000Z-3.json',
    ]);
    expect(names.map((n) => readFileSync(n, 'utf8'))).toEqual([
      'first damaged copy',
      'second damaged copy',
      'third',
    ]);
    expect(existsSync(file)).toBe(false);
  });
});
