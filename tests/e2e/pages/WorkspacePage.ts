import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** Workspace: the open workspace with its sites, the lock screen, the sites list, the unlock log. */
export class WorkspacePage {
  readonly shell: AppShell;
  readonly openPanel: Locator;
  readonly lockScreen: Locator;
  readonly siteLinks: Locator;
  readonly keepGoingButton: Locator;
  readonly unlockReason: Locator;
  readonly unlockButton: Locator;
  readonly startNowButton: Locator;
  readonly sites: Locator;
  readonly siteName: Locator;
  readonly siteAddress: Locator;
  readonly addSiteButton: Locator;
  readonly unlockLog: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    const main = page.getByRole('main');
    this.openPanel = main.getByRole('region', {
      name: /^(Your networking window is open|Unlocked for a few minutes|Your workspace)$/,
    });
    this.lockScreen = main.getByRole('region', { name: 'Workspace locked' });
    this.siteLinks = main.getByRole('list', { name: 'Your sites' }).getByRole('link');
    this.keepGoingButton = main.getByRole('button', { name: 'Keep going for 15 minutes' });
    this.unlockReason = this.lockScreen.getByRole('textbox', {
      name: 'Why do you need to go in now?',
    });
    this.unlockButton = this.lockScreen.getByRole('button', { name: 'Unlock for 10 minutes' });
    this.startNowButton = this.lockScreen.getByRole('button', { name: 'Start a window now' });
    this.sites = main.getByRole('region', { name: 'Sites' });
    this.siteName = this.sites.getByRole('textbox', { name: 'Name' });
    this.siteAddress = this.sites.getByRole('textbox', { name: 'Address' });
    this.addSiteButton = this.sites.getByRole('button', { name: 'Add site', exact: true });
    this.unlockLog = main.getByRole('region', { name: 'Unlocks' });
  }

  async open(host: { url: string }): Promise<void> {
    await this.page.goto(`${host.url}/#/workspace`);
    await expect(this.shell.heading).toHaveText('Workspace');
    await expect(this.sites).toBeVisible();
  }

  preset(name: string): Locator {
    return this.sites.getByRole('button', { name: `Add ${name}`, exact: true });
  }

  removeSite(name: string): Locator {
    return this.sites.getByRole('button', { name: `Remove ${name}`, exact: true });
  }

  siteLink(name: string): Locator {
    return this.siteLinks.filter({ hasText: name });
  }

  async unlock(reason: string): Promise<void> {
    await this.unlockReason.fill(reason);
    await this.unlockButton.click();
  }
}
