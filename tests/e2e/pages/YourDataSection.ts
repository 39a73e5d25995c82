import type { Locator, Page } from '@playwright/test';

/** Settings → Your data: exports, the full backup, restores and the saved backups. */
export class YourDataSection {
  readonly region: Locator;
  readonly backups: Locator;
  readonly confirm: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('main').getByRole('region', { name: 'Your data' });
    this.backups = this.region.getByRole('list', { name: 'Saved backups' });
    this.confirm = this.region.getByRole('group', { name: 'Confirm the restore' });
  }

  button(name: string | RegExp): Locator {
    return this.region.getByRole('button', { name });
  }
}
