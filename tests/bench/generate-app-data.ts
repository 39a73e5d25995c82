/**
 * The benchmark's data set in the app's own data file format (version `CURRENT_VERSION`, every
 * collection): the contacts and interactions of `generateDataset` (same seed, same people) with
 * the CRM fields a real network has: a LinkedIn presence, a city, some favourites and cadences.
 * Start-up, edits and the renderer are measured on exactly what the app reads.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyData, type Data } from '../../electron/core/store/data-schema';
import { writeJsonDurably } from '../../electron/core/store/json-file';
import { DATA_FILE } from '../../electron/core/store/open-store';
import { ContactCrmFieldsSchema } from '../../electron/shared/crm/contact-crm-fields';
import type { InteractionKind } from '../../electron/shared/crm/interaction';
import { generateDataset, mulberry32 } from './generate-dataset';

const CITIES = [
  'Lisbon',
  'Porto',
  'Berlin',
  'London',
  'Lagos',
  'São Paulo',
  'Tokyo',
  'Montréal',
  '',
];
const KIND: Record<string, InteractionKind> = {
  message: 'message',
  email: 'message',
  comment: 'message',
  call: 'call',
  meeting: 'meeting',
  intro: 'introduction',
};

export function generateAppData(
  options: { contacts?: number; interactions?: number; seed?: number } = {},
): Data {
  const base = generateDataset(options);
  const rand = mulberry32((options.seed ?? 20_261_128) + 1);
  const defaults = ContactCrmFieldsSchema.parse({});
  const data = emptyData();
  data.contacts = base.contacts.map((contact, i) => ({
    ...contact,
    ...defaults,
    platforms: [{ platform: 'linkedin', handle: '', url: contact.links[0] ?? null }],
    city: CITIES[i % CITIES.length]!,
    favourite: rand() < 0.02,
    keepInTouch: rand() < 0.1 ? { every: 1 + Math.floor(rand() * 8), unit: 'weeks' } : null,
  }));
  data.interactions = base.interactions.map((interaction) => {
    const kind = KIND[interaction.kind] ?? 'message';
    return {
      id: interaction.id,
      contactId: interaction.contactId,
      kind,
      at: interaction.at,
      direction: rand() < 0.5 ? 'inbound' : 'outbound',
      channel: kind === 'meeting' ? 'in-person' : 'linkedin',
      note: interaction.summary,
      meetingId: null,
      introductionId: null,
      eventId: null,
    };
  });
  return data;
}

/** Writes the data set into `dir` as the app's data file (`npm run bench -- --write-data DIR`). */
export async function writeBenchData(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await writeJsonDurably(join(dir, DATA_FILE), generateAppData());
  console.log(`wrote ${DATA_FILE} to ${dir}`);
}
