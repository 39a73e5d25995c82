import { axe, AXE_TAGS } from './axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi, EventsPage } from './pages/EventsPage';
import { MeetingsPage } from './pages/MeetingsPage';

/** yyyy-MM-dd, `days` from today (the browser's calendar). */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Axe over the event cards only (the full page is checked in accessibility.spec.ts). */
async function expectCardsAccessible(page: Page, what: string) {
  const results = await axe(page).include('.event-list').withTags(AXE_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

async function addContacts(page: Page, names: string[]) {
  const ids: Record<string, string> = {};
  for (const name of names) {
    ids[name] = (await callApi<{ id: string }>(page, 'contacts.create', { name })).id;
  }
  return ids;
}

test('an event with three guests: a decline is met kindly, and the counts add up', async ({
  page,
  host,
}) => {
  const ids = await addContacts(page, ['Ana Lima', 'Ben Costa', 'Cy Okafor']);
  const events = new EventsPage(page);
  await events.open(host);
  await expect(events.upcoming).toContainText('Nothing planned');

  await events.create({
    name: 'Design meetup',
    startDate: dayFromToday(7),
    startTime: '18:30',
    endTime: '21:00',
    place: 'Fábrica Braço de Prata',
    city: 'Lisbon',
    link: 'https://example.com/design-meetup',
  });
  const meetup = events.event('Design meetup', events.upcoming);
  await expect(meetup).toContainText('18:30–21:00');
  await expect(meetup).toContainText('Fábrica Braço de Prata, Lisbon');
  await expect(meetup.getByRole('radio', { name: 'Going', exact: true })).toBeChecked();
  await expect(events.guests(meetup)).toContainText('No guests yet');

  await events.invite(meetup, ['Ana Lima', 'Ben Costa', 'Cy Okafor'], true);
  await expect(events.guests(meetup)).toContainText('3 invited · 3 awaiting');
  await expect(events.invitation(meetup, 'Ana Lima')).toHaveValue('invited');

  await events.setInvitation(meetup, 'Ana Lima', 'Accepted');
  await events.setInvitation(meetup, 'Ben Costa', 'Declined');
  await expect(events.guests(meetup)).toContainText(
    '3 invited · 1 accepted · 1 declined · 1 awaiting',
  );

  // Declining the event is not declining the person: a gentle idea, no red, no alert.
  const offer = meetup.getByRole('link', { name: /offer a coffee instead\? \(Ben Costa\)/ });
  await expect(offer).toHaveAttribute(
    'href',
    `#/meetings/new?contact=${encodeURIComponent(ids['Ben Costa'] ?? '')}`,
  );
  await expect(meetup.getByText('Maybe another time —')).toBeVisible();
  await expect(meetup.getByRole('alert')).toHaveCount(0);
  await expect(meetup.locator('[aria-invalid="true"], .field-error')).toHaveCount(0);
  const noteColour = await meetup
    .locator('.guest-kind-note')
    .evaluate((el) => getComputedStyle(el).color);
  const textColour = await meetup.evaluate((el) => getComputedStyle(el).color);
  expect(noteColour).toBe(textColour);

  // Your own answer can change; it sticks.
  await meetup.getByRole('radio', { name: 'Maybe', exact: true }).check();
  await page.reload();
  await expect(
    events.event('Design meetup').getByRole('radio', { name: 'Maybe', exact: true }),
  ).toBeChecked();
});

test('the new event form explains what is missing', async ({ page, host }) => {
  const events = new EventsPage(page);
  await events.open(host);
  await events.newEventButton.click();
  await events.form.getByLabel('Start date').fill(dayFromToday(3));
  await events.form.getByLabel('Start time').fill('19:00');
  await events.form.getByLabel('End time').fill('18:00');
  await events.saveButton.click();
  await expect(events.errorSummary).toBeFocused();
  await expect(events.errorSummary).toContainText('An event needs a name.');
  await events.form.getByRole('textbox', { name: 'Name' }).fill('Dinner');
  await events.saveButton.click();
  await expect(events.errorSummary).toContainText('An event ends after it starts.');
  await events.form.getByRole('button', { name: 'Cancel' }).click();
  await expect(events.form).toBeHidden();
});

test('editing an event: the form starts from it, and the card shows the change', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  const events = new EventsPage(page);
  await events.open(host);
  await events.create({
    name: 'Design meetup',
    startDate: dayFromToday(7),
    startTime: '18:30',
    endTime: '21:00',
    place: 'Fábrica Braço de Prata',
    city: 'Lisbon',
    notes: 'Short talks.',
    going: 'Maybe',
  });
  const card = events.event('Design meetup');
  const edit = card.getByRole('button', { name: 'Edit Design meetup' });
  await edit.click();
  const form = events.editForm(card);
  await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Design meetup');
  await expect(form.getByLabel('Start date')).toHaveValue(dayFromToday(7));
  await expect(form.getByLabel('Start time')).toHaveValue('18:30');
  await expect(form.getByLabel('End time')).toHaveValue('21:00');
  await expect(form.getByRole('textbox', { name: 'Place' })).toHaveValue('Fábrica Braço de Prata');
  await expect(form.getByRole('textbox', { name: 'City' })).toHaveValue('Lisbon');
  await expect(form.getByRole('textbox', { name: 'Notes' })).toHaveValue('Short talks.');
  await expect(form.getByRole('radio', { name: 'Maybe', exact: true })).toBeChecked();

  // A mistake: the message says what, and everything typed stays.
  await form.getByRole('textbox', { name: 'Name' }).fill('');
  await form.getByRole('textbox', { name: 'Notes' }).fill('Short talks, then drinks.');
  await form.getByLabel('Start time').fill('19:00');
  await form.getByRole('button', { name: 'Save changes' }).click();
  const summary = form.getByRole('alert').filter({ hasText: 'need a look' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('An event needs a name.');
  await expect(form.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Short talks, then drinks.',
  );
  await expect(form.getByLabel('Start time')).toHaveValue('19:00');
  await expectCardsAccessible(page, 'the edit form with an error');

  await form.getByRole('textbox', { name: 'Name' }).fill('Design & product meetup');
  await form.getByRole('radio', { name: 'Going', exact: true }).check();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  const renamed = events.event('Design & product meetup', events.upcoming);
  await expect(renamed).toContainText('19:00–21:00');
  await expect(renamed).toContainText('Short talks, then drinks.');
  await expect(renamed.getByRole('radio', { name: 'Going', exact: true })).toBeChecked();
  await expect(renamed.getByRole('button', { name: 'Edit Design & product meetup' })).toBeFocused();
  await expect(events.event('Design meetup')).toHaveCount(0);

  // It sticks; Cancel changes nothing and gives focus back to Edit.
  await page.reload();
  const again = events.event('Design & product meetup');
  await again.getByRole('button', { name: /^Edit/ }).click();
  await events.editForm(again).getByRole('textbox', { name: 'Name' }).fill('Something else');
  await events.editForm(again).getByRole('button', { name: 'Cancel' }).click();
  await expect(events.editForm(again)).toBeHidden();
  await expect(again.getByRole('button', { name: /^Edit/ })).toBeFocused();
  await expect(again).toContainText('19:00–21:00');
});

test('people who live where an upcoming event is get a coffee suggestion with a message draft', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  const rui = await callApi<{ id: string }>(page, 'contacts.create', {
    name: 'Rui Alves',
    city: 'Lisbon',
  });
  await callApi(page, 'contacts.create', { name: 'Eva Marsh', city: 'Porto' });
  const start = new Date(Date.parse(`${dayFromToday(10)}T18:00:00Z`));
  await callApi(page, 'events.save', {
    id: null,
    event: {
      name: 'Web Summit',
      kind: 'conference',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      place: 'FIL',
      city: 'lisbon',
      link: null,
      notes: '',
      myStatus: 'going',
    },
  });

  const events = new EventsPage(page);
  await events.open(host);
  const card = events.event('Web Summit');
  const nearby = card.getByRole('region', {
    name: /^One contact lives in lisbon: suggest a coffee/,
  });
  await nearby.getByRole('button', { name: /^Show them/ }).click();
  const idea = nearby.getByRole('listitem').filter({ hasText: 'Rui Alves' });
  await expect(idea.getByRole('textbox', { name: 'Message to Rui Alves' })).toHaveValue(
    /^Hi Rui, I'll be in lisbon for Web Summit around /,
  );
  await expect(nearby).not.toContainText('Eva Marsh');
  await expectCardsAccessible(page, 'coffee suggestions on an event card');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await idea.getByRole('button', { name: 'Copy message to Rui Alves' }).click();
  await expect(events.shell.toast).toContainText('Message to Rui Alves copied.');

  // "Propose a coffee" opens the proposal form, with Rui, in the event's city.
  await idea.getByRole('link', { name: 'Propose a coffee with Rui Alves' }).click();
  const meetings = new MeetingsPage(page);
  await expect(meetings.form).toBeVisible();
  await expect(
    meetings.form.getByRole('list', { name: 'Chosen' }).getByLabel('Rui Alves'),
  ).toBeChecked();
  await expect(meetings.form.getByRole('textbox', { name: 'Place' })).toHaveValue('lisbon');
  await expect(meetings.form.getByRole('textbox', { name: 'Agenda' })).toHaveValue(
    "Catching up while I'm in lisbon for Web Summit",
  );
  expect(page.url()).toContain(`contact=${rui.id}`);

  // The Meetings page's suggestions carry it too, with the reason.
  const suggestion = meetings.suggestions.getByRole('listitem').filter({ hasText: 'Rui Alves' });
  await expect(suggestion).toContainText('Rui is in Lisbon, where Web Summit is on');
  await expect(suggestion.getByRole('textbox', { name: 'Message to Rui Alves' })).toHaveValue(
    /for Web Summit/,
  );
});

test('the nudge delay for unanswered invitations is set in Settings; a bad value stays to fix', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}/#/settings`);
  const section = page.getByRole('region', { name: 'Invitations', exact: true });
  const days = section.getByRole('spinbutton', { name: 'Nudge after (days)' });
  await expect(days).toHaveValue('7');
  await days.fill('0');
  await section.getByRole('button', { name: /^Save/ }).click();
  await expect(section.getByText('Give a whole number of days, from 1 to 60.')).toBeVisible();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toHaveValue('0');
  await days.fill('3');
  await section.getByRole('button', { name: /^Save/ }).click();
  await expect(page.locator('.toaster')).toContainText(
    'Invitations with no reply after 3 days get a nudge.',
  );
  await expect(days).not.toHaveAttribute('aria-invalid', 'true');
  const settings = await callApi<{ invitations: { nudgeAfterDays: number } }>(page, 'settings.get');
  expect(settings.invitations.nudgeAfterDays).toBe(3);
});

test('who did you meet: two names become two contacts, met at the event', async ({
  page,
  host,
}) => {
  const start = new Date(Date.parse(`${dayFromToday(-2)}T18:00:00Z`));
  const saved = await callApi<{ id: string }>(page, 'events.save', {
    id: null,
    event: {
      name: 'Spring dinner',
      kind: 'dinner',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      place: 'Taberna',
      city: 'Porto',
      link: null,
      notes: '',
      myStatus: 'going',
    },
  });
  expect(saved.id).toBeTruthy();
  const events = new EventsPage(page);
  await events.open(host);
  const dinner = events.event('Spring dinner', events.past);
  const form = events.whoDidYouMeet(dinner);
  await form.getByRole('textbox', { name: /one per line/ }).fill('Dana Reyes\n\nEli Park\n');
  await form.getByRole('button', { name: 'Add them' }).click();
  await expect(form.getByRole('status')).toContainText(
    'Added to your contacts: Dana Reyes, Eli Park',
  );

  // The same names again are known now, not duplicated.
  await form.getByRole('textbox', { name: /one per line/ }).fill('Dana Reyes');
  await form.getByRole('button', { name: 'Add them' }).click();
  await expect(form.getByRole('status')).toContainText('Already in your contacts: Dana Reyes');

  await events.shell.goTo('Contacts');
  const list = page.getByRole('main').getByRole('list', { name: 'Contacts' });
  await expect(list.getByText('Dana Reyes')).toHaveCount(1);
  await expect(list.getByText('Eli Park')).toHaveCount(1);
});

test('deleting an event can be undone, guests and all', async ({ page, host }) => {
  await addContacts(page, ['Ana Lima']);
  const events = new EventsPage(page);
  await events.open(host);
  await events.create({
    name: 'Product conference',
    kind: 'Conference',
    startDate: dayFromToday(20),
    startTime: '09:00',
    endDate: dayFromToday(21),
    endTime: '17:00',
  });
  const conference = events.event('Product conference');
  await events.invite(conference, ['Ana Lima']);
  await expect(events.guests(conference)).toContainText('0 invited · 1 not sent yet');

  await conference.getByRole('button', { name: /^Delete event/ }).click();
  await expect(conference).toBeHidden();
  await expect(events.shell.undoButton()).toBeFocused();
  await events.shell.undoButton().click();
  await expect(events.invitation(events.event('Product conference'), 'Ana Lima')).toHaveValue(
    'not-sent',
  );
});

test('the invite picker searches everyone, keeps who you ticked, and says when there is no one', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  const events = new EventsPage(page);
  await events.open(host);
  await events.create({
    name: 'Book club',
    startDate: dayFromToday(5),
    startTime: '19:00',
    endTime: '21:00',
  });
  const club = events.event('Book club');
  await club.getByRole('button', { name: /^Invite people/ }).click();
  const form = club.getByRole('form', { name: /^Invite people/ });
  await expect(form).toContainText('you have no contacts yet');
  await form.getByRole('button', { name: 'Cancel' }).click();

  // More people than the picker lists: the last one is found by typing.
  const many = Array.from({ length: 35 }, (_, i) => `Reader ${String(i + 1).padStart(2, '0')}`);
  await addContacts(page, [...many, 'Zoe Quill']);
  await club.getByRole('button', { name: /^Invite people/ }).click();
  const people = form.getByRole('list', { name: 'People you can invite' });
  await expect(people.getByRole('checkbox')).toHaveCount(30);
  await expect(people.getByRole('checkbox', { name: 'Zoe Quill' })).toHaveCount(0);
  await form.getByRole('searchbox', { name: 'Find people to invite' }).fill('zoe');
  await people.getByRole('checkbox', { name: 'Zoe Quill' }).check();
  await form.getByRole('searchbox', { name: 'Find people to invite' }).fill('reader 07');
  await people.getByRole('checkbox', { name: 'Reader 07' }).check();
  await expect(people.getByRole('checkbox', { name: 'Zoe Quill' })).toBeChecked();
  await expectCardsAccessible(page, 'the invite picker with people ticked');
  await form.getByRole('searchbox', { name: 'Find people to invite' }).fill('nobody like this');
  await expect(people).toContainText('No one matches “nobody like this”.');
  await expect(people.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await form.getByRole('button', { name: 'Add to guest list' }).click();
  await expect(form).toBeHidden();
  await expect(events.invitation(club, 'Zoe Quill')).toHaveValue('not-sent');
  await expect(events.invitation(club, 'Reader 07')).toHaveValue('not-sent');

  // Guests are not offered again.
  await club.getByRole('button', { name: /^Invite people/ }).click();
  await form.getByRole('searchbox', { name: 'Find people to invite' }).fill('zoe');
  await expect(people).toContainText('No one matches “zoe”.');
});

test('the Events page, filled: guests, answers and contacts in the city', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  const ids = await addContacts(page, ['Ana Lima', 'Ben Costa', 'Cy Okafor']);
  await callApi(page, 'contacts.create', { name: 'Dee Marsh', city: 'Lisbon' });
  const at = (days: number, hour: number) =>
    `${dayFromToday(days)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const saveEvent = (event: Record<string, unknown>) =>
    callApi<{ id: string }>(page, 'events.save', {
      id: null,
      event: { link: null, notes: '', myStatus: 'going', ...event },
    });
  const meetup = await saveEvent({
    name: 'Lisbon design meetup',
    kind: 'meetup',
    start: at(6, 18),
    end: at(6, 21),
    place: 'Fábrica Braço de Prata',
    city: 'Lisbon',
    link: 'https://example.com/design-meetup',
    notes: 'Short talks, then drinks on the terrace.',
  });
  await saveEvent({
    name: 'Product conference',
    kind: 'conference',
    start: at(20, 9),
    end: at(21, 17),
    place: 'Centro de Congressos',
    city: 'Porto',
    myStatus: 'maybe',
  });
  await saveEvent({
    name: 'Autumn founders dinner',
    kind: 'dinner',
    start: at(-3, 19),
    end: at(-3, 22),
    place: 'Taberna da Rua',
    city: 'Lisbon',
  });
  const invitations = await callApi<{ id: string }[]>(page, 'events.invite', {
    eventId: meetup.id,
    contactIds: [ids['Ana Lima'], ids['Ben Costa'], ids['Cy Okafor']],
    sent: true,
  });
  await callApi(page, 'invitations.setStatus', { id: invitations[0]?.id, status: 'accepted' });
  await callApi(page, 'invitations.setStatus', { id: invitations[1]?.id, status: 'declined' });

  const events = new EventsPage(page);
  await events.open(host);
  await expect(events.guests(events.event('Lisbon design meetup'))).toContainText(
    '3 invited · 1 accepted · 1 declined · 1 awaiting',
  );
  await expect(events.event('Lisbon design meetup')).toContainText(
    'One contact lives in Lisbon: suggest a coffee',
  );
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: testInfo.outputPath('events-full.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('events-dark.png') });
});
