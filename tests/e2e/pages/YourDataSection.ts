import type { Locator, Page } from '@playwright/test';

/** Settings → Your data: exports, the full backup, restores, the import history and the saved backups. */
export class YourDataSection {
  readonly region: Locator;
  readonly backups: Locator;
  readonly confirm: Locator;
  readonly importHistory: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('main').getByRole('region', { name: 'Your data' });
    this.backups = this.region.getByRole('list', { name: 'Saved backups' });
    this.confirm = this.region.getByRole('group', { name: 'Confirm the restore' });
    this.importHistory = this.region.getByRole('list', { name: 'Import history' });
  }

  /** "Undo this import" on the history entry of that file. */
  undoImport(fileName: string): Locator {
    return this.importHistory
      .getByRole('listitem')
      .filter({ hasText: fileName })
      .getByRole('button', { name: /^Undo this import/ });
  }

  button(name: string | RegExp): Locator {
    return this.region.getByRole('button', { name });
  }
}
