import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../../fixtures/sync/cards');

/** The real cards of tests/fixtures/sync/cards (sources in its README), read byte for byte. */
export const FIXTURES: readonly { name: string; raw: string }[] = readdirSync(dir)
  .filter((f) => f.endsWith('.vcf'))
  .sort()
  .map((name) => ({ name, raw: readFileSync(join(dir, name), 'utf8') }));

export const fixture = (name: string): string => {
  const found = FIXTURES.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found.raw;
};

export const NOW = '2026-12-07T03:00:00.000Z';
