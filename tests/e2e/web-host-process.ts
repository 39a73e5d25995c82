import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const HOST = join(process.cwd(), 'out', 'web', 'host.js');

export interface HostProcess {
  /** The bare origin, http://127.0.0.1:PORT. */
  url: string;
  /** This run's key, from the listening line: `${url}/?token=${token}` lets a browser in. */
  token: string;
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
  const { url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${text}`)), 45_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match =
        /Netwell web host listening on (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)\n/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, token: match[2]! });
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
    token,
    child,
    output: () => text,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** How a program proves it may use the host: the run's key as a bearer token. */
export function authorization(host: { token: string }): Record<string, string> {
  return { Authorization: `Bearer ${host.token}` };
}

/** The session cookie the page gets at `/?token=…`, for a browser context opened some other way. */
export function sessionCookie(host: { url: string; token: string }) {
  return {
    name: 'netwell-session',
    value: host.token,
    url: host.url,
    httpOnly: true,
    sameSite: 'Strict' as const,
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
