import type { Locator, Page } from '@playwright/test';

export type AreaName =
  'Today' | 'Workspace' | 'Contacts' | 'Meetings' | 'Events' | 'Schedule' | 'Insights' | 'Settings';

/** The window around every page: skip link, header status, main navigation, notices, toasts. */
export class AppShell {
  readonly skipLink: Locator;
  readonly nav: Locator;
  readonly main: Locator;
  readonly heading: Locator;
  readonly status: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.skipLink = page.getByRole('link', { name: 'Skip to main content' });
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.status = page.getByRole('banner').locator('.status-line');
    this.toast = page.locator('.toaster');
  }

  navLink(area: AreaName): Locator {
    return this.nav.getByRole('link', { name: area, exact: true });
  }

  async goTo(area: AreaName): Promise<void> {
    await this.navLink(area).click();
    await this.heading.filter({ hasText: area }).waitFor();
  }

  notice(text: string | RegExp): Locator {
    return this.main
      .locator('.notices')
      .getByRole('alert')
      .or(this.main.locator('.notices').getByRole('status'))
      .filter({ hasText: text });
  }

  /** The header's "Quick actions" disclosure button. */
  quickActionsButton(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: 'Quick actions' });
  }

  /** A quick action, once the panel is open (they mirror the tray menu). */
  quickAction(name: string): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  /** Opens Quick actions and chooses one. */
  async runQuickAction(name: string): Promise<void> {
    await this.quickActionsButton().click();
    await this.quickAction(name).click();
  }

  undoButton(): Locator {
    return this.toast.getByRole('button', { name: 'Undo' });
  }
}
