import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText, writeJsonInSlices } from '../../../electron/core/store/json-file';
import { jsonSlices } from '../../../electron/core/store/json-slices';
import { tempDir } from '../temp-dir';

/** Values with and without a JSON form, as a document in memory may hold them. */
const value = fc.oneof(
  fc.jsonValue(),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.date({ noInvalidDate: true }),
);
const nested = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    value,
    fc.array(tie('node'), { maxLength: 8 }),
    fc.dictionary(fc.string(), tie('node'), { maxKeys: 8 }),
  ),
})).node;
const documents = fc.oneof(
  fc.dictionary(fc.string(), fc.oneof(value, fc.array(value, { maxLength: 30 }))),
  value,
  fc.array(value),
  nested,
);

describe('jsonSlices', () => {
  it('joins to exactly what JSON.stringify gives, whatever the document and slice size', () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 200 }), (doc, size) => {
        expect([...jsonSlices(doc, size)].join('')).toBe(JSON.stringify(doc) ?? '');
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a large document between the records of its arrays', () => {
    const doc = {
      version: 5,
      contacts: Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, name: 'Ana' })),
    };
    const slices = [...jsonSlices(doc, 1024)];
    expect(slices.length).toBeGreaterThan(20);
    expect(Math.max(...slices.map((s) => s.length))).toBeLessThan(1100);
  });

  it('cuts between the records of an array one object down (the sync state)', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ href: `/b/${i}.vcf`, etag: `"${i}"` }));
    const doc = { version: 1, contacts: { url: '/b/', items }, calendar: null };
    const slices = [...jsonSlices(doc, 1024)];
    expect(slices.join('')).toBe(JSON.stringify(doc));
    expect(Math.max(...slices.map((s) => s.length))).toBeLessThan(1100);
  });
});

describe('writeJsonInSlices', () => {
  it('writes the bytes writeJsonDurably writes, and returns their SHA-1', async () => {
    const dir = tempDir();
    const file = join(dir, 'netwell-data.json');
    const doc = { version: 5, contacts: [{ id: 'a', name: 'Zoë' }], trash: [], runtime: {} };
    const sha1 = await writeJsonInSlices(file, doc);
    const bytes = readFileSync(file);
    expect(bytes.toString('utf8')).toBe(jsonText(doc));
    expect(sha1).toBe(createHash('sha1').update(bytes).digest('hex'));
  });
});
