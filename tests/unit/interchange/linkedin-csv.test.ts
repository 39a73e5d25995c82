import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/core/interchange/import/import-file';
import { draftOf, fixture, readFixture } from './read-fixture';

describe('LinkedIn Connections.csv', () => {
  it('skips the preamble, maps columns by name and keeps awkward names whole', async () => {
    const { file, drafts } = await readFixture('linkedin-current.csv');
    expect(file.format).toBe('linkedin');
    expect([...drafts.keys()]).toEqual([
      'Ada Lovelace',
      'Jean-Luc "JL" O\'Brien, PhD (he/him)',
      'María 🚀 Núñez',
      'Grace Hopper',
    ]);
    expect(draftOf(drafts, 'Ada Lovelace')).toMatchObject({
      company: 'Analytical Engines',
      role: 'Programmer, First',
      emails: ['ada@example.com'],
      platforms: [
        { platform: 'linkedin', handle: '', url: 'https://www.linkedin.com/in/ada-lovelace' },
      ],
    });
    expect(file.candidates[0]).toMatchObject({ line: 5, connectedOn: '2024-05-03' });
    expect(draftOf(drafts, 'María 🚀 Núñez').company).toBe('Café Ñ');
  });

  it('counts hidden members without inventing contacts, and reports lines', async () => {
    const { file } = await readFixture('linkedin-current.csv');
    expect(file.hidden).toBe(1);
    expect(file.rows).toBe(6);
    expect(file.skipped).toEqual([
      { line: 8, reason: expect.stringContaining('hides their details') },
      { line: 9, reason: 'The row is empty.' },
    ]);
  });

  it('reads an Excel re-save: no preamble, no URL, ";" and Windows-1252, old date dialects', async () => {
    const { file, drafts } = await readFixture('linkedin-excel-cp1252.csv');
    expect(file.format).toBe('linkedin');
    expect([...drafts.keys()]).toEqual(['Zoë Brontë', 'René Müller', 'Søren Kierkegaard']);
    expect(draftOf(drafts, 'René Müller')).toMatchObject({
      company: 'Straße GmbH',
      role: 'Geschäftsführer',
      emails: ['rene@example.de'],
      platforms: [],
    });
    expect(draftOf(drafts, 'Søren Kierkegaard').company).toBe('Philosophy; Inc');
    expect(file.candidates.map((c) => c.connectedOn)).toEqual([
      '2022-09-09',
      '2018-01-08',
      '2021-09-16',
    ]);
    expect(file.hidden).toBe(1);
  });

  it('strips a BOM and finds a ";" header after the preamble', async () => {
    const { file, drafts } = await readFixture('linkedin-bom-semicolon.csv');
    expect(file.format).toBe('linkedin');
    expect(draftOf(drafts, 'Alan Turing').platforms[0]?.url).toBe(
      'https://linkedin.com/in/alanturing?trk=abc',
    );
    expect(file.candidates[0]?.line).toBe(5);
  });

  it('keeps the good rows of a truncated file and reports the broken one', async () => {
    const { file, drafts } = await readFixture('truncated-linkedin.csv');
    expect([...drafts.keys()]).toEqual(['Ada Lovelace']);
    expect(file.skipped).toEqual([
      { line: 3, reason: expect.stringContaining('could not be read') },
    ]);
  });
});

describe('files that are not address books', () => {
  it.each([
    ['empty.csv', 'This file is empty.'],
    ['binary.png', 'This is not a text file. Choose a CSV file or a vCard (.vcf) file.'],
    ['not-contacts.csv', expect.stringContaining('does not recognise this file')],
  ])('%s gets a clear message', async (name, message) => {
    expect(await importFile(fixture(name))).toEqual({ ok: false, cancelled: false, message });
  });

  it('refuses enormous lines instead of reading them', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    const huge = `Ada,${'x'.repeat(1_100_000)},,,,,03 May 2024\nBob,Smith,,,,,04 May 2024\n`;
    const outcome = await importFile(new TextEncoder().encode(header + huge));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.file.candidates.map((c) => c.name)).toEqual(['Bob Smith']);
    expect(outcome.file.skipped[0]?.reason).toContain('too long');
  });

  it('stops when cancelled', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `N${i},L,,,,,03 May 2024`).join('\n');
    const text = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows}`;
    let seen = 0;
    const outcome = await importFile(new TextEncoder().encode(text), {
      onProgress: (done) => (seen = done),
      cancelled: () => seen > 0,
    });
    expect(outcome).toEqual({ ok: false, cancelled: true, message: 'Import cancelled.' });
  });
});
