import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/core/interchange/import/import-file';
import { planImport, prepareImport } from '../../../electron/core/interchange/import-plan';
import { fixture } from './read-fixture';
import { CrmContactDraftSchema } from '../../../electron/shared/crm/crm-contact';

const fixtures = readdirSync(join(__dirname, '../../fixtures/import')).map(fixture);
const encoder = new TextEncoder();

/** The importer's promise: an answer (a report or a message), never an exception. */
async function expectAnswer(bytes: Uint8Array): Promise<void> {
  const outcome = await importFile(bytes);
  if (outcome.ok) {
    const { file } = outcome;
    expect(file.rows).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(file.skipped)).toBe(true);
    for (const s of file.skipped) expect(s.line).toBeGreaterThan(0);
    // Every candidate validates or is reported; planning never throws either.
    const prepared = await prepareImport(file);
    // Drafts are built without zod for speed: each must still be exactly what the schema accepts.
    for (const row of prepared.rows)
      expect(CrmContactDraftSchema.parse(row.fields)).toEqual(row.fields);
    planImport(prepared, []);
  } else expect(outcome.message.length).toBeGreaterThan(0);
}

/** Mutations of a real file: flipped bytes, cut short, slices swapped, junk inserted. */
const mutated = fc
  .tuple(
    fc.constantFrom(...fixtures),
    fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('flip' as const),
          at: fc.nat(),
          byte: fc.integer({ min: 0, max: 255 }),
        }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
        fc.record({
          kind: fc.constant('insert' as const),
          at: fc.nat(),
          text: fc.string({ maxLength: 40 }),
        }),
        fc.record({
          kind: fc.constant('dup' as const),
          at: fc.nat(),
          length: fc.nat({ max: 200 }),
        }),
      ),
      { maxLength: 8 },
    ),
  )
  .map(([original, edits]) => {
    let bytes = original;
    for (const edit of edits) {
      const at = bytes.length === 0 ? 0 : edit.at % bytes.length;
      if (edit.kind === 'flip') {
        bytes = bytes.slice();
        if (bytes.length) bytes[at] = edit.byte;
      } else if (edit.kind === 'cut') bytes = bytes.slice(0, at);
      else if (edit.kind === 'insert') {
        bytes = Uint8Array.from([
          ...bytes.slice(0, at),
          ...encoder.encode(edit.text),
          ...bytes.slice(at),
        ]);
      } else {
        const part = bytes.slice(at, at + edit.length);
        bytes = Uint8Array.from([...bytes.slice(0, at), ...part, ...part, ...bytes.slice(at)]);
      }
    }
    return bytes;
  });

/** CSV-ish text built from the characters that trouble parsers. */
const csvish = fc
  .array(
    fc.array(fc.stringMatching(/^[a-zA-Z0-9 ,;"'\r\n\t=:.@/\\-é🚀]{0,20}$/u), { maxLength: 8 }),
    { maxLength: 30 },
  )
  .map((rows) => rows.map((r) => r.join(',')).join('\n'));

const headers = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n',
  'First Name;Last Name;Email Address;Company;Position;Connected On\n',
  'Name,Given Name,Family Name,E-mail 1 - Value,Notes\n',
  'First Name,Last Name,E-mail Address,Job Title,Company,Notes\n',
  'BEGIN:VCARD\nVERSION:2.1\n',
  'BEGIN:VCARD\nVERSION:3.0\n',
  '',
];

describe('importer fuzzing', () => {
  it('answers any bytes with a report or a message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), (bytes) => expectAnswer(bytes)),
      { numRuns: 200 },
    );
  });

  it('answers mutated real files', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, (bytes) => expectAnswer(bytes)),
      { numRuns: 300 },
    );
  });

  it('answers random rows under each known header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...headers), csvish, (header, body) =>
        expectAnswer(encoder.encode(header + body)),
      ),
      { numRuns: 300 },
    );
  });
});
