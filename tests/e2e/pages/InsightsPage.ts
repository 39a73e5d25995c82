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

/**
 * What a chart's canvas shows: the colour of its top-left corner (the painted background) and how
 * many distinct colours it holds (1 for a flat rectangle, such as a chart drawn all in black).
 */
export async function canvasPixels(
  canvas: Locator,
): Promise<{ corner: number[]; distinct: number }> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d')!;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      colours.add(
        ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!) >>> 0,
      );
    }
    return {
      corner: Array.from(data.slice(4 * (2 * element.width + 2), 4 * (2 * element.width + 2) + 3)),
      distinct: colours.size,
    };
  });
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
