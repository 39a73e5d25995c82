import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { runPython } from '../fixtures/python';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { EventsPage } from './pages/EventsPage';
import { allContacts, callApi } from './pages/MeetingsPage';
import { slowUploads } from './pages/slowUploads';
import { YourDataSection } from './pages/YourDataSection';

const textOf = async (download: Download) => readFile((await download.path())!, 'utf8');

async function openYourData(page: Page): Promise<YourDataSection> {
  await new AppShell(page).goTo('Settings');
  const section = new YourDataSection(page);
  await expect(section.region).toBeVisible();
  return section;
}

test('exports every contact as vCard and an event as .ics, both read by the Debian clients', async ({
  page,
  host,
}) => {
  const note = 'Met at the fair; talked about A, B and C.\nSend the deck';
  const ana = await callApi<{ id: string }>(page, 'contacts.create', {
    name: 'Ana Lima',
    company: 'Acme, Inc; Lisbon',
    emails: ['ana@example.com'],
    tags: ['design'],
    notes: note,
  });
  await callApi(page, 'contacts.create', { name: 'Ben Costa', emails: ['ben@example.com'] });
  const archived = await callApi<{ id: string }>(page, 'contacts.create', { name: 'Old Friend' });
  await callApi(page, 'contacts.setFlags', { id: archived.id, archived: true });

  // Settings → Your data: all active contacts in one vCard file.
  const yourData = await openYourData(page);
  const [vcf] = await Promise.all([
    page.waitForEvent('download'),
    yourData.button('Export contacts (vCard)').click(),
  ]);
  expect(vcf.suggestedFilename()).toMatch(/^netwell-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
  const cards = runPython<{ fn: string; emails: string[]; note: string | null; org: string[] }[]>(
    'read_vcard.py',
    await textOf(vcf),
  );
  expect(cards.map((c) => c.fn).sort()).toEqual(['Ana Lima', 'Ben Costa']);
  const anaCard = cards.find((c) => c.fn === 'Ana Lima')!;
  expect(anaCard.note).toBe(note);
  expect(anaCard.org).toEqual(['Acme, Inc; Lisbon']);
  expect(anaCard.emails).toEqual(['ana@example.com']);

  // An event with a guest who accepted: "Add to calendar" downloads the .ics in the browser.
  const start = new Date(Date.now() + 7 * 86_400_000);
  start.setUTCHours(18, 30, 0, 0);
  const event = await callApi<{ id: string; uid: string }>(page, 'events.save', {
    id: null,
    event: {
      name: 'Design meetup',
      kind: 'meetup',
      start: start.toISOString(),
      end: new Date(start.getTime() + 2.5 * 3_600_000).toISOString(),
      place: 'Fábrica, Braço de Prata',
      myStatus: 'going',
    },
  });
  const [invitation] = await callApi<{ id: string }[]>(page, 'events.invite', {
    eventId: event.id,
    contactIds: [ana.id],
    sent: true,
  });
  await callApi(page, 'invitations.setStatus', { id: invitation!.id, status: 'accepted' });
  const events = new EventsPage(page);
  await events.open(host);
  const card = events.event('Design meetup');
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Add to calendar Design meetup' }).click(),
  ]);
  expect(ics.suggestedFilename()).toBe('design-meetup.ics');
  await expect(new AppShell(page).toast).toContainText('design-meetup.ics is in your downloads');
  const text = await textOf(ics);
  const expected = {
    uid: event.uid,
    summary: 'Design meetup',
    dtstart: `${start.toISOString().slice(0, 19)}Z`,
    location: 'Fábrica, Braço de Prata',
    sequence: 0,
    attendees: [{ address: 'mailto:ana@example.com', cn: 'Ana Lima', partstat: 'ACCEPTED' }],
  };
  for (const reader of ['vobject', 'icalendar']) {
    const seen = runPython<{ events: unknown[] }>('read_ics.py', text, [reader]);
    expect(seen.events).toEqual([expect.objectContaining(expected)]);
  }
});

test('restores an automatic backup from Settings in one click, and the restore can be undone', async ({
  page,
  host,
}) => {
  // The first start backs up the (empty) data; an hour later a change backs up again.
  await callApi(page, 'contacts.create', { name: 'Ana Lima' });
  await host.advanceClock(61 * 60_000);
  await callApi(page, 'contacts.create', { name: 'Ben Costa' });
  const names = async () => (await allContacts(page)).map((c) => c.name).sort();
  expect(await names()).toEqual(['Ana Lima', 'Ben Costa']);

  const yourData = await openYourData(page);
  const rows = yourData.backups.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Automatic backup');
  await expect(rows.first()).toContainText(/\d+(\.\d)? (KB|bytes)/);

  // The oldest: the empty start.
  await rows
    .last()
    .getByRole('button', { name: /^Restore the backup from/ })
    .click();
  await expect(yourData.confirm).toContainText('safety copy');
  await yourData.confirm.getByRole('button', { name: 'Yes, restore' }).click();
  const shell = new AppShell(page);
  await expect(shell.toast).toContainText('Restored: 0 contacts.');
  expect(await names()).toEqual([]);
  // The safety copy is listed too.
  await expect(yourData.backups).toContainText('Safety copy (before a restore)');

  await shell.toast.getByRole('button', { name: 'Undo' }).click();
  await expect(shell.toast).toContainText('back as it was before the restore');
  expect(await names()).toEqual(['Ana Lima', 'Ben Costa']);
});

test('a file that is not a backup gets a clear message and changes nothing', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await callApi(page, 'contacts.create', { name: 'Ana Lima' });
  const yourData = await openYourData(page);
  await yourData.region.getByLabel('Restore from a backup file').setInputFiles({
    name: 'contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('First Name,Last Name\nAna,Lima\n'),
  });
  await yourData.confirm.getByRole('button', { name: 'Yes, restore' }).click();
  await expect(yourData.region.getByRole('alert')).toContainText(
    'This file cannot be restored: it is not a Netwell backup',
  );
  const contacts = await allContacts(page);
  expect(contacts.map((c) => c.name)).toEqual(['Ana Lima']);
});

test('a 7 MB backup file is restored in the browser, with progress, and can be cancelled first', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  // A real backup grown to 7 MB: one message of it used to bring the browser host down.
  await callApi(page, 'contacts.create', { name: 'Ana Lima', notes: 'x' });
  const file = await callApi<{ text: string }>(page, 'backup.export');
  const doc = JSON.parse(file.text) as { data: { contacts: Record<string, unknown>[] } };
  const template = doc.data.contacts[0]!;
  const notes = 'Talked about gardens, trains and "quotes"\n'.repeat(150);
  doc.data.contacts = Array.from({ length: 1200 }, (_, i) => ({
    ...template,
    id: `big-${i}`,
    name: `Person ${i}`,
    notes,
  }));
  const buffer = Buffer.from(JSON.stringify(doc));
  expect(buffer.length).toBeGreaterThan(7 * 1024 * 1024);
  await callApi(page, 'contacts.create', { name: 'Ben Costa' });

  await slowUploads(page, 250);
  await page.goto(host.url);
  const yourData = await openYourData(page);
  const input = yourData.region.getByLabel('Restore from a backup file');
  const shell = new AppShell(page);
  const progress = yourData.region.getByRole('progressbar', { name: 'Uploading the backup' });

  // Cancelled while it uploads: nothing changes.
  await input.setInputFiles({ name: 'big-backup.json', mimeType: 'application/json', buffer });
  await yourData.confirm.getByRole('button', { name: 'Yes, restore' }).click();
  await expect(progress).toBeVisible();
  await expect(yourData.region.getByRole('status')).toHaveText(/^Uploading \d+%$/);
  await yourData.button('Cancel').click();
  await expect(shell.toast).toContainText('Restore cancelled. Nothing was changed.');
  await expect(progress).toBeHidden();
  const names = async () => (await allContacts(page)).map((c) => c.name).sort();
  expect(await names()).toEqual(['Ana Lima', 'Ben Costa']);

  // Then restored, in a page whose socket is not wrapped (Playwright's wrapper drops the
  // 8 MB contact list the page reads after the restore): every contact is there.
  const fresh = await page.context().newPage();
  await fresh.goto(host.url);
  const again = await openYourData(fresh);
  await again.region
    .getByLabel('Restore from a backup file')
    .setInputFiles({ name: 'big-backup.json', mimeType: 'application/json', buffer });
  await again.confirm.getByRole('button', { name: 'Yes, restore' }).click();
  await expect(new AppShell(fresh).toast).toContainText('Restored: 1200 contacts.', {
    timeout: 30_000,
  });
  const count = await callApi<{ matches: number }>(fresh, 'contacts.page', { limit: 1 });
  expect(count.matches).toBe(1200);
});

test('a file over the limit is refused before anything is sent, naming the limit', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const yourData = await openYourData(page);
  // A sparse 129 MB file: the page reads its size only.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type=file][accept^=".json"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(129 * 1024 * 1024)], 'huge.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(yourData.region.getByRole('alert')).toHaveText(
    'huge.json is 129 MB; Netwell takes files up to 128 MB. Nothing was changed.',
  );
  await expect(yourData.confirm).toBeHidden();
});
