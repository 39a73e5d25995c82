import type { Page } from 'playwright-core';

/**
 * Measured inside the page: from choosing a range on Insights (the call to the core included)
 * until the week table has its rows (52 for a year, 4 for four weeks) and every chart has drawn
 * a frame after them. Used by the renderer benchmark and the year-of-data end-to-end test.
 */
export function timeInsightsRange(page: Page, range: '4w' | '1y'): Promise<number> {
  return page.evaluate(async (range) => {
    const rows = range === '1y' ? 52 : 4;
    const start = performance.now();
    document
      .querySelector<HTMLInputElement>(`input[name="insights-range"][value="${range}"]`)!
      .click();
    await new Promise<void>((resolve, reject) => {
      // A modal over the page (a check-in) would swallow the click: fail clearly, never hang.
      const giveUpAt = start + 15_000;
      const check = () => {
        if (performance.now() > giveUpAt) {
          reject(new Error(`the Insights week table never showed ${rows} rows`));
          return;
        }
        const caption = [...document.querySelectorAll('table caption')].find(
          (c) => c.textContent === 'Minutes per week: data',
        );
        if (caption?.parentElement!.querySelectorAll('tbody tr').length === rows) {
          requestAnimationFrame(() => resolve());
        } else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - start;
  }, range);
}
