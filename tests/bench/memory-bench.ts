/**
 * What Netwell costs while it lives in the tray, at 30,000 contacts and 150,000 interactions: the
 * host's resident memory (RSS) idle after start-up, its peak under a burst of use, and after a
 * simulated day (leaks show there), and the renderer's JS heap on Contacts with its search copy.
 * The host runs in a process of its own with --expose-gc, so each figure is taken after a full
 * collection: what stays, not what is waiting to be collected; the figures after the burst and the
 * day are taken after 25 s of quiet, as the app spends most of its day. Linux: the peak is the kernel's
 * high-water mark (VmHWM), reset before the burst through /proc/PID/clear_refs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DATA_FILE } from '../../electron/core/store/open-store';
import { writeJsonDurably } from '../../electron/core/store/json-file';
import { generateAppData } from './generate-app-data';
import { QUERIES } from './fixtures';
import {
  authorization,
  sessionCookie,
  startHostProcess,
  type HostProcess,
} from '../e2e/web-host-process';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';

const LIST = 'ul[aria-label="Contacts"]';
/** The typed searches: the benchmark's queries and single words, 200 in all. */
const SEARCHES = Array.from({ length: 200 }, (_, i) => {
  const words = [...QUERIES, 'priya', 'chloé', 'lisboa', 'x', 'ömer', 'mei okafor', 'recruiter'];
  return words[i % words.length]!;
});
/** A Monday morning: the simulated day runs from here for 24 hours. */
const DAY_START = '2026-12-07T07:00:00Z';
const STEP_MS = 5 * 60_000;

const round = (n: number) => Math.round(n * 10) / 10;

interface MemoryReport {
  collected: boolean;
  rssMb: number;
  heapUsedMb: number;
}

async function control<T>(host: HostProcess, path: string, body: unknown = {}): Promise<T> {
  const res = await fetch(`${host.url}/__test__/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authorization(host) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} control failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * The host's RSS after a full collection, once the store's compactions and backups under way have
 * finished (the host waits for them: a worker's heap for a few seconds is not what stays); with `reduce`, after V8's memory-reducing one, which also
 * returns the heap pages V8 pools after a collection (its own memory reducer does that only after
 * the process has been idle a while).
 */
async function collectedRss(host: HostProcess, reduce = false): Promise<number> {
  const report = await control<MemoryReport>(host, reduce ? 'memory?reduce=1' : 'memory');
  if (!report.collected) throw new Error('the host was started without --expose-gc');
  return report.rssMb;
}

const statusOf = (pid: number) => readFileSync(`/proc/${pid}/status`, 'utf8');
const kbField = (status: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);

/** In the page: one socket to the host's API, kept open; `__call(name, input)` answers a call. */
async function installCaller(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/api`);
    await new Promise((resolve, reject) => {
      socket.onopen = resolve;
      socket.onerror = reject;
    });
    const waiting = new Map<number, (reply: { ok: boolean; value?: unknown }) => void>();
    socket.onmessage = (message) => {
      const reply = JSON.parse(String(message.data)) as {
        type: string;
        id: number;
        result: { ok: boolean; value?: unknown };
      };
      if (reply.type === 'result') waiting.get(reply.id)?.(reply.result);
    };
    let id = 0;
    (window as unknown as Record<string, unknown>)['__call'] = (name: string, input: unknown) =>
      new Promise((resolve, reject) => {
        const callId = ++id;
        waiting.set(callId, (result) => {
          waiting.delete(callId);
          if (result.ok) resolve(result.value);
          else reject(new Error(`${name} failed`));
        });
        socket.send(JSON.stringify({ type: 'call', id: callId, name, input }));
      });
  });
}

function call<T>(page: Page, name: string, input?: unknown): Promise<T> {
  return page.evaluate(
    ({ name, input }) =>
      (
        (window as unknown as Record<string, unknown>)['__call'] as (
          n: string,
          i: unknown,
        ) => Promise<unknown>
      )(name, input),
    { name, input },
  ) as Promise<T>;
}

interface Row {
  id: string;
  name: string;
}

/** `count` edits of contacts' notes, spread over `rows`, each awaited as the form awaits it. */
async function edit(page: Page, rows: readonly Row[], count: number, from: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const row = rows[(from + n) % rows.length]!;
    await call(page, 'contacts.update', { id: row.id, draft: { notes: `Edit ${from + n}` } });
  }
}

/** Types each search into the box, waits for its results, then clears the box. */
async function typeSearches(page: Page): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search contacts' });
  for (const query of SEARCHES) {
    await box.fill('');
    await box.pressSequentially(query);
    await page.locator(`${LIST}[data-answered="active:${query}"]`).waitFor();
  }
  await box.fill('');
}

async function openContacts(page: Page, rows: readonly Row[]): Promise<void> {
  for (const row of rows) {
    await page.evaluate((id) => (location.hash = `#/contacts/${id}`), row.id);
    await page.locator('main article h2', { hasText: row.name }).first().waitFor();
  }
  await page.evaluate(() => (location.hash = '#/contacts'));
}

/**
 * A day with the test clock: three windows open and close (with their reminders and check-ins'
 * notices), the clock moving in 5-minute steps, and 500 edits spread over the day.
 */
async function simulatedDay(host: HostProcess, page: Page, rows: readonly Row[]): Promise<void> {
  await control(host, 'clock', { set: DAY_START });
  const settings = await call<{ schedule: Record<string, unknown> }>(page, 'schedule.get');
  const everyDay = [0, 1, 2, 3, 4, 5, 6];
  await call(page, 'schedule.save', {
    ...settings,
    schedule: {
      ...settings.schedule,
      windows: [
        { id: 'morning', days: everyDay, start: '09:00', end: '09:30' },
        { id: 'lunch', days: everyDay, start: '12:00', end: '12:45' },
        { id: 'evening', days: everyDay, start: '17:00', end: '17:30' },
      ],
    },
  });
  const steps = (24 * 3_600_000) / STEP_MS;
  let edits = 0;
  for (let step = 0; step < steps; step++) {
    await control(host, 'clock', { advanceMs: STEP_MS });
    const due = Math.round(((step + 1) * 500) / steps) - edits;
    await edit(page, rows, due, 1_000 + edits);
    edits += due;
  }
}

/**
 * After a burst, the app waits as a tray app does: 25 s, in which the host's own check (every
 * 10 s, see core/memory-release.ts) sees it grown and quiet and gives the memory back.
 */
const quiet = () => new Promise((resolve) => setTimeout(resolve, 25_000));

/** Starts the host on `dataDir` with --expose-gc and waits 10 s, idle: the RSS after a GC. */
async function idleHost(
  dataDir: string,
): Promise<{ host: HostProcess; idleMb: number; idleReducedMb: number }> {
  const host = await startHostProcess(['--data-dir', dataDir, '--port', '0', '--test-controls'], {
    ...process.env,
    NODE_OPTIONS: '--expose-gc',
  });
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const idleMb = await collectedRss(host);
  return { host, idleMb, idleReducedMb: await collectedRss(host, true) };
}

export async function runMemoryBench(): Promise<Record<string, Record<string, number>>> {
  if (!existsSync(CHROMIUM) || process.platform !== 'linux') {
    console.error('memory bench skipped: it needs Linux (/proc) and Chromium');
    return {};
  }
  const emptyDir = mkdtempSync(join(tmpdir(), 'netwell-bench-memory-empty-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'netwell-bench-memory-'));
  const data = generateAppData();
  await writeJsonDurably(join(dataDir, DATA_FILE), data);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', ...CHROMIUM_ARGS],
  });
  try {
    // Baseline, same run: the host with no data at all.
    const empty = await idleHost(emptyDir);
    await empty.host.stop();
    // The first start-up seals the file; the figures are for every start after it.
    await (await startHostProcess(['--data-dir', dataDir, '--port', '0'])).stop();
    const { host, idleMb, idleReducedMb } = await idleHost(dataDir);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.context().addCookies([sessionCookie(host)]);
      await page.goto(`${host.url}/#/contacts`);
      await page.locator(`${LIST}[data-source="copy"]`).waitFor({ timeout: 60_000 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heapMb = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024;
      await installCaller(page);
      const rows: Row[] = [];
      for (const offset of [0, 12_000]) {
        const request = { query: '', filter: 'active', offset, limit: 60 };
        rows.push(...(await call<{ rows: Row[] }>(page, 'contacts.page', request)).rows);
      }
      // The burst: the kernel's high-water mark is reset (5: "reset peak RSS"), then read.
      const pid = host.child.pid!;
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      await typeSearches(page);
      await openContacts(page, rows.slice(0, 50));
      await edit(page, rows, 200, 0);
      const peakMb = kbField(statusOf(pid), 'VmHWM') / 1024;
      await quiet();
      const afterBurst = await collectedRss(host);
      await simulatedDay(host, page, rows);
      // (Also long enough for V8 to free the last compaction worker's pages: 8 s after it exits.)
      await quiet();
      const afterDay = await collectedRss(host);
      const afterDayReduced = await collectedRss(host, true);
      return {
        memory_30k: {
          contacts_count: data.contacts.length,
          interactions_count: data.interactions.length,
          host_rss_idle_mb: round(idleMb),
          host_rss_peak_mb: round(peakMb),
          host_rss_after_burst_mb: round(afterBurst),
          host_rss_after_day_mb: round(afterDay),
          host_rss_after_day_vs_idle_pct: round(((afterDay - idleMb) / idleMb) * 100),
          host_rss_idle_pool_released_mb: round(idleReducedMb),
          host_rss_after_day_pool_released_mb: round(afterDayReduced),
          renderer_js_heap_mb: round(heapMb),
          baseline_empty_host_rss_idle_mb: round(empty.idleMb),
        },
      };
    } finally {
      await host.stop();
    }
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(emptyDir, { recursive: true, force: true });
  }
}
