// `node scripts/make-icons.mjs`: renders the app and tray icons from resources/svg/*.svg to PNG with
// headless Chromium (playwright-core). Run it after editing an SVG; commit the SVGs and the PNGs.
// CHROMIUM=/path/to/chrome overrides the browser (default /usr/bin/chromium).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const svgDir = join(root, 'resources', 'svg');
const svg = (name) => readFileSync(join(svgDir, `${name}.svg`), 'utf8');

const TRAY_STATES = ['off', 'upcoming', 'open', 'closing', 'paused'];
const APP_SIZES = [512, 256, 128, 64, 48, 32, 16];

/** [svg source, size in px, output path relative to resources/] */
const jobs = [
  ['icon', 512, 'icon.png'],
  ...APP_SIZES.map((size) => ['icon', size, `icons/${size}x${size}.png`]),
  ...TRAY_STATES.flatMap((state) => [
    [`tray-${state}`, 16, `tray/tray-${state}.png`],
    [`tray-${state}`, 32, `tray/tray-${state}@2x.png`],
  ]),
  ['trayTemplate', 16, 'tray/trayTemplate.png'],
  ['trayTemplate', 32, 'tray/trayTemplate@2x.png'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [source, size, output] of jobs) {
    // Draw the vector at the target size (no bitmap scaling), on a transparent page.
    const markup = svg(source).replace(
      /<svg([^>]*?)\swidth="\d+"\s+height="\d+"/,
      `<svg$1 width="${size}" height="${size}"`,
    );
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${markup}</body></html>`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    const file = join(root, 'resources', output);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, png);
    console.log(`resources/${output} (${size}px)`);
  }
} finally {
  await browser.close();
}
