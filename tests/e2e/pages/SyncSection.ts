import type { Locator, Page } from '@playwright/test';

/** Settings → Sync: connecting an account, then its state, its runs and what waits for the user. */
export class SyncSection {
  readonly region: Locator;
  readonly server: Locator;
  readonly calendarServer: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly testButton: Locator;
  /** The live region that says what the test found, or why it failed. */
  readonly testResult: Locator;
  readonly addressBook: Locator;
  readonly addressBookName: Locator;
  readonly calendar: Locator;
  readonly calendarName: Locator;
  readonly syncNotes: Locator;
  readonly syncWindows: Locator;
  readonly connectButton: Locator;
  readonly account: Locator;
  readonly syncNowButton: Locator;
  readonly pauseButton: Locator;
  readonly resumeButton: Locator;
  readonly changePasswordButton: Locator;
  readonly disconnectButton: Locator;
  readonly conflicts: Locator;
  readonly failures: Locator;
  readonly deletions: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('main').getByRole('region', { name: 'Sync' });
    const form = this.region.getByRole('form', { name: 'Connect an account' });
    this.server = form.getByRole('textbox', { name: 'Server', exact: true });
    this.calendarServer = form.getByRole('textbox', { name: 'Calendar server (if it is another)' });
    this.username = form.getByRole('textbox', { name: 'User name' });
    this.password = form.getByLabel('App password');
    this.testButton = form.getByRole('button', { name: 'Test connection' });
    this.testResult = form.getByRole('status');
    this.addressBook = form.getByRole('combobox', { name: 'Address book' });
    this.addressBookName = form.getByRole('textbox', { name: 'Name of the new address book' });
    this.calendar = form.getByRole('combobox', { name: 'Calendar' });
    this.calendarName = form.getByRole('textbox', { name: 'Name of the new calendar' });
    this.syncNotes = this.region.getByRole('checkbox', { name: 'Sync notes' });
    this.syncWindows = this.region.getByRole('checkbox', {
      name: 'Show networking windows in the calendar',
    });
    this.connectButton = form.getByRole('button', { name: 'Connect', exact: true });
    this.account = this.region.locator('.sync-account');
    this.syncNowButton = this.region.getByRole('button', { name: 'Sync now' });
    this.pauseButton = this.region.getByRole('button', { name: 'Pause' });
    this.resumeButton = this.region.getByRole('button', { name: 'Resume' });
    this.changePasswordButton = this.region.getByRole('button', { name: 'Change password' });
    this.disconnectButton = this.region.getByRole('button', { name: 'Disconnect' });
    this.conflicts = this.region.getByRole('list', { name: 'Conflicts' });
    this.failures = this.region.getByRole('list', { name: 'Not synced in the last run' });
    this.deletions = this.region.getByRole('group', { name: 'Deletions waiting for you' });
  }

  /** The value the account shows beside a label ("Server", "State", "Last sync"…). */
  detail(label: string): Locator {
    return this.account
      .locator('.detail-row')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }

  /** Fills the account and tests it. */
  async test(account: { server: string; username: string; password: string }): Promise<void> {
    await this.server.fill(account.server);
    await this.username.fill(account.username);
    await this.password.fill(account.password);
    await this.testButton.click();
  }

  conflict(label: string): Locator {
    return this.conflicts.getByRole('listitem').filter({ hasText: label });
  }
}
