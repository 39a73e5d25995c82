import { axe, AXE_TAGS } from './axe';
import type { Page } from '@playwright/test';
import { expect, test, type WebHostFixture } from './fixtures';
import { AppShell } from './pages/AppShell';
import { SafetyPage } from './pages/SafetyPage';
import { ContactsPage } from './pages/ContactsPage';
import { EventsPage } from './pages/EventsPage';
import { callApi, MeetingsPage, SEED_NOW, seedMeetings } from './pages/MeetingsPage';
import { SchedulePage } from './pages/SchedulePage';
import { SettingsPage } from './pages/SettingsPage';
import { SyncSection } from './pages/SyncSection';
import { FOUND, NOT_CONNECTED, standInForSync, waitingForUser } from './sync-stand-in';
import { seedToday, TodayPage } from './pages/TodayPage';
import { WorkspacePage } from './pages/WorkspacePage';

// Axe over a full page takes a while on a busy 2-core machine (one test scans up to eight pages:
// 2.1 min once, under a load of 8 on 2 cores).
test.describe.configure({ timeout: 240_000 });

/** The rules whose answer depends on the colours: the only ones that can differ in dark mode. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe in both colour schemes on the same page state (reduced motion, so no colour is caught
 * mid-transition). One run per state, not one test per scheme: the whole suite stays quick. The
 * page is the same in both but for its colours, so dark mode is checked for the colour rules.
 */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const scan = axe(page);
    const results = await (
      colorScheme === 'light' ? scan.withTags(AXE_TAGS) : scan.withRules(COLOUR_RULES)
    ).analyze();
    const summary = results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
    expect(summary, `axe violations on ${what} (light and dark)`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
}

async function addSampleContacts(contacts: ContactsPage): Promise<void> {
  await contacts.add({
    name: 'Ana Lima',
    company: 'Acme',
    role: 'Designer',
    emails: ['ana@example.com'],
    links: ['https://www.linkedin.com/in/ana-lima'],
    tags: ['design', 'mentor'],
    howWeMet: 'UX meetup in Lisbon',
    notes: 'Ask how the book is going.',
  });
  await contacts.add({ name: 'Bruno Costa', company: 'Northwind', role: 'Engineer' });
}

test.describe(`light and dark mode`, () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('Today, Insights and Settings have no axe violations', async ({ page, host }) => {
    const shell = new AppShell(page);
    await page.goto(`${host.url}/#/today`);
    await expect(shell.heading).toHaveText('Today');
    await expect(page.getByRole('region', { name: 'Networking windows' })).toContainText(
      'No networking window is open right now.',
    );
    await expect(page.getByRole('region', { name: 'Welcome to Netwell' })).toBeVisible();
    await expectNoViolations(page, 'Today');

    await shell.goTo('Insights');
    await expect(page.getByRole('figure', { name: 'Minutes per week' })).toBeVisible();
    await expectNoViolations(page, 'Insights');

    const settings = new SettingsPage(page);
    await settings.open();
    await expect(settings.about).toContainText(host.dataDir);
    await expectNoViolations(page, 'Settings');
  });

  test('Schedule, Workspace (locked and open) and Settings have no axe violations', async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    await host.setClock('2026-12-02T10:00:00Z');
    const schedule = new SchedulePage(page);
    await schedule.setUp(host, 'Europe/London', [
      { days: ['Wed', 'Fri'], start: '12:00', end: '12:45', label: 'LinkedIn' },
      { days: ['Thu'], start: '23:30', end: '00:15' },
    ]);
    await schedule.takeDaysOff(1, 'A holiday');
    await expect(schedule.day(/^Today/)).toContainText('Day off — holiday');
    await schedule.upcoming.getByRole('button', { name: /^Remove day off/ }).click();
    await expect(schedule.day(/^Today/)).toContainText('12:00–12:45');
    await expectNoViolations(page, 'Schedule');

    await schedule.addWindow({ days: ['Wed'], start: '12:30', end: '13:00' });
    await schedule.save();
    await expect(schedule.mergeButton).toBeVisible();
    await expectNoViolations(page, 'Schedule with an overlap');

    // The refused window is not saved: leaving asks first.
    const workspace = new WorkspacePage(page);
    await workspace.shell.navLink('Workspace').click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(leave).toBeVisible();
    await expectNoViolations(page, 'the leave-without-saving question');
    await leave.getByRole('button', { name: 'Discard' }).click();
    await workspace.shell.heading.filter({ hasText: 'Workspace' }).waitFor();
    await workspace.preset('LinkedIn').click();
    await expect(workspace.removeSite('LinkedIn')).toBeVisible();
    await workspace.unlock('short');
    await expect(workspace.lockScreen).toContainText('at least 10 characters');
    await expectNoViolations(page, 'Workspace locked, with an unlock error');

    await workspace.siteAddress.fill('not a site');
    await workspace.addSiteButton.click();
    await expect(workspace.sites.getByText('A site needs a name.')).toBeVisible();
    await expectNoViolations(page, 'Workspace, the site form with errors');

    await host.setClock('2026-12-02T12:41:00Z');
    await expect(workspace.openPanel).toContainText('Closing');
    await expect(workspace.keepGoingButton).toBeVisible();
    await expectNoViolations(page, 'Workspace open');

    const settings = new SettingsPage(page);
    await settings.open();
    await settings.suggestBreaks.check();
    await settings.dailyBudget.fill('2');
    await settings.saveBudgetsButton.click();
    await expect(
      page.getByText('The daily budget must be between 5 and 1440 minutes.'),
    ).toBeVisible();
    await expectNoViolations(page, 'Settings, boundaries with an error');
  });

  test('Contacts (empty, with contacts, the form with errors) have no axe violations', async ({
    page,
    host,
  }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await expect(contacts.emptyState).toBeVisible();
    await expectNoViolations(page, 'Contacts, empty');

    await addSampleContacts(contacts);
    await contacts.choose(/Ana Lima/);
    await expect(contacts.detailHeading).toHaveText('Ana Lima');
    await expectNoViolations(page, 'Contacts, a contact open');

    await contacts.searchFor('zzz');
    await expect(page.getByText('No one matches “zzz”.')).toBeVisible();
    await expectNoViolations(page, 'Contacts, no results');
    await contacts.searchFor('');

    await contacts.newContactButton.click();
    await contacts.fill({ company: 'Acme', emails: ['not an email'] });
    await contacts.saveButton.click();
    await expect(contacts.errorSummary).toBeVisible();
    await expectNoViolations(page, 'the contact form with errors');

    await contacts.cancelButton.click();
    await contacts.choose(/Bruno Costa/);
    await contacts.deleteButton.click();
    await expect(contacts.shell.undoButton()).toBeVisible();
    await expectNoViolations(page, 'Contacts with the Undo toast');
  });

  test('Settings → Sync (the connect form, connected with what waits, the dialogs) has no axe violations', async ({
    page,
    host,
  }) => {
    await standInForSync(page, NOT_CONNECTED, (name) => {
      if (name === 'sync.discover') return { value: FOUND };
      if (name === 'sync.connect') return { status: waitingForUser(new Date().toISOString()) };
      return undefined;
    });
    await page.goto(`${host.url}/#/settings`);
    // A fresh page: its connection goes through the stand-in.
    await page.reload();
    const sync = new SyncSection(page);
    await sync.testButton.click();
    await expect(sync.server).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'Settings → Sync, the connect form with errors');

    await sync.test({ server: 'dav.example.org', username: 'ana', password: 'app-password' });
    await sync.addressBook.selectOption({ label: 'Create a new address book' });
    await expect(sync.addressBookName).toBeVisible();
    await expectNoViolations(page, 'Settings → Sync, what a test found');

    await sync.connectButton.click();
    await expect(sync.conflicts).toBeVisible();
    await expect(sync.deletions).toBeVisible();
    await expectNoViolations(page, 'Settings → Sync, connected with conflicts and deletions');

    await sync.disconnectButton.click();
    await expect(page.getByRole('dialog', { name: 'Disconnect from the server?' })).toBeVisible();
    await expectNoViolations(page, 'the disconnect question');
    await page.keyboard.press('Escape');
    await sync.changePasswordButton.click();
    const dialog = page.getByRole('dialog', { name: 'Change the password' });
    await dialog.getByRole('button', { name: 'Save password' }).click();
    await expect(dialog.getByLabel('New app password')).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'the password dialog with an error');
  });
});

test('a theme chosen in Settings wins over the system and is kept', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const settings = new SettingsPage(page);
  await page.goto(`${host.url}/#/settings`);
  await expect(settings.theme('System')).toBeChecked();

  await settings.theme('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoViolations(page, 'Settings, forced dark on a light system');

  await page.reload();
  await expect(settings.theme('Dark')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await settings.theme('System').check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
});

test('the keyboard reaches everything, starting with the skip link', async ({ page, host }) => {
  const shell = new AppShell(page);
  await gotoToday(page, host);

  await page.keyboard.press('Tab');
  await expect(shell.skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.main).toBeFocused();

  // Navigation links are in the tab order and mark the current area.
  await shell.navLink('Contacts').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/contacts$/);
  await expect(shell.heading).toHaveText('Contacts');
  await expect(shell.heading).toBeFocused();
  await expect(shell.navLink('Contacts')).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Contacts · Netwell');

  // From the empty state to a saved contact without the mouse.
  const contacts = new ContactsPage(page);
  await contacts.newContactButton.focus();
  await page.keyboard.press('Enter');
  await expect(contacts.field('name')).toBeFocused();
  await page.keyboard.type('Ana Lima');
  await page.keyboard.press('Tab');
  await expect(contacts.field('company')).toBeFocused();
  await contacts.saveButton.focus();
  await page.keyboard.press('Enter');
  await expect(contacts.detailHeading).toHaveText('Ana Lima');
  await expect(contacts.detailHeading).toBeFocused();

  // Back and forward through history follow the address.
  await page.goBack();
  await expect(shell.heading).toHaveText('Contacts');
});

test('the header shows the tray status and its quick actions', async ({ page, host }) => {
  const shell = new AppShell(page);
  await gotoToday(page, host);
  const state = await host.state();
  const statusLine = state.tray.items.find((item) => item.kind === 'status')?.label ?? '';
  await expect(shell.status).toContainText(statusLine);

  const toggle = page.getByRole('button', { name: 'Quick actions' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expectNoViolations(page, 'quick actions open');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();

  // A quick action that leads somewhere moves the window there (via the app.navigate event).
  await toggle.click();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(shell.heading).toHaveText('Settings');
  await expect(page).toHaveURL(/#\/settings$/);
});

async function gotoToday(page: Page, host: WebHostFixture): Promise<void> {
  await page.goto(`${host.url}/#/today`);
  await expect(new AppShell(page).heading).toHaveText('Today');
}

test.describe(`Meetings and Today, light and dark mode`, () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('Meetings (with meetings, the form with an error, a past date, rescheduling) have no axe violations', async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    await host.setClock(SEED_NOW);
    await seedMeetings(page);
    const meetings = new MeetingsPage(page);
    await meetings.open(host);
    await expect(meetings.meeting('Coffee with Ana Lima')).toContainText('Overlaps with');
    await expect(meetings.suggestions).toContainText('Dee Marsh');
    await expectNoViolations(page, 'Meetings with meetings');

    await meetings.proposeButton.click();
    await meetings.submitButton.click();
    await expect(meetings.errorSummary).toBeVisible();
    await expectNoViolations(page, 'Meetings, the form with errors');

    await meetings.fill({ date: '2026-11-01', time: '10:00', people: ['Ana Lima'] });
    await meetings.submitButton.click();
    await expect(meetings.recordItButton).toBeVisible();
    await expectNoViolations(page, 'Meetings, asking about a past date');

    await meetings.form.getByRole('button', { name: 'Cancel', exact: true }).click();
    const coffee = meetings.meeting('Coffee with Ana Lima');
    await meetings.action(coffee, 'Reschedule').click();
    await expect(coffee.getByLabel('New date')).toBeFocused();
    await expectNoViolations(page, 'Meetings, rescheduling');
  });

  test('Today, filled, has no axe violations', async ({ page, host }) => {
    await seedToday(page, host);
    const today = new TodayPage(page);
    await today.open(host);
    await expect(today.reconnect.getByRole('listitem')).toHaveCount(5);
    await expect(today.followUps).toContainText('Send the slides');
    await expect(today.meetings).toContainText('Coffee with Ana Lima');
    await expectNoViolations(page, 'Today, filled');
  });
});

test(`a filled contact page, the reconnect list and the log dialog have no axe violations (light and dark)`, async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await host.setClock('2026-12-02T10:00:00Z');
  const contacts = new ContactsPage(page);
  await contacts.open(host);
  await contacts.addRichContact();
  await contacts.detailButton('Block…').click();
  await expectNoViolations(page, 'a filled contact page, block confirmation open');
  await contacts.detailButton('Cancel').click();

  await host.advanceClock(60 * 86_400_000);
  await page.reload();
  await expect(contacts.reconnectItem('Ana Lima')).toBeVisible();
  await expectNoViolations(page, 'Contacts with the reconnect list');

  await contacts.filter('Blocked').check();
  await expect(contacts.count).toHaveText('0 blocked');
  await expectNoViolations(page, 'Contacts, the Blocked filter');

  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('dialog', { name: 'Log interaction' })).toBeVisible();
  await expectNoViolations(page, 'the Log interaction dialog');
  await page.keyboard.press('Escape');

  const settings = new SettingsPage(page);
  await settings.open();
  await expect(page.getByRole('region', { name: 'Keep in touch by tag' })).toContainText('mentor');
  await expectNoViolations(page, 'Settings, keep in touch by tag');
});

test(`Events (guests, a decline, who you met, the form) and Boundaries & safety have no axe violations (light and dark)`, async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'light' });
  const add = async (name: string) =>
    (await callApi<{ id: string }>(page, 'contacts.create', { name })).id;
  const ids = [await add('Ana Lima'), await add('Ben Costa'), await add('Cy Okafor')];
  const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
  const saveEvent = (name: string, from: number, to: number) =>
    callApi<{ id: string }>(page, 'events.save', {
      id: null,
      event: {
        name,
        kind: 'meetup',
        start: hours(from),
        end: hours(to),
        place: 'The Hub',
        city: 'Lisbon',
        link: 'https://example.com/meetup',
        notes: 'Bring cards.',
        myStatus: 'going',
      },
    });
  const meetup = await saveEvent('Design meetup', 120, 123);
  await saveEvent('Autumn dinner', -50, -47);
  const invitations = await callApi<{ id: string }[]>(page, 'events.invite', {
    eventId: meetup.id,
    contactIds: ids,
    sent: true,
  });
  await callApi(page, 'invitations.setStatus', { id: invitations[0]?.id, status: 'accepted' });
  await callApi(page, 'invitations.setStatus', { id: invitations[1]?.id, status: 'declined' });

  const events = new EventsPage(page);
  await events.open(host);
  const card = events.event('Design meetup');
  await expect(events.guests(card)).toContainText('1 accepted · 1 declined · 1 awaiting');
  await expect(card.getByText('Maybe another time —')).toBeVisible();
  const dinner = events.event('Autumn dinner', events.past);
  await events.whoDidYouMeet(dinner).getByRole('textbox').fill('Dana Reyes');
  await events.whoDidYouMeet(dinner).getByRole('button', { name: 'Add them' }).click();
  await expect(events.whoDidYouMeet(dinner).getByRole('status')).toContainText('Dana Reyes');
  await expectNoViolations(page, 'Events with guests');

  await card.getByRole('button', { name: /^Invite people/ }).click();
  await events.newEventButton.click();
  await events.saveButton.click();
  await expect(events.errorSummary).toBeVisible();
  await expectNoViolations(page, 'Events, the forms open, with errors');

  await callApi(page, 'settings.update', {
    sites: [{ id: 'linkedin', name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' }],
  });
  await callApi(page, 'contacts.block', { id: ids[2] });
  const safety = new SafetyPage(page);
  await safety.open(host);
  await safety.addReport({ platform: 'X', whatHappened: 'Replies to every post.' });
  await expect(safety.report(/Replies to every post/)).toBeVisible();
  await safety.takeBreak('LinkedIn', '3 days');
  await expect(safety.breakList).toContainText('LinkedIn is on a break until');
  await expect(safety.blocked).toContainText('Cy Okafor');
  await expectNoViolations(page, 'Boundaries & safety, filled');

  await safety.addReportButton.click();
  await expect(safety.reportForm.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'Boundaries & safety, the report form with an error');
});
