import { axe } from './axe';
import type { Page } from '@playwright/test';
import { expect, test, type WebHostFixture } from './fixtures';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { EventsPage } from './pages/EventsPage';
import { CheckInDialog, InsightsPage } from './pages/InsightsPage';
import { callApi } from './pages/MeetingsPage';
import { SchedulePage } from './pages/SchedulePage';
import { SettingsPage } from './pages/SettingsPage';

// Check-ins over a simulated fortnight on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

/** March 2026 in London is on UTC (summer time starts on the 29th), so 12:00 London is 12:00Z. */
const at = (day: string, time: string) => `2026-03-${day}T${time}:00Z`;

type StoredSchedule = {
  schedule: {
    reminderLeadMin: number;
    windows: Array<{ start: string; end: string; label?: string }>;
  };
};

const storedWindows = async (page: Page) =>
  (await callApi<StoredSchedule>(page, 'schedule.get')).schedule;

/** A second tab on the same Netwell, as a user with two windows open has. */
async function secondTab(page: Page, host: WebHostFixture): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(host.url);
  return other;
}

test('Insights shortens the windows while Schedule is open: the form follows, and a later save keeps the shorter times', async ({
  page,
  host,
}) => {
  await host.setClock(at('02', '09:00')); // Monday 2 March
  const schedule = new SchedulePage(page);
  await schedule.setUp(host, 'Europe/London', [
    { days: ['Mon', 'Thu'], start: '12:00', end: '12:45', label: 'Outreach' },
  ]);

  // Three windows in a row that felt like a chore: Insights suggests shorter windows.
  const checkIn = new CheckInDialog(page);
  for (const day of ['02', '05', '09']) {
    await host.setClock(at(day, '12:00'));
    await host.activity({ focused: true, idleSeconds: 0 });
    await host.setClock(at(day, '12:30'));
    await host.activity({ focused: false });
    await host.setClock(at(day, '12:50'));
    await expect(checkIn.dialog).toBeVisible();
    await checkIn.answer(2, true);
    await expect(checkIn.dialog).toBeHidden();
  }
  await expect(schedule.window(1).getByLabel('End', { exact: true })).toHaveValue('12:45');

  // In another window, Insights → "Make my windows 25% shorter".
  const other = await secondTab(page, host);
  await new AppShell(other).goTo('Insights');
  const card = new InsightsPage(other).suggestions.getByRole('article', {
    name: 'Networking has felt like a chore lately',
  });
  await card.getByRole('button', { name: 'Make my windows 25% shorter' }).click();
  await expect(new AppShell(other).toast).toContainText('Your weekly windows are now 25% shorter.');

  // The Schedule page shows the new end at once, with nothing to confirm (it had no edits).
  await expect(schedule.window(1).getByLabel('End', { exact: true })).toHaveValue('12:35');
  await expect(schedule.form.getByText('This was changed elsewhere')).toHaveCount(0);

  // Another change saved there keeps the shorter window.
  await schedule.reminderLead.fill('10');
  await schedule.save();
  await expect(schedule.shell.toast).toContainText('Schedule saved.');
  const saved = await storedWindows(page);
  expect(saved.reminderLeadMin).toBe(10);
  expect(saved.windows.map((w) => `${w.start}–${w.end}`)).toEqual(['12:00–12:35']);
});

test('a form with unsaved edits says what changed elsewhere, keeps the edits, and saves both', async ({
  page,
  host,
}) => {
  await host.setClock(at('02', '09:00'));
  const schedule = new SchedulePage(page);
  await schedule.setUp(host, 'Europe/London', [
    { days: ['Mon'], start: '12:00', end: '12:45', label: 'Outreach' },
    { days: ['Thu'], start: '18:00', end: '18:30' },
  ]);
  // An unsaved edit here: window 2 gets a label.
  await schedule
    .window(2)
    .getByRole('textbox', { name: /^Label/ })
    .fill('Meetup');

  // Elsewhere, window 1 ends earlier and the closing notice changes.
  const other = await secondTab(page, host);
  const there = new SchedulePage(other);
  await there.open(host);
  await there.window(1).getByLabel('End', { exact: true }).fill('12:30');
  await there.closingNotice.fill('3');
  await there.save();
  await expect(there.shell.toast).toContainText('Schedule saved.');

  const notice = schedule.form.getByRole('status').filter({ hasText: 'changed elsewhere' });
  await expect(notice).toContainText('This was changed elsewhere (Closing notice, Window 1).');
  // Fields not edited here show the saved values; the edit is still there.
  await expect(schedule.window(1).getByLabel('End', { exact: true })).toHaveValue('12:30');
  await expect(schedule.closingNotice).toHaveValue('3');
  await expect(schedule.window(2).getByRole('textbox', { name: /^Label/ })).toHaveValue('Meetup');

  await notice.getByRole('button', { name: 'Keep my edits' }).click();
  await expect(notice).toHaveCount(0);
  await schedule.save();
  await expect(schedule.shell.toast).toContainText('Schedule saved.');
  const saved = await storedWindows(page);
  expect(saved.windows.map((w) => `${w.start}–${w.end} ${w.label ?? ''}`)).toEqual([
    '12:00–12:30 Outreach',
    '18:00–18:30 Meetup',
  ]);
  expect(
    (await callApi<{ schedule: { closingMin: number } }>(page, 'schedule.get')).schedule.closingMin,
  ).toBe(3);
});

test('when the same field was changed here and elsewhere, the user chooses; "Use the saved version" drops the edits', async ({
  page,
  host,
}) => {
  await host.setClock(at('02', '09:00'));
  const schedule = new SchedulePage(page);
  await schedule.setUp(host, 'Europe/London', [
    { days: ['Mon'], start: '12:00', end: '12:45', label: 'Outreach' },
  ]);
  const end = schedule.window(1).getByLabel('End', { exact: true });
  await end.fill('13:00');

  const other = await secondTab(page, host);
  const there = new SchedulePage(other);
  await there.open(host);
  await there.window(1).getByLabel('End', { exact: true }).fill('12:30');
  await there.save();
  await expect(there.shell.toast).toContainText('Schedule saved.');

  const notice = schedule.form.getByRole('status').filter({ hasText: 'changed elsewhere' });
  await expect(notice).toContainText('You had edited Window 1 too: the form shows your edit.');
  // Never overwritten silently.
  await expect(end).toHaveValue('13:00');
  await notice.getByRole('button', { name: 'Use the saved version' }).click();
  await expect(notice).toHaveCount(0);
  await expect(end).toHaveValue('12:30');
  // Nothing unsaved is left: moving away asks nothing.
  await schedule.shell.goTo('Today');
});

test('leaving the Schedule page with unsaved edits asks first: Stay keeps them, Discard leaves', async ({
  page,
  host,
}) => {
  await host.setClock(at('02', '09:00'));
  const schedule = new SchedulePage(page);
  await schedule.setUp(host, 'Europe/London', [
    { days: ['Mon'], start: '12:00', end: '12:45', label: 'Outreach' },
  ]);
  const start = schedule.window(1).getByLabel('Start', { exact: true });
  await start.fill('11:30');

  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await schedule.shell.navLink('Today').click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Stay' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await expect(dialog).toBeHidden();
  await expect(schedule.shell.heading).toHaveText('Schedule');
  await expect(page).toHaveURL(/#\/schedule$/);
  await expect(start).toHaveValue('11:30');

  // Back in the browser asks too; Escape stays.
  await page.goBack();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(start).toHaveValue('11:30');

  // Closing the tab asks (the browser's own question).
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
  await expect(start).toHaveValue('11:30');

  await schedule.shell.navLink('Today').click();
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(schedule.shell.heading).toHaveText('Today');
  await schedule.shell.goTo('Schedule');
  await expect(start).toHaveValue('12:00');
  // With nothing unsaved, nothing is asked.
  await schedule.shell.goTo('Today');
  await expect(dialog).toHaveCount(0);
});

test('Settings follows changes made elsewhere: budgets, the invitation nudge and a tag cadence', async ({
  page,
  host: _host,
}) => {
  await callApi(page, 'contacts.create', { name: 'Ana Lima', tags: ['mentor'] });
  const settings = new SettingsPage(page);
  await settings.open();
  const nudge = page.getByRole('spinbutton', { name: 'Nudge after (days)' });
  const tags = page.getByRole('region', { name: 'Keep in touch by tag' });
  const mentorMode = tags.getByRole('combobox', { name: 'Keep in touch with mentor' });
  await expect(mentorMode).toHaveValue('none');
  // An unsaved edit of the weekly budget.
  await settings.weeklyBudget.fill('300');

  // Another window sets the daily budget, the nudge and the mentors' cadence.
  const before = await callApi<{ boundaries: Record<string, unknown> }>(page, 'settings.get');
  await callApi(page, 'settings.update', {
    boundaries: { ...before.boundaries, dailyBudgetMin: 45 },
    invitations: { nudgeAfterDays: 3 },
  });
  await callApi(page, 'tagCadences.set', { tag: 'mentor', cadence: { every: 1, unit: 'months' } });

  // Clean forms just follow; the one with an edit keeps it and says what changed.
  await expect(nudge).toHaveValue('3');
  await expect(mentorMode).toHaveValue('every');
  await expect(settings.dailyBudget).toHaveValue('45');
  await expect(settings.weeklyBudget).toHaveValue('300');
  await expect(
    page.getByRole('status').filter({ hasText: 'This was changed elsewhere (Daily budget).' }),
  ).toBeVisible();
  await settings.saveBudgetsButton.click();
  await expect(settings.shell.toast).toContainText('Budgets and breaks saved.');
  const after = await callApi<{ boundaries: { dailyBudgetMin: number; weeklyBudgetMin: number } }>(
    page,
    'settings.get',
  );
  expect([after.boundaries.dailyBudgetMin, after.boundaries.weeklyBudgetMin]).toEqual([45, 300]);
});

test('the time zone is found by typing a city or an offset; this computer’s zone is listed first, once', async ({
  page,
  host,
}) => {
  await host.setClock('2026-12-02T10:00:00Z');
  const system = (await host.state()).machine.timeZone;
  const schedule = new SchedulePage(page);
  await schedule.open(host);

  // Opened, the list starts with this computer's zone, which is not listed again.
  await schedule.timeZone.click();
  await expect(schedule.timeZone).toHaveAttribute('aria-expanded', 'true');
  const options = schedule.timeZones.getByRole('option');
  await expect(options.first()).toContainText(`— ${system} (this computer’s zone)`);
  const all = await options.allTextContents();
  expect(all.length).toBeGreaterThan(300);
  expect(all.filter((label) => label.includes(`— ${system}`))).toHaveLength(1);
  // Every zone shows its offset and its city.
  expect(all.every((label) => /^\(UTC[+-]\d{2}:\d{2}\) \S/.test(label))).toBe(true);
  const results = await axe(page).include('#schedule-zone').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // An offset finds the zones there.
  await schedule.timeZone.fill('+05:30');
  await expect(options.first()).toContainText('(UTC+05:30)');

  // Type "Berlin": one match, picked with the keyboard.
  await schedule.timeZone.fill('Berlin');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText('(UTC+01:00) Berlin — Europe/Berlin');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(schedule.timeZones).toBeHidden();
  await expect(schedule.timeZone).toHaveValue('(UTC+01:00) Berlin — Europe/Berlin');

  await schedule.save();
  await expect(schedule.shell.toast).toContainText('Schedule saved.');
  const saved = await callApi<{ schedule: { timeZone: string | null } }>(page, 'schedule.get');
  expect(saved.schedule.timeZone).toBe('Europe/Berlin');
  await page.reload();
  await expect(schedule.timeZone).toHaveValue('(UTC+01:00) Berlin — Europe/Berlin');
  await expect(page.getByText('Times in Europe/Berlin')).toBeVisible();

  // Escape leaves the choice as it was.
  await schedule.timeZone.fill('Lisb');
  await page.keyboard.press('Escape');
  await expect(schedule.timeZone).toHaveValue('(UTC+01:00) Berlin — Europe/Berlin');
});

test('editing a contact: a change saved in another window shows in the form and is not undone by saving', async ({
  page,
  host,
}) => {
  const ana = await callApi<{ id: string }>(page, 'contacts.create', {
    name: 'Ana Lima',
    company: 'Acme',
  });
  const contacts = new ContactsPage(page);
  await page.goto(`${host.url}/#/contacts/${ana.id}/edit`);
  await expect(contacts.formHeading).toHaveText('Edit Ana Lima');
  await contacts.field('notes').fill('Met at the Lisbon meetup');

  // Another window changes her company.
  const other = await secondTab(page, host);
  const there = new ContactsPage(other);
  await other.goto(`${host.url}/#/contacts/${ana.id}/edit`);
  await there.field('company').fill('Globex');
  await there.saveButton.click();
  await expect(there.detailHeading).toHaveText('Ana Lima');

  await expect(contacts.field('company')).toHaveValue('Globex');
  await expect(contacts.field('notes')).toHaveValue('Met at the Lisbon meetup');
  await expect(
    page.getByRole('status').filter({ hasText: 'This was changed elsewhere (Company).' }),
  ).toBeVisible();
  await contacts.saveButton.click();
  await expect(contacts.detailHeading).toHaveText('Ana Lima');
  const saved = await callApi<{ company: string; notes: string }>(page, 'contacts.get', {
    id: ana.id,
  });
  expect([saved.company, saved.notes]).toEqual(['Globex', 'Met at the Lisbon meetup']);
});

test('editing an event: a change saved in another window shows in the form and survives saving', async ({
  page,
  host,
}) => {
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const events = new EventsPage(page);
  await events.open(host);
  await events.create({
    name: 'Design meetup',
    startDate: nextWeek,
    startTime: '18:30',
    endTime: '21:00',
    city: 'Lisbon',
    notes: 'Short talks.',
  });
  const card = events.event('Design meetup');
  await card.getByRole('button', { name: 'Edit Design meetup' }).click();
  const form = events.editForm(card);
  await form.getByRole('textbox', { name: 'Notes' }).fill('Short talks, then drinks.');

  // Another window moves it to Porto.
  const other = await secondTab(page, host);
  const there = new EventsPage(other);
  await there.open(host);
  const theirCard = there.event('Design meetup');
  await theirCard.getByRole('button', { name: 'Edit Design meetup' }).click();
  const theirForm = there.editForm(theirCard);
  await theirForm.getByRole('textbox', { name: 'City' }).fill('Porto');
  await theirForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(theirForm).toBeHidden();

  await expect(form.getByRole('textbox', { name: 'City' })).toHaveValue('Porto');
  await expect(form.getByRole('status').filter({ hasText: 'changed elsewhere' })).toContainText(
    'This was changed elsewhere (City).',
  );
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(card).toContainText('Porto');
  await expect(card).toContainText('Short talks, then drinks.');
});
