import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rule sets every axe check here runs: WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Axe for a Netwell page. Legacy mode runs axe inside the page instead of opening a blank page
 * to gather each frame's results: the same rules and answers for a page with no frames (the
 * renderer has none), in half the time (0.4 s instead of 0.75 s a scan of its own overhead).
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode();
}
