import type { Page } from '@playwright/test';
import type { Contact } from '../../electron/shared/contact';
import type { ContactProfile } from '../../electron/shared/crm/crm-views';
import type { Meeting } from '../../electron/shared/crm/meeting';
import { expect, test, type WebHostFixture } from './fixtures';
import { callApi, MeetingsPage, seedMeetings } from './pages/MeetingsPage';

const NOW = '2026-12-02T09:00:00Z';

async function addContact(page: Page, name: string): Promise<Contact> {
  return callApi<Contact>(page, 'contacts.create', { name });
}

async function meetings(page: Page): Promise<Meeting[]> {
  return (await callApi<{ meetings: Meeting[] }>(page, 'meetings.list')).meetings;
}

/** The local date and time (in the host's zone) `hours` after NOW, as the form's fields take them. */
async function localAfter(host: WebHostFixture, hours: number) {
  const { boundaries } = await host.state();
  const at = new Date(Date.parse(NOW) + hours * 3_600_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: boundaries.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

test.beforeEach(async ({ host }) => {
  await host.setClock(NOW);
});

test('a coffee proposed from a contact is confirmed, then done with a note that reaches the timeline', async ({
  page,
  host,
}) => {
  const ana = await addContact(page, 'Ana Lima');
  const meetingsPage = new MeetingsPage(page);
  await meetingsPage.open(host, `/new?contact=${ana.id}`);
  await expect(meetingsPage.form).toBeVisible();
  await expect(
    meetingsPage.form.getByRole('list', { name: 'Chosen' }).getByLabel('Ana Lima'),
  ).toBeChecked();

  const when = await localAfter(host, 26);
  await meetingsPage.fill({ ...when, place: 'Café Central, Lisbon', agenda: 'Her new book' });
  await meetingsPage.submitButton.click();
  await expect(meetingsPage.form).toBeHidden();

  const coffee = meetingsPage.meeting('Coffee with Ana Lima', meetingsPage.proposed);
  await expect(coffee).toContainText('Café Central, Lisbon');
  await expect(coffee).toContainText('Her new book');
  await expect(coffee.getByRole('link', { name: /^Map/ })).toHaveAttribute(
    'href',
    'https://www.openstreetmap.org/search?query=Caf%C3%A9+Central%2C+Lisbon',
  );
  await expect(coffee.getByRole('link', { name: 'Ana Lima' })).toHaveAttribute(
    'href',
    `#/contacts/${ana.id}`,
  );

  await meetingsPage.action(coffee, 'Confirm').click();
  const confirmed = meetingsPage.meeting('Coffee with Ana Lima', meetingsPage.comingUp);
  await expect(confirmed).toContainText('Confirmed');

  // The day after, it has happened.
  const [stored] = await meetings(page);
  await host.setClock(new Date(Date.parse(stored!.start) + 2 * 3_600_000).toISOString());
  await meetingsPage.markDone(confirmed, 'Lovely chat; she will send the draft.');
  const done = meetingsPage.meeting('Coffee with Ana Lima', meetingsPage.past);
  await expect(done).toContainText('Lovely chat; she will send the draft.');
  await expect(meetingsPage.comingUp).toContainText('Nothing agreed yet');

  // The contact's page shows it on the timeline.
  await done.getByRole('link', { name: 'Ana Lima' }).click();
  const timeline = page.getByRole('main').getByRole('region', { name: 'Timeline', exact: true });
  await expect(timeline.getByRole('listitem').first()).toContainText('Meeting');
  await expect(timeline).toContainText('Lovely chat; she will send the draft.');

  const profile = await callApi<ContactProfile>(page, 'contacts.profile', { id: ana.id });
  expect(profile.interactions).toEqual([
    expect.objectContaining({
      kind: 'meeting',
      channel: 'in-person',
      meetingId: stored!.id,
      note: 'Lovely chat; she will send the draft.',
    }),
  ]);
});

test('the form keeps what was typed when something is missing, and explains', async ({
  page,
  host,
}) => {
  await addContact(page, 'Ana Lima');
  const meetingsPage = new MeetingsPage(page);
  await meetingsPage.open(host);
  await meetingsPage.proposeButton.click();
  await expect(meetingsPage.form.getByRole('radio', { name: 'Coffee' })).toBeFocused();
  await meetingsPage.form.getByRole('textbox', { name: 'Place' }).fill('The park');
  await meetingsPage.submitButton.click();
  await expect(meetingsPage.errorSummary).toBeFocused();
  await expect(meetingsPage.errorSummary).toContainText('Choose the day.');
  await expect(meetingsPage.errorSummary).toContainText('Choose who you are meeting.');
  await expect(meetingsPage.form.getByRole('textbox', { name: 'Place' })).toHaveValue('The park');

  await meetingsPage.errorSummary
    .getByRole('link', { name: 'Choose who you are meeting.' })
    .click();
  await expect(
    meetingsPage.form.getByRole('searchbox', { name: 'Find someone to add' }),
  ).toBeFocused();
});

test('two overlapping meetings are flagged on both', async ({ page, host }) => {
  const ana = await addContact(page, 'Ana Lima');
  const ben = await addContact(page, 'Ben Costa');
  await callApi(page, 'meetings.propose', {
    kind: 'coffee',
    start: '2026-12-03T10:00:00.000Z',
    durationMin: 45,
    contactIds: [ana.id],
  });
  await callApi(page, 'meetings.propose', {
    kind: 'lunch',
    start: '2026-12-03T10:30:00.000Z',
    durationMin: 60,
    contactIds: [ben.id],
  });
  const meetingsPage = new MeetingsPage(page);
  await meetingsPage.open(host);
  await expect(meetingsPage.meeting('Coffee with Ana Lima')).toContainText(
    'Overlaps with Lunch with Ben Costa by 15 min',
  );
  await expect(meetingsPage.meeting('Lunch with Ben Costa')).toContainText(
    'Overlaps with Coffee with Ana Lima by 15 min',
  );

  // Cancelling one clears the flag on the other.
  const lunch = meetingsPage.meeting('Lunch with Ben Costa');
  await meetingsPage.action(lunch, 'Cancel').click();
  await lunch.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(meetingsPage.meeting('Lunch with Ben Costa', meetingsPage.past)).toContainText(
    'Cancelled',
  );
  await expect(meetingsPage.meeting('Coffee with Ana Lima')).not.toContainText('Overlaps');
});

test('a name changed while the Meetings page was closed is the new one when it opens again', async ({
  page,
  host,
}) => {
  const ana = await addContact(page, 'Ana Lima');
  await callApi(page, 'meetings.propose', {
    kind: 'coffee',
    start: '2026-12-03T10:00:00.000Z',
    durationMin: 45,
    contactIds: [ana.id],
  });
  const meetingsPage = new MeetingsPage(page);
  await meetingsPage.open(host);
  await expect(meetingsPage.meeting('Coffee with Ana Lima')).toBeVisible();

  await meetingsPage.shell.goTo('Settings');
  await callApi(page, 'contacts.update', { id: ana.id, draft: { name: 'Ana Maria Lima' } });
  await meetingsPage.shell.goTo('Meetings');
  await expect(meetingsPage.meeting('Coffee with Ana Maria Lima')).toBeVisible();
});

test('a meeting can move to another time', async ({ page, host }) => {
  const ana = await addContact(page, 'Ana Lima');
  const coffee = await callApi<Meeting>(page, 'meetings.propose', {
    kind: 'coffee',
    start: '2026-12-03T10:00:00.000Z',
    durationMin: 45,
    contactIds: [ana.id],
  });
  await callApi(page, 'meetings.transition', { id: coffee.id, action: { to: 'confirmed' } });
  const meetingsPage = new MeetingsPage(page);
  await meetingsPage.open(host);
  const card = meetingsPage.meeting('Coffee with Ana Lima');
  await meetingsPage.action(card, 'Reschedule').click();
  await expect(card.getByLabel('New date')).toBeFocused();
  const later = await localAfter(host, 50);
  await card.getByLabel('New date').fill(later.date);
  await card.getByLabel('New time').fill(later.time);
  await card.getByRole('button', { name: 'Save new time' }).click();
  await expect(meetingsPage.meeting('Coffee with Ana Lima', meetingsPage.comingUp)).toContainText(
    'Rescheduled',
  );
  const [moved] = await meetings(page);
  expect(moved).toMatchObject({
    status: 'rescheduled',
    start: new Date(Date.parse(NOW) + 50 * 3_600_000).toISOString(),
  });
});

test('a past date asks first; confirming records it', async ({ page, host }) => {
  await addContact(page, 'Ana Lima');
  const meetingsPage = new MeetingsPage(page);
  await meetingsPage.open(host);
  await meetingsPage.proposeButton.click();
  const before = await localAfter(host, -48);
  await meetingsPage.fill({ kind: 'Walk', ...before, people: ['Ana Lima'] });
  await meetingsPage.submitButton.click();
  await expect(meetingsPage.pastQuestion).toContainText('That time is in the past.');
  await expect(meetingsPage.pastQuestion).toBeFocused();
  expect(await meetings(page)).toEqual([]);

  await meetingsPage.recordItButton.click();
  await expect(meetingsPage.form).toBeHidden();
  await expect(meetingsPage.meeting('Walk with Ana Lima', meetingsPage.proposed)).toBeVisible();
  expect(await meetings(page)).toHaveLength(1);
});

test('a meeting 30 minutes away is announced even outside networking windows', async ({
  page,
  host,
}) => {
  const ana = await addContact(page, 'Ana Lima');
  const start = '2026-12-02T15:00:00.000Z';
  await callApi<Meeting>(page, 'meetings.propose', {
    kind: 'coffee',
    start,
    durationMin: 45,
    place: 'Café Central',
    contactIds: [ana.id],
  });
  const meetingsPage = new MeetingsPage(page);
  await meetingsPage.open(host);
  await meetingsPage.action(meetingsPage.meeting('Coffee with Ana Lima'), 'Confirm').click();
  await expect(meetingsPage.meeting('Coffee with Ana Lima', meetingsPage.comingUp)).toBeVisible();

  // No schedule: no window is open.
  expect((await host.state()).boundaries.state).not.toBe('open');
  await host.setClock(new Date(Date.parse(start) - 31 * 60_000).toISOString());
  expect((await host.state()).notifications.some((n) => n.kind === 'meeting-soon')).toBe(false);
  const state = await host.advanceClock(60_000);
  const soon = state.notifications.filter((n) => n.kind === 'meeting-soon');
  expect(soon).toHaveLength(1);
  expect(soon[0]).toMatchObject({ route: 'meetings' });
  expect(`${soon[0]!.title} ${soon[0]!.body}`).toContain('Ana Lima');
});

test('the Meetings page, filled: overlaps, notes and people you could meet', async ({
  page,
  host,
}) => {
  await seedMeetings(page);
  const meetingsPage = new MeetingsPage(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await meetingsPage.open(host);
  await expect(meetingsPage.meeting('Coffee with Ana Lima', meetingsPage.comingUp)).toContainText(
    'Overlaps with Lunch with Ben Costa and Cy Okafor by 15 min',
  );
  await expect(meetingsPage.meeting('Walk with Cy Okafor', meetingsPage.past)).toContainText(
    'Talked about moving to Porto.',
  );
  const dee = meetingsPage.suggestions.getByRole('listitem').filter({ hasText: 'Dee Marsh' });
  await expect(dee.getByRole('textbox', { name: 'Message to Dee Marsh' })).toHaveValue(/Dee/);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dee.getByRole('button', { name: /^Copy message/ }).click();
  await expect(meetingsPage.shell.toast).toContainText('Message to Dee Marsh copied.');
});
