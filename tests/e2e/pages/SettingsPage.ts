import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

export type ThemeName = 'System' | 'Light' | 'Dark';

/** Settings: theme and About. */
export class SettingsPage {
  readonly shell: AppShell;
  readonly themeGroup: Locator;
  readonly about: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.themeGroup = page.getByRole('group', { name: 'Theme' });
    this.about = page.getByRole('region', { name: 'About' });
  }

  async open(): Promise<void> {
    await this.shell.goTo('Settings');
  }

  theme(name: ThemeName): Locator {
    return this.themeGroup.getByRole('radio', { name });
  }
}
