import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export type DayName = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

export interface WindowInput {
  days: DayName[];
  start: string;
  end: string;
  label?: string;
}

/** Schedule: the week at a glance, the weekly windows form, time off and one-off windows. */
export class SchedulePage {
  readonly shell: AppShell;
  readonly week: Locator;
  readonly form: Locator;
  /** The time-zone picker: a combobox to type in, with a listbox of zones. */
  readonly timeZone: Locator;
  readonly timeZones: Locator;
  readonly reminderLead: Locator;
  readonly closingNotice: Locator;
  readonly addWindowButton: Locator;
  readonly saveButton: Locator;
  readonly errorSummary: Locator;
  readonly mergeButton: Locator;
  readonly takeTodayOffButton: Locator;
  readonly daysOffForm: Locator;
  readonly extraWindowForm: Locator;
  readonly upcoming: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    const main = page.getByRole('main');
    this.week = main.getByRole('list', { name: 'The next seven days' });
    this.form = main.getByRole('form', { name: 'Weekly windows' });
    this.timeZone = this.form.getByRole('combobox', { name: 'Time zone' });
    this.timeZones = this.form.getByRole('listbox', { name: 'Time zones' });
    this.reminderLead = this.form.getByRole('spinbutton', { name: 'Remind me before a window' });
    this.closingNotice = this.form.getByRole('spinbutton', { name: 'Closing notice' });
    this.addWindowButton = this.form.getByRole('button', { name: 'Add window' });
    this.saveButton = this.form.getByRole('button', { name: 'Save schedule' });
    this.errorSummary = this.form.getByRole('alert');
    this.mergeButton = this.form.getByRole('button', { name: 'Merge overlapping windows' });
    this.takeTodayOffButton = main.getByRole('button', { name: 'Take today off' });
    this.daysOffForm = main.getByRole('form', { name: 'Take days off' });
    this.extraWindowForm = main.getByRole('form', { name: 'Add a one-off window' });
    this.upcoming = main.getByRole('list', { name: 'Coming up' });
  }

  async open(host: { url: string }): Promise<void> {
    await this.page.goto(`${host.url}/#/schedule`);
    await expect(this.shell.heading).toHaveText('Schedule');
    await expect(this.form).toBeVisible();
  }

  /** The editor of the n-th weekly window (1-based), a group named "Window n". */
  window(n: number): Locator {
    return this.form.getByRole('group', { name: `Window ${n}`, exact: true });
  }

  windows(): Locator {
    return this.form.getByRole('group', { name: /^Window \d+$/ });
  }

  /** Adds a window at the end of the list and fills it in (does not save). */
  async addWindow(input: WindowInput): Promise<void> {
    const n = (await this.windows().count()) + 1;
    await this.addWindowButton.click();
    await this.fillWindow(n, input);
  }

  async fillWindow(n: number, input: WindowInput): Promise<void> {
    const editor = this.window(n);
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const) {
      await editor
        .getByRole('checkbox', { name: day, exact: true })
        .setChecked(input.days.includes(day));
    }
    await editor.getByLabel('Start', { exact: true }).fill(input.start);
    await editor.getByLabel('End', { exact: true }).fill(input.end);
    await editor.getByRole('textbox', { name: /^Label/ }).fill(input.label ?? '');
  }

  /** Types the zone's city in the picker and picks the zone ("Europe/London") from the list. */
  async chooseTimeZone(zone: string): Promise<void> {
    await this.timeZone.fill((zone.split('/').at(-1) ?? zone).replaceAll('_', ' '));
    const escaped = zone.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.timeZones.getByRole('option', { name: new RegExp(`— ${escaped}( |$)`) }).click();
    await expect(this.timeZones).toBeHidden();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /**
   * Opens Schedule, sets the time zone explicitly (so nothing depends on the machine's), adds the
   * windows and saves, waiting until the host said yes.
   */
  async setUp(host: { url: string }, timeZone: string, windows: WindowInput[]): Promise<void> {
    await this.open(host);
    await this.chooseTimeZone(timeZone);
    for (const window of windows) await this.addWindow(window);
    await this.save();
    await expect(this.shell.toast).toContainText('Schedule saved.');
    await expect(this.errorSummary).toHaveCount(0);
  }

  /** One day of the week view, found by its heading ("Today, Wed 2 Dec" or "Thu 3 Dec"). */
  day(name: string | RegExp): Locator {
    return this.week
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name }) });
  }

  async takeDaysOff(
    days: number,
    reason: 'A holiday' | 'Some time to recover after a bad experience',
  ): Promise<void> {
    await this.daysOffForm.getByRole('spinbutton', { name: 'How many days' }).fill(String(days));
    await this.daysOffForm
      .getByRole('combobox', { name: 'Reason' })
      .selectOption({ label: reason });
    await this.daysOffForm.getByRole('button', { name: 'Take days off' }).click();
  }
}
