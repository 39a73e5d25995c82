import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Real calendar objects from other projects (see tests/fixtures/sync/events/README.md). */
export const EVENTS_DIR = join(__dirname, '../../../fixtures/sync/events');

export const readEvent = (name: string): string => readFileSync(join(EVENTS_DIR, name), 'utf8');

export const EVENT_FIXTURES: readonly string[] = readdirSync(EVENTS_DIR)
  .filter((name) => name.endsWith('.ics'))
  .sort();

export const NOW = '2026-12-07T09:00:00Z';
