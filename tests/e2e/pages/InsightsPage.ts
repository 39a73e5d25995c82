import type { Locator, Page } from '@playwright/test';

/** The Insights area: charts with their data tables, guidance, the weekly review. */
export class InsightsPage {
  readonly suggestions: Locator;
  readonly exportCsv: Locator;

  constructor(readonly page: Page) {
    this.suggestions = page.getByRole('region', { name: 'Suggestions' });
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
  }

  /** A chart's figure, by its title. */
  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  /** The visually hidden data table behind a chart. */
  table(title: string): Locator {
    return this.page.getByRole('table', { name: `${title}: data` });
  }

  range(label: '4 weeks' | '3 months' | 'A year'): Locator {
    return this.page.getByRole('radio', { name: label });
  }
}

/** The check-in dialog. */
export class CheckInDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'How did that feel?' });
  }

  async answer(energy: 1 | 2 | 3 | 4 | 5, chore: boolean): Promise<void> {
    await this.dialog
      .getByRole('group', { name: 'Your energy now' })
      .getByRole('radio', { name: new RegExp(`^${energy},`) })
      .check();
    await this.dialog
      .getByRole('group', { name: 'Did it feel like a chore?' })
      .getByRole('radio', { name: chore ? 'Yes' : 'No' })
      .check();
    await this.dialog.getByRole('button', { name: 'Save check-in' }).click();
  }
}
