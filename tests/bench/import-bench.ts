/**
 * Import at LinkedIn's maximum: a 30,000-row `Connections.csv` (the most connections LinkedIn
 * allows), previewed and committed through the real ImportService and store. Target: the whole
 * import, preview included, under 3 s. Also reports the longest event-loop stall during the
 * preview (the main process must keep answering while a big file is read).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../electron/core/clock';
import { EventBus } from '../../electron/core/event-bus';
import { ImportService } from '../../electron/core/interchange/import-service';
import { openStore } from '../../electron/core/store/open-store';
import { mulberry32 } from './generate-dataset';

/** Seeded (mulberry32): the same seed gives the same data, run after run. */
const random = mulberry32;

const FIRST = [
  'Ana',
  'Bruno',
  'Chloé',
  'Dmitri',
  'Eun-ji',
  'Fatima',
  'Grace',
  'Håkon',
  'Ife',
  'José',
  'Kai',
  'Léa',
  'María',
  'Nguyễn',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Søren',
  'Tomás',
  'Uma',
  'Vikram',
  'Wen',
  'Xavier',
  'Yara',
  'Zoë',
];
const LAST = [
  'Lima',
  'Costa',
  "O'Brien",
  'Müller',
  'Kim',
  'Okafor',
  'Hopper',
  'Núñez',
  'Smith',
  'Tanaka',
  'García',
  'Dubois',
  'Kowalski',
  'Ivanova',
  'Johansson',
];
/** What real exports carry in name cells: credentials, pronouns, emoji, quotes, commas. */
const DECOR = [
  '',
  '',
  '',
  '',
  ', PhD',
  ' (she/her)',
  ' (he/him)',
  ' 🚀',
  ' "Jo"',
  ', MBA, CFA',
  ' ✨',
];
const COMPANIES = [
  'Acme',
  'Northwind',
  'Globex, Inc.',
  'Initech',
  'Umbrella "Labs"',
  'Café Ñ',
  'Stark Industries',
  'Wayne Enterprises',
];
const ROLES = [
  'Engineer',
  'Designer',
  'Product Manager',
  'Founder & CEO',
  'Recruiter, Tech',
  'Data Scientist',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A LinkedIn export as LinkedIn writes it today: the "Notes:" preamble, then the header, then
 * `rows` connections. About 3% are hidden members (only a date), about 5% share their email.
 */
export function generateLinkedInExport(rows = 30_000, seed = 20_260_501): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    const date = `${String(1 + Math.floor(next() * 28)).padStart(2, '0')} ${pick(MONTHS)} ${2010 + Math.floor(next() * 16)}`;
    if (next() < 0.03) {
      lines.push(`,,,,,,${date}`);
      continue;
    }
    const first = pick(FIRST);
    const last = `${pick(LAST)}${pick(DECOR)}`;
    const slug = `${first}-${pick(LAST)}-${i}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
    const email = next() < 0.05 ? `${slug}@example.com` : '';
    lines.push(
      [
        first,
        last,
        `https://www.linkedin.com/in/${slug}`,
        email,
        pick(COMPANIES),
        pick(ROLES),
        date,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function runImportBench(
  rows = 30_000,
): Promise<Record<string, Record<string, number>>> {
  const text = generateLinkedInExport(rows);
  const bytes = Buffer.from(text, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'netwell-bench-import-'));
  const store = await openStore({ dataDir: dir, clock: systemClock() });
  try {
    const service = new ImportService(store, systemClock(), new EventBus());
    let last = performance.now();
    let stall = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last - 1);
      last = now;
    }, 1);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const preview = await service.preview({
      requestId: 'bench',
      fileName: 'Connections.csv',
      bytes,
    });
    const previewed = performance.now();
    const previewCpu = process.cpuUsage(cpu);
    clearInterval(ticker);
    const result = await service.commit({
      token: preview.token,
      choices: {},
    });
    const committed = performance.now();
    const used = process.cpuUsage(cpu);
    return {
      import_30k: {
        rows_count: preview.counts.rows,
        created_count: result.created,
        hidden_count: preview.counts.hidden,
        file_kb: Math.round(text.length / 1024),
        preview_ms: round(previewed - start),
        commit_ms: round(committed - previewed),
        total_ms: round(committed - start),
        preview_stall_max_ms: round(stall),
        // CPU time of this process (the worker's compaction included): steadier on a busy machine.
        preview_cpu_ms: round((previewCpu.user + previewCpu.system) / 1000),
        total_cpu_ms: round((used.user + used.system) / 1000),
      },
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
