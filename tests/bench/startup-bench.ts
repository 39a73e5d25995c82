/**
 * How long the core takes to start, as a process: from spawning the browser host (`out/web/host.js`,
 * the same core the desktop app's main process runs) to its "listening" line, when the page can
 * connect. On an empty data folder (loading the code alone) and on the 30,000-contact data set
 * (after a first start has sealed its file, as every start but the first finds it). Each figure is
 * the median of five starts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_FILE } from '../../electron/core/store/open-store';
import { writeJsonDurably } from '../../electron/core/store/json-file';
import { startHostProcess } from '../e2e/web-host-process';
import { generateAppData } from './generate-app-data';
import { summarise } from './stats';

const STARTS = 5;

async function readyMs(dataDir: string): Promise<number> {
  const started = performance.now();
  const host = await startHostProcess(['--data-dir', dataDir, '--port', '0']);
  const ms = performance.now() - started;
  await host.stop();
  return ms;
}

async function medianReady(dataDir: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < STARTS; i++) samples.push(await readyMs(dataDir));
  return Math.round(summarise(samples).p50);
}

export async function runStartupBench(): Promise<Record<string, Record<string, number>>> {
  const emptyDir = mkdtempSync(join(tmpdir(), 'netwell-bench-startup-empty-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'netwell-bench-startup-'));
  try {
    await writeJsonDurably(join(dataDir, DATA_FILE), generateAppData());
    await readyMs(dataDir);
    return {
      startup: {
        host_ready_empty_p50_ms: await medianReady(emptyDir),
        host_ready_30k_p50_ms: await medianReady(dataDir),
      },
    };
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
