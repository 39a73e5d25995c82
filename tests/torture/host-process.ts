/**
 * The real browser host as a child process (`node out/web/host.js`), as a user would run it: its
 * listening line gives the origin and, once the host has a per-run token, the token.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The host is built beside this suite (out/web/host.js next to out/web/torture.js). */
export const HOST_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'host.js');

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:(\d+))\/?(?:\?token=([A-Za-z0-9_-]+))?/;

export interface RunningHost {
  /** The bare origin, http://127.0.0.1:PORT. */
  url: string;
  port: number;
  /** The per-run secret, or null for a host that prints none (before the host part landed). */
  token: string | null;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string | null>;
  alive(): boolean;
  output(): string;
  /** Resident memory now, in MB (0 once it has exited). */
  rssMb(): number;
  /** SIGKILL, and wait for the end. */
  kill(): Promise<void>;
  /** SIGTERM (a clean quit), and wait for the end. */
  stop(): Promise<void>;
}

export type Launch =
  | { started: true; host: RunningHost }
  | { started: false; code: number | string | null; output: string };

export interface LaunchOptions {
  args?: string[];
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Every host this run started: none may outlive it, whatever way the run ends. */
const launched = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of launched) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts the host on `dataDir`; resolves when it listens, or with its output when it exits first. */
export function launchHost(dataDir: string, options: LaunchOptions = {}): Promise<Launch> {
  const child = spawn(
    process.execPath,
    [HOST_SCRIPT, '--data-dir', dataDir, '--port', '0', ...(options.args ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  let text = '';
  launched.add(child);
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => {
      launched.delete(child);
      resolve(code ?? signal);
    }),
  );
  return new Promise<Launch>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ started: false, code: 'timeout', output: text });
    }, options.timeoutMs ?? 45_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = LISTENING.exec(text);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stderr!.off('data', onData);
      // Keep collecting (and draining) what it prints, so a full pipe never blocks it.
      child.stdout!.on('data', (c: Buffer) => (text += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (text += c.toString()));
      resolve({ started: true, host: running(child, exited, match, () => text) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      resolve({ started: false, code, output: text });
    });
  });
}

function running(
  child: ChildProcess,
  exited: Promise<number | string | null>,
  match: RegExpExecArray,
  output: () => string,
): RunningHost {
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    url: match[1]!,
    port: Number(match[2]),
    token: match[3] ?? null,
    child,
    exited,
    alive,
    output,
    rssMb: () => (alive() && child.pid ? rssMbOf(child.pid) : 0),
    async kill() {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (alive()) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** VmRSS from /proc (Linux); 0 where there is no /proc. */
export function rssMbOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return kb ? Math.round(Number(kb[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Samples a host's RSS every `everyMs` and keeps the peak; `stop()` ends the sampling. */
export function watchPeakRss(
  host: () => RunningHost | null,
  everyMs = 100,
): { peak(): number; stop(): void } {
  let peak = 0;
  const timer = setInterval(() => {
    const h = host();
    if (h) peak = Math.max(peak, h.rssMb());
  }, everyMs);
  timer.unref();
  return { peak: () => peak, stop: () => clearInterval(timer) };
}
