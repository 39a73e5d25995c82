/**
 * `npm run bench`: prints a table; `npm run bench -- --json` prints one JSON object of plain
 * numbers keyed by area, then metric_statistic_unit. Baselines are measured in the same run.
 */
import { runScheduleBench } from './schedule-bench';
import { runBoundariesBench } from './boundaries-bench';
import { runCrmBench } from './crm-bench';
import { runExportBench } from './export-bench';
import { runInsightsBench } from './insights-bench';
import { runIpcBench } from './ipc-bench';
import { runStoreBench, STARTUP_PROBE, startUpProbe } from './store-bench';
import { runRendererBench } from './renderer-bench';
import { runImportBench } from './import-bench';
import { runMemoryBench } from './memory-bench';
import { runSyncBench } from './sync-bench';
import { runStartupBench } from './startup-bench';
import { writeBenchData } from './generate-app-data';

type Report = Record<string, Record<string, number>>;

async function main(): Promise<void> {
  // The store benchmark times each start-up in a fresh process: this one, asked to do just that.
  const probe = process.argv.indexOf(STARTUP_PROBE);
  if (probe >= 0) return startUpProbe(process.argv[probe + 1]!);
  // `--write-data <dir>`: the 30,000-contact data set as the app's data file, to try or profile.
  const write = process.argv.indexOf('--write-data');
  if (write >= 0) return writeBenchData(process.argv[write + 1]!);
  // `--only <area>` runs one: crm, ipc, schedule, boundaries, store, import, export, insights,
  // renderer, memory, sync, startup; `--only store,memory` runs several.
  const only = process.argv.includes('--only')
    ? process.argv[process.argv.indexOf('--only') + 1]!.split(',')
    : null;
  // `--runs N`: each area N times, and every figure the median of its N values (the targets are
  // medians of three runs on a machine whose load varies).
  const runs = process.argv.includes('--runs')
    ? Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1)
    : 1;
  const areas: Record<string, () => Promise<Report> | Report> = {
    crm: runCrmBench,
    ipc: runIpcBench,
    schedule: runScheduleBench,
    boundaries: runBoundariesBench,
    store: runStoreBench,
    import: runImportBench,
    export: runExportBench,
    insights: runInsightsBench,
    renderer: runRendererBench,
    memory: runMemoryBench,
    sync: runSyncBench,
    startup: runStartupBench,
  };
  const report: Report = {};
  for (const [name, run] of Object.entries(areas)) {
    if (only && !only.includes(name)) continue;
    const reports: Report[] = [];
    for (let i = 0; i < runs; i++) reports.push(await run());
    Object.assign(report, medianOf(reports));
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report));
    return;
  }
  const rows = Object.entries(report).flatMap(([area, metrics]) =>
    Object.entries(metrics).map(([metric, value]) => [area, metric, String(value)] as const),
  );
  const widths = [0, 1, 2].map((i) =>
    Math.max(...rows.map((r) => r[i]!.length), ['area', 'metric', 'value'][i]!.length),
  );
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(['area', 'metric', 'value']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Each figure's median over the reports (the middle one; for an even count, the lower). */
function medianOf(reports: Report[]): Report {
  const result: Report = {};
  for (const [area, metrics] of Object.entries(reports[0] ?? {})) {
    result[area] = {};
    for (const metric of Object.keys(metrics)) {
      const values = reports.map((r) => r[area]?.[metric] ?? NaN).sort((a, b) => a - b);
      result[area][metric] = values[Math.floor((values.length - 1) / 2)]!;
    }
  }
  return result;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
