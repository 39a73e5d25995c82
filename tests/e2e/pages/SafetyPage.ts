import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export interface ReportInput {
  platform?: 'LinkedIn' | 'X' | 'Mastodon' | 'Meetup' | 'Slack' | 'Discord' | 'Somewhere else';
  date?: string;
  person?: string;
  whatHappened: string;
  reported?: boolean;
  notes?: string;
}

/** Boundaries & safety: the report log, breaks from a platform, blocked people. */
export class SafetyPage {
  readonly shell: AppShell;
  readonly main: Locator;
  readonly reportLog: Locator;
  readonly reportForm: Locator;
  readonly addReportButton: Locator;
  readonly exportButton: Locator;
  readonly reports: Locator;
  readonly breaks: Locator;
  readonly breakForm: Locator;
  readonly breakList: Locator;
  readonly blocked: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.main = page.getByRole('main');
    this.reportLog = this.main.getByRole('region', { name: 'Report log' });
    this.reportForm = this.reportLog.getByRole('form', { name: 'Add an entry' });
    this.addReportButton = this.reportForm.getByRole('button', { name: 'Add to the log' });
    this.exportButton = this.reportLog.getByRole('button', { name: /^Export/ });
    this.reports = this.reportLog.getByRole('listitem');
    this.breaks = this.main.getByRole('region', { name: 'Take a break from a platform' });
    this.breakForm = this.breaks.getByRole('form', { name: 'Take a break' });
    this.breakList = this.breaks.getByRole('list', { name: 'Breaks' });
    this.blocked = this.main.getByRole('region', { name: 'Blocked people' });
  }

  async open(host: { url: string }): Promise<void> {
    await this.page.goto(`${host.url}/#/attention`);
    await expect(this.shell.heading).toHaveText('Boundaries & safety');
  }

  async addReport(input: ReportInput): Promise<void> {
    const form = this.reportForm;
    if (input.platform)
      await form.getByLabel('Platform', { exact: true }).selectOption({ label: input.platform });
    if (input.date) await form.getByLabel('Date', { exact: true }).fill(input.date);
    if (input.person) await form.getByLabel(/^Person/).selectOption({ label: input.person });
    await form.getByRole('textbox', { name: /^What happened/ }).fill(input.whatHappened);
    if (input.reported) await form.getByRole('checkbox', { name: /reported it/ }).check();
    if (input.notes) await form.getByRole('textbox', { name: 'Notes' }).fill(input.notes);
    await this.addReportButton.click();
  }

  report(text: string | RegExp): Locator {
    return this.reports.filter({ hasText: text });
  }

  async takeBreak(platform: string, days: string): Promise<void> {
    await this.breakForm.getByLabel('Platform', { exact: true }).selectOption({ label: platform });
    await this.breakForm.getByLabel('For how long').selectOption({ label: days });
    await this.breakForm.getByRole('button', { name: 'Take a break' }).click();
  }
}
