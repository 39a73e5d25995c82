import { expect, test } from './fixtures';
import { callApi } from './pages/MeetingsPage';
import { RECONNECT_NAMES, seedToday, TodayPage } from './pages/TodayPage';

test('Today shows the meeting, a follow-up to close, promises, and who to reconnect with', async ({
  page,
  host,
}) => {
  await seedToday(page, host);
  const today = new TodayPage(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await today.open(host);

  await expect(today.windows).toBeVisible();
  // The welcome card stays until dismissed.
  await page.getByRole('button', { name: 'Dismiss welcome' }).click();
  await expect(page.getByRole('region', { name: 'Welcome to Netwell' })).toHaveCount(0);
  await expect(today.meetings).toContainText('Coffee with Ana Lima');
  await expect(today.meetings).toContainText('Café Central, Lisbon');
  await expect(today.reconnect.getByRole('listitem')).toHaveCount(5);
  await expect(
    today.reconnect.getByRole('link', { name: '1 more person to reconnect with' }),
  ).toHaveAttribute('href', '#/contacts');
  await expect(today.promises).toContainText('Introduce Ben to Cy');
  await expect(today.promises).toContainText('Share the reading list');
  await expect(today.promises).toContainText(
    'You kept 0 of 1 commitment on time in the last 90 days.',
  );

  // A follow-up, done in one click.
  const followUp = today.item(today.followUps, 'Send the slides from the meetup');
  await today.button(followUp, 'Done').click();
  await expect(followUp).toHaveCount(0);
  await expect(today.followUps).toContainText('No follow-ups due.');
  await expect(today.followUps.getByRole('heading')).toBeFocused();

  // A promise kept a little late counts as kept, not on time.
  await today.button(today.item(today.promises, 'Introduce Ben to Cy'), 'Kept').click();
  await expect(today.promises).not.toContainText('Introduce Ben to Cy');
  await expect(today.promises).toContainText(
    'You kept 0 of 1 commitment on time in the last 90 days, and 1 more a little late.',
  );

  // Reconnect: Done logs a hello, Not now waits a week; the sixth friend moves up.
  const first = today.reconnect.getByRole('listitem').first();
  const firstName = (await first.getByRole('link').textContent()) ?? '';
  expect(RECONNECT_NAMES).toContain(firstName);
  await today.button(first, 'Done').click();
  await expect(today.item(today.reconnect, firstName)).toHaveCount(0);
  await expect(today.reconnect.getByRole('listitem')).toHaveCount(5);
  await expect(today.reconnect.getByRole('link', { name: /more/ })).toHaveCount(0);

  const second = today.reconnect.getByRole('listitem').first();
  const secondName = (await second.getByRole('link').textContent()) ?? '';
  await today.button(second, 'Not now').click();
  await expect(today.item(today.reconnect, secondName)).toHaveCount(0);
  await expect(today.reconnect.getByRole('listitem')).toHaveCount(4);
  await expect(today.shell.toast).toContainText(
    `${secondName} will be back on the list in a week.`,
  );
});

test('an empty Today is calm', async ({ page, host }) => {
  const today = new TodayPage(page);
  await today.open(host);
  await expect(page.getByText('There is nothing you need to do.')).toBeVisible();
  await expect(today.meetings).toContainText('No meetings today.');
  await expect(today.followUps).toContainText('No follow-ups due.');
  await expect(today.promises).toContainText('Nothing you promised is due today.');
  await expect(today.reconnect).toContainText('up to date');
});

test('the welcome asks for networking windows only until there are some', async ({
  page,
  host,
}) => {
  const today = new TodayPage(page);
  await today.open(host);
  const welcome = page.getByRole('region', { name: 'Welcome to Netwell' });
  await expect(welcome).toContainText('Start by setting your networking windows.');

  // Windows saved (here from elsewhere, as the Schedule page would): the card says what they are.
  await callApi(page, 'schedule.save', {
    version: 1,
    schedule: {
      timeZone: 'Europe/Lisbon',
      reminderLeadMin: 5,
      closingMin: 5,
      windows: [{ id: 'lunch', days: [1, 3, 5], start: '12:00', end: '12:45' }],
    },
    exceptions: { daysOff: [], extraWindows: [] },
  });
  await expect(welcome).toContainText('Your networking windows are set: 3 a week.');
  await expect(welcome).not.toContainText('Start by');
  await expect(welcome.getByRole('link', { name: 'Change them any time' })).toHaveAttribute(
    'href',
    '#/schedule',
  );
  await page.reload();
  await expect(welcome).toContainText('Your networking windows are set: 3 a week.');
});
