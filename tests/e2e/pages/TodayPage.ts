import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';
import { callApi } from './MeetingsPage';

/** Today: the windows, meetings today, follow-ups, promises, and who to reconnect with. */
export class TodayPage {
  readonly shell: AppShell;
  readonly main: Locator;
  readonly windows: Locator;
  readonly meetings: Locator;
  readonly followUps: Locator;
  readonly promises: Locator;
  readonly reconnect: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.main = page.getByRole('main');
    this.windows = this.main.getByRole('region', { name: 'Networking windows' });
    this.meetings = this.main.getByRole('region', { name: 'Meetings today' });
    this.followUps = this.main.getByRole('region', { name: 'Follow-ups' });
    this.promises = this.main.getByRole('region', { name: 'Promises' });
    this.reconnect = this.main.getByRole('region', { name: 'Time to reconnect' });
  }

  async open(host: { url: string }): Promise<void> {
    await this.page.goto(`${host.url}/#/today`);
    await expect(this.shell.heading).toHaveText('Today');
  }

  /** A row of a card's list, by its text. */
  item(card: Locator, text: string | RegExp): Locator {
    return card.getByRole('listitem').filter({ hasText: text });
  }

  button(row: Locator, name: 'Done' | 'Not now' | 'Kept' | 'Missed'): Locator {
    return row.getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }
}

/** A Wednesday morning; the contacts are added twelve days before it. */
export const TODAY_NOW = '2026-12-02T09:00:00Z';

export const RECONNECT_NAMES = [
  'Ana Lima',
  'Ben Costa',
  'Cy Okafor',
  'Dee Marsh',
  'Eli Sato',
  'Fay Moreau',
];

/**
 * A full Today: six friends due a weekly hello (five shown, one more), a meeting today, a due
 * follow-up, a promise due today and one overdue. Moves the host's clock to TODAY_NOW.
 */
export async function seedToday(
  page: Page,
  host: { setClock(iso: string): Promise<unknown> },
): Promise<Record<string, string>> {
  await host.setClock('2026-11-20T09:00:00Z');
  await callApi(page, 'tagCadences.set', { tag: 'friend', cadence: { every: 1, unit: 'weeks' } });
  const ids: Record<string, string> = {};
  for (const name of RECONNECT_NAMES) {
    ids[name] = (
      await callApi<{ id: string }>(page, 'contacts.create', { name, tags: ['friend'] })
    ).id;
  }
  await host.setClock(TODAY_NOW);
  await callApi(page, 'followUps.add', {
    contactId: ids['Ana Lima'],
    dueOn: '2026-12-01',
    text: 'Send the slides from the meetup',
  });
  await callApi(page, 'commitments.add', {
    contactId: ids['Ben Costa'],
    what: 'Introduce Ben to Cy',
    dueOn: '2026-11-30',
  });
  await callApi(page, 'commitments.add', {
    contactId: ids['Dee Marsh'],
    what: 'Share the reading list',
    dueOn: '2026-12-02',
  });
  await callApi(page, 'meetings.propose', {
    kind: 'coffee',
    start: '2026-12-02T11:00:00.000Z',
    durationMin: 45,
    place: 'Café Central, Lisbon',
    contactIds: [ids['Ana Lima']],
  });
  return ids;
}
