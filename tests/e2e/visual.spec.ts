/**
 * Visual regression: every page, light and dark, on the same fixed data (visual-seed.ts) at the
 * same fixed time, compared with the committed baselines in docs/screenshots/ (which are also the
 * README's pictures). After a deliberate change to how a page looks, regenerate them with
 *
 *   npx playwright test tests/e2e/visual.spec.ts --update-snapshots
 *
 * and look at the new pictures before committing them. Each worker seeds one host and shares it
 * across the pages it shows: the screenshots only look, they change nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, hostControls, signIn, test as base } from './fixtures';
import { canvasPixels } from './pages/InsightsPage';
import { SERVER, standInForSync, waitingForUser } from './sync-stand-in';
import { seedFortnight, VISUAL_NOW, VISUAL_TIME_ZONE, type VisualSeed } from './visual-seed';
import { sessionCookie, startHostProcess } from './web-host-process';

interface SeededHost extends VisualSeed {
  url: string;
  token: string;
  setClock(iso: string): Promise<unknown>;
}

const test = base.extend<object, { seeded: SeededHost }>({
  seeded: [
    async ({ browser }, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'netwell-visual-'));
      const host = await startHostProcess([
        '--data-dir',
        dataDir,
        '--port',
        '0',
        '--test-controls',
      ]);
      // Stopped and removed whatever happens, a failed seed included.
      try {
        const controls = hostControls(() => host);
        const context = await browser.newContext({ timezoneId: VISUAL_TIME_ZONE });
        const page = await context.newPage();
        await signIn(page, host);
        const seed = await seedFortnight(page, controls);
        await context.close();
        await use({ ...seed, url: host.url, token: host.token, setClock: controls.setClock });
      } finally {
        await host.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

test.describe.configure({ mode: 'parallel' });
const VIEWPORT = { width: 1280, height: 800 };
test.use({ timezoneId: VISUAL_TIME_ZONE, locale: 'en-GB', viewport: VIEWPORT });

const SCHEMES = ['light', 'dark'] as const;
/** What hides a volatile part: a quiet bar in the page's second surface colour. */
const MASK = { light: '#edf0ec', dark: '#222a26' } as const;

interface Shot {
  name: string;
  route: (seed: SeededHost) => string;
  /** Something that is there only once the page has its data. */
  ready: (page: Page) => Locator;
  /** Things that differ from run to run (a temporary folder's path), hidden in the picture. */
  volatile?: (page: Page) => Locator[];
}

const main = (page: Page) => page.getByRole('main');

const SHOTS: Shot[] = [
  {
    name: 'today',
    route: () => '#/today',
    ready: (page) => main(page).getByRole('region', { name: 'Time to reconnect' }),
  },
  {
    name: 'contacts',
    route: () => '#/contacts',
    ready: (page) => main(page).getByRole('link', { name: 'Lia Rossi' }),
  },
  {
    name: 'contact',
    route: (seed) => `#/contacts/${seed.ids['Ana Lima']}`,
    ready: (page) => main(page).getByText('Talked about the design systems talk in January.'),
  },
  {
    name: 'meetings',
    route: () => '#/meetings',
    ready: (page) => main(page).getByText('Lunch with Ben Costa and Cy Okafor').first(),
  },
  {
    name: 'events',
    route: () => '#/events',
    ready: (page) => main(page).getByText('Lisbon design meetup').first(),
  },
  {
    name: 'schedule',
    route: () => '#/schedule',
    ready: (page) => main(page).getByText('LinkedIn outreach').first(),
  },
  {
    name: 'workspace',
    route: () => '#/workspace',
    ready: (page) => main(page).getByText('Mastodon').first(),
  },
  {
    name: 'insights',
    route: () => '#/insights',
    ready: (page) => main(page).getByRole('figure', { name: 'Invitations' }),
  },
  {
    name: 'boundaries',
    route: () => '#/attention',
    ready: (page) => main(page).getByText('Repeated replies to my posts').first(),
  },
  {
    name: 'settings',
    route: () => '#/settings',
    ready: (page) => main(page).getByRole('list', { name: 'Saved backups' }),
    // The host's temporary data folder, and the backup it took at start-up (at the real time).
    volatile: (page) => [
      main(page).locator('code.path'),
      main(page).getByRole('list', { name: 'Saved backups' }),
    ],
  },
];

/** Opens a page of the seeded host at the fixed time, in one colour scheme, settled. */
async function openAt(page: Page, seed: SeededHost, shot: Shot, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.setViewportSize(VIEWPORT);
  await seed.setClock(VISUAL_NOW);
  await page.context().addCookies([sessionCookie(seed)]);
  await page.goto(`${seed.url}/${shot.route(seed)}`);
  await expect(shot.ready(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  const height = await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
    const main = document.querySelector('.app-main')!;
    return Math.ceil(main.getBoundingClientRect().top + main.scrollHeight);
  });
  // The page scrolls inside the window, so a full-page screenshot would stop at the window's
  // edge: the window is made as tall as the page instead.
  await page.setViewportSize({
    ...VIEWPORT,
    height: Math.min(Math.max(VIEWPORT.height, height), 5000),
  });
}

for (const shot of SHOTS) {
  test(`${shot.name}, light and dark`, async ({ page, seeded }) => {
    // The page's own clock (greetings, "today") stands still at the same instant as the host's.
    await page.clock.setFixedTime(VISUAL_NOW);
    await openAt(page, seeded, shot, 'light');
    // One visit, both schemes: the page follows the switch as it would the system's.
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page).toHaveScreenshot(`${shot.name}-${scheme}.png`, {
        mask: shot.volatile?.(page) ?? [],
        maskColor: MASK[scheme],
      });
    }
  });
}

test('no chart on Insights is one flat colour, in light or dark', async ({ page, seeded }) => {
  await page.clock.setFixedTime(VISUAL_NOW);
  const insights = SHOTS.find((s) => s.name === 'insights')!;
  for (const scheme of SCHEMES) {
    await openAt(page, seeded, insights, scheme);
    const canvases = await main(page).locator('canvas').all();
    expect(canvases).toHaveLength(7);
    for (const canvas of canvases) {
      const name = await canvas.getAttribute('aria-label');
      const { distinct } = await canvasPixels(canvas);
      expect(distinct, `${scheme}: ${name}`).toBeGreaterThan(8);
    }
  }
});

test('nothing is cut off, wrapped or out of line on Insights and Boundaries & safety', async ({
  page,
  seeded,
}) => {
  await page.clock.setFixedTime(VISUAL_NOW);
  const shot = (name: string) => SHOTS.find((s) => s.name === name)!;
  const box = async (locator: Locator) => (await locator.boundingBox())!;

  // Insights: "Download PNG" on one line in every card, the note clear of the stat boxes.
  await openAt(page, seeded, shot('insights'), 'light');
  const downloads = main(page).getByRole('button', { name: /^Download PNG/ });
  const heights = await Promise.all(
    (await downloads.all()).map(async (b) => (await box(b)).height),
  );
  expect(new Set(heights).size, `button heights ${heights.join(', ')}`).toBe(1);
  const stats = await box(main(page).locator('.stat-list'));
  const note = await box(main(page).getByText('Offline days are days with no networking'));
  expect(note.y).toBeGreaterThanOrEqual(stats.y + stats.height + 4);

  // Boundaries & safety: the report form's labels on one line, the person's choice in full.
  await openAt(page, seeded, shot('boundaries'), 'light');
  const form = main(page).getByRole('form', { name: 'Add an entry' });
  const platform = await box(form.getByText('Platform', { exact: true }));
  const date = await box(form.getByText('Date', { exact: true }));
  expect(Math.abs(date.y - platform.y)).toBeLessThanOrEqual(1);
  const person = form.getByRole('combobox', { name: /^Person/ }).last();
  const room = await person.evaluate((select: HTMLSelectElement) => {
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const text = context.measureText(select.selectedOptions[0]?.text ?? '').width;
    // The text, the padding and the drop-down arrow (about 1.5em) must fit inside.
    const needed =
      text +
      parseFloat(style.paddingLeft) +
      parseFloat(style.paddingRight) +
      1.5 * parseFloat(style.fontSize);
    return select.clientWidth - needed;
  });
  expect(room, 'room left in the Person select').toBeGreaterThanOrEqual(0);
});

/**
 * Settings → Sync connected, with what waits for the user (two failures, two conflicts, deletions
 * held), long names and a long server address, from the stand-in for the core's sync: the
 * section only, light and dark.
 */
test('settings → sync, connected and waiting for the user, light and dark', async ({
  page,
  seeded,
}) => {
  await page.clock.setFixedTime(VISUAL_NOW);
  const long = 'Maria-Fernanda Albuquerque de Vasconcelos e Sá Oliveira-Lindqvist';
  const status = waitingForUser(VISUAL_NOW);
  await standInForSync(page, {
    ...status,
    account: {
      ...status.account!,
      serverUrl: 'https://cloud.a-rather-long-hosting-provider.example.org/remote.php/dav/',
      username: 'maria-fernanda.albuquerque@a-rather-long-hosting-provider.example.org',
      addressBook: { url: `${SERVER}book/`, name: `Contacts of ${long}` },
      organizer: { email: 'maria-fernanda@example.org', name: long },
    },
    failures: [{ label: long, reason: 'The server refused the change (403).' }, ...status.failures],
  });
  const shot: Shot = {
    name: 'settings-sync',
    route: () => '#/settings',
    ready: (p) => main(p).getByRole('region', { name: 'Sync' }).getByText('Connected account'),
  };
  await openAt(page, seeded, shot, 'light');
  const section = main(page).getByRole('region', { name: 'Sync' });
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(section).toHaveScreenshot(`settings-sync-${scheme}.png`);
  }
});
