import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactFiles } from '../../../electron/core/store/compaction';
import { applyJsonPatches, type JsonPatch } from '../../../electron/core/store/patches';
import { sealOf } from '../../../electron/core/store/snapshot-seal';
import { tempDir } from '../temp-dir';

describe('compactFiles', () => {
  it('writes, in parts, the same bytes as JSON.stringify, and seals them', () => {
    const dir = tempDir();
    const snapshot = join(dir, 'netwell-data.json');
    const many = Array.from({ length: 30_000 }, (_, i) => ({
      id: `c${i}`,
      name: i % 7 ? `Person ${i}` : `Chloé Ömer ${i} "quoted" \\ 😀`,
      tags: i % 3 ? [] : ['a', 'b'],
      notes: null,
    }));
    const start = {
      version: 5,
      contacts: many,
      trash: [],
      settings: { nested: [1, [2, 3]], empty: {} },
      journalSeq: 1,
    };
    writeFileSync(snapshot, `\uFEFF${JSON.stringify(start)}`);
    const segment = join(dir, 'netwell-data.journal.000000000002');
    const patches: JsonPatch[] = [
      { op: 'replace', path: ['contacts', 5, 'notes'], value: 'Edited ✓' },
      { op: 'add', path: ['extra'], value: { at: '2026-12-07' } },
    ];
    writeFileSync(segment, `${JSON.stringify({ seq: 2, at: '', patches })}\n`);

    const result = compactFiles(
      fs,
      applyJsonPatches,
      { snapshot, dir, segments: [segment], schemaId: 'schema-x' },
      () => createHash('sha1'),
    );

    const expected = applyJsonPatches(start, patches) as Record<string, unknown>;
    const bytes = readFileSync(snapshot);
    expect(bytes.toString('utf8')).toBe(`${JSON.stringify({ ...expected, journalSeq: 2 })}\n`);
    expect(result).toMatchObject({ journalSeq: 2, applied: 1, bytes: bytes.length });
    expect(readFileSync(`${snapshot}.seal`, 'utf8')).toBe(sealOf(bytes, 'schema-x'));
  });
});
