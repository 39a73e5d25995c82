import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { EventBus } from '../../../electron/core/event-bus';
import { escapeText, foldLine } from '../../../electron/core/interchange/export/content-lines';
import { contactsToVCard } from '../../../electron/core/interchange/export/vcard-writer';
import { nameKey } from '../../../electron/core/interchange/identity-keys';
import { ImportService } from '../../../electron/core/interchange/import-service';
import { openStore } from '../../../electron/core/store/open-store';
import { tempDir } from '../temp-dir';

/**
 * Generated address books, with what makes matching hard: particles, suffixes and non-Latin
 * scripts in names, one number written several ways, colleagues sharing a company website and a
 * switchboard number, cards with only a name and a phone, cards with a UID. Every generated person
 * has a name of their own; emails, profile links and UIDs are never shared.
 */
const GIVEN = ['Ana', 'Siobhán', 'John', 'Priya', 'Dmitri', '민준', '秀英', 'Мария', 'محمد', 'Zoë'];
const PARTICLE = ['', 'van der', 'de la', 'Ní', "O'", 'bin'];
const FAMILY = [
  'García López',
  'Bhriain',
  'Doe',
  'Nayak',
  'Volkov',
  '김',
  '王',
  'Иванова',
  'Müller',
];
const SUFFIX = ['', 'III', 'Jr.', ', MSc, MBA', '(he/him)'];
const COMPANY = ['', 'Acme Widgets', 'IBM', '株式会社テスト'];
const WEBSITE = [
  '',
  'https://www.acme-widgets.example/',
  'http://www.ibm.com',
  'https://ana.example',
];
/** A few numbers, each in several spellings; the switchboard is shared by colleagues. */
const PHONE = [
  ['+44 20 7946 0958', '0044 20 7946 0958', '+44 (0)20 7946 0958'],
  ['+1 212 555 0123', '+1 (212) 555-0123', '(212) 555-0123'],
  ['010-1234-5678', '010 1234 5678'],
  ['+82 10 9876 5432'],
];

const person = fc.record({
  name: fc
    .tuple(
      fc.constantFrom(...GIVEN),
      fc.constantFrom(...PARTICLE),
      fc.constantFrom(...FAMILY),
      fc.constantFrom(...SUFFIX),
    )
    .map((parts) => parts.filter(Boolean).join(' ').replace(' ,', ',')),
  company: fc.constantFrom(...COMPANY),
  website: fc.constantFrom(...WEBSITE),
  phones: fc.array(
    fc.tuple(fc.nat(PHONE.length - 1), fc.nat(2)).map(([n, f]) => PHONE[n]![f % PHONE[n]!.length]!),
    { maxLength: 2 },
  ),
  email: fc.boolean(),
  linkedin: fc.boolean(),
  uid: fc.boolean(),
  notes: fc.constantFrom('', 'Met at a conference; likes tea, not coffee', 'Line one\nline two'),
});
type Person = (typeof person extends fc.Arbitrary<infer T> ? T : never) & { i: number };

const book = fc
  .uniqueArray(person, { selector: (p) => nameKey(p.name), minLength: 1, maxLength: 10 })
  .map((people) => people.map((p, i) => ({ ...p, i })));

const line = (name: string, value: string) => foldLine(`${name}:${value}`);

function toVCard(people: Person[]): string {
  return people
    .map((p) =>
      [
        'BEGIN:VCARD\r\n',
        'VERSION:3.0\r\n',
        p.uid
          ? line('UID', `urn:uuid:00000000-0000-4000-8000-${String(p.i).padStart(12, '0')}`)
          : '',
        line('FN', escapeText(p.name)),
        p.company ? line('ORG', escapeText(p.company)) : '',
        p.email ? line('EMAIL', `person${p.i}@example.com`) : '',
        ...p.phones.map((t) => line('TEL', escapeText(t))),
        p.website ? line('URL', escapeText(p.website)) : '',
        p.linkedin ? line('URL', `https://www.linkedin.com/in/person-${p.i}/`) : '',
        p.notes ? line('NOTE', escapeText(p.notes)) : '',
        'END:VCARD\r\n',
      ].join(''),
    )
    .join('');
}

async function setup() {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  const store = await openStore({ dataDir: tempDir(), clock });
  let n = 0;
  const service = new ImportService(store, clock, new EventBus(), () => `id-${++n}`);
  const importText = async (text: string) => {
    const bytes = Buffer.from(text);
    const preview = await service.preview({ requestId: `r${++n}`, fileName: 'f.vcf', bytes });
    const result = await service.commit({ token: preview.token, choices: {} });
    return { preview, result };
  };
  return { store, importText };
}

/** Which generated person each contact holds, by the names it carries. */
const peopleIn = (contacts: { name: string }[]) => contacts.map((c) => nameKey(c.name)).sort();

describe('import identity over generated address books', () => {
  it("importing a file twice, or Netwell's own export of it, changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(book, async (people) => {
        const { store, importText } = await setup();
        const file = toVCard(people);
        const first = await importText(file);
        expect(first.result.created).toBe(people.length);
        const after = store.read().contacts;
        for (const again of [file, contactsToVCard(after)]) {
          const { preview, result } = await importText(again);
          expect(preview.counts).toMatchObject({ new: 0, updating: 0, unticked: 0, skipped: 0 });
          expect(result).toMatchObject({ created: 0, merged: 0 });
          expect(store.read().contacts).toEqual(after);
        }
        await store.close();
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('never merges two distinct people, whether in one file or across imports', async () => {
    await fc.assert(
      fc.asyncProperty(book, fc.nat(), async (people, cut) => {
        const { store, importText } = await setup();
        const at = cut % (people.length + 1);
        if (at > 0) await importText(toVCard(people.slice(0, at)));
        const before = store.read().contacts;
        if (at < people.length) await importText(toVCard(people.slice(at)));
        const contacts = store.read().contacts;
        // One contact per person, each with only their own email and their own name.
        expect(peopleIn(contacts)).toEqual(peopleIn(people));
        for (const c of contacts) {
          const p = people.find((q) => nameKey(q.name) === nameKey(c.name))!;
          expect(c.emails).toEqual(p.email ? [`person${p.i}@example.com`] : []);
        }
        // The people already there are untouched by the second file.
        expect(contacts.slice(0, before.length)).toEqual(before);
        await store.close();
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
