import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

export type ThemeName = 'System' | 'Light' | 'Dark';
export type LockModeName = 'Gentle' | 'Firm' | 'Strict';

/** Settings: networking boundaries, notifications, starting up, theme and About. */
export class SettingsPage {
  readonly shell: AppShell;
  readonly themeGroup: Locator;
  readonly about: Locator;
  readonly lockModeGroup: Locator;
  readonly dailyBudget: Locator;
  readonly weeklyBudget: Locator;
  readonly suggestBreaks: Locator;
  readonly breakAfter: Locator;
  readonly saveBudgetsButton: Locator;
  readonly notificationsGroup: Locator;
  readonly startAtLogin: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    const main = page.getByRole('main');
    this.themeGroup = main.getByRole('group', { name: 'Theme' });
    this.about = main.getByRole('region', { name: 'About' });
    this.lockModeGroup = main.getByRole('group', { name: 'Lock mode' });
    this.dailyBudget = main.getByRole('spinbutton', { name: 'Daily budget' });
    this.weeklyBudget = main.getByRole('spinbutton', { name: 'Weekly budget' });
    this.suggestBreaks = main.getByRole('checkbox', { name: 'Suggest breaks' });
    this.breakAfter = main.getByRole('spinbutton', { name: 'Suggest a break after' });
    this.saveBudgetsButton = main.getByRole('button', { name: 'Save budgets and breaks' });
    this.notificationsGroup = main.getByRole('group', { name: 'Notifications' });
    this.startAtLogin = main.getByRole('checkbox', { name: 'Start Netwell when I log in' });
  }

  async open(): Promise<void> {
    await this.shell.goTo('Settings');
  }

  theme(name: ThemeName): Locator {
    return this.themeGroup.getByRole('radio', { name });
  }

  lockMode(name: LockModeName): Locator {
    return this.lockModeGroup.getByRole('radio', { name });
  }

  notification(label: string): Locator {
    return this.notificationsGroup.getByRole('checkbox', { name: label, exact: true });
  }

  /** Sets the daily budget (empty for none) and saves. */
  async setDailyBudget(minutes: number | null): Promise<void> {
    await this.dailyBudget.fill(minutes === null ? '' : String(minutes));
    await this.saveBudgetsButton.click();
  }
}
