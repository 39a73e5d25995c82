import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const HOST = join(process.cwd(), 'out', 'web', 'host.js');

export interface HostProcess {
  url: string;
  /** The process itself, for tests that kill it their own way. */
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `node out/web/host.js` and resolves once it prints its listening line. */
export async function startHostProcess(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<HostProcess> {
  const child: ChildProcess = spawn(process.execPath, [HOST, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let text = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${text}`)), 45_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = /Netwell web host listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${text}`));
    });
  });
  return {
    url,
    child,
    output: () => text,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Runs the host expecting it to refuse to start; resolves with its exit code and output. */
export async function runHostExpectingFailure(
  args: string[],
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [HOST, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}
