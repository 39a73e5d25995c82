import { memorySecrets } from './memory-secrets';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import Conf from 'conf';
import { systemClock, type Clock } from '../core/clock';
import { AdjustableClock } from './adjustable-clock';
import { createCore, type Core } from '../core/app/create-core';
import { keepMemoryLean } from '../core/memory-release';
import type { HostPort } from '../core/ports';
import type { ConfFactory } from '../core/settings/settings-store';
import { decideHttpAccess, newToken, requestFacts } from './host-access';
import { answerDoor } from './host-door';
import { attachSocketApi } from './socket-api';
import { serveStatic } from './static-files';
import { SimulatedMachine } from './simulated-machine';
import { handleTestControl } from './test-controls';

export interface WebHostOptions {
  dataDir: string;
  port: number;
  testControls: boolean;
  rendererDir: string;
  version: string;
  log?: (error: unknown) => void;
  /** Called when the user chooses Quit (from the header's quick actions). */
  onQuit?: () => void;
}

export interface WebHost {
  /** The bare origin, http://127.0.0.1:PORT. */
  url: string;
  /** This run's secret: open `${url}/?token=${token}`, or send `Authorization: Bearer ${token}`. */
  token: string;
  core: Core;
  clock: Clock;
  close(): Promise<void>;
}

/** conf is the library electron-store is built on: same file format, same schema. */
const confFactory: ConfFactory = (options) =>
  new Conf<Record<string, unknown>>({ ...options, projectName: 'netwell' });

/**
 * The browser host: the same core and handlers as the desktop app, the built renderer over HTTP and
 * the contract over a WebSocket, on 127.0.0.1 only, behind a per-run token (host-access.ts).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((error: unknown) => console.error(error));
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${options.rendererDir} is missing). Run "npm run build" first.`,
    );
  }
  const adjustable = options.testControls ? new AdjustableClock() : null;
  const clock = adjustable ?? systemClock();
  let server: Server | null = null;
  const token = newToken();

  const machine = new SimulatedMachine();
  const host: HostPort = {
    kind: 'web',
    version: options.version,
    platform: process.platform,
    trayAvailable: () => false,
    // A browser already opens links in a tab; the host has no browser of its own to open.
    openExternal: async () => {},
    showWindow: (route) => core.bus.emit('app.navigate', { route: route ?? 'today' }),
    quit: () => options.onQuit?.(),
    // The browser host is started by hand (or by tests); there is nothing to start at login.
    setStartAtLogin: () => {},
    // The browser opens nothing on this machine: the renderer downloads the .ics instead.
    openCalendarFile: async () => false,
    // No keychain a browser host could reach: the sync password lives as long as this process.
    secrets: memorySecrets(),
    systemTimeZone: () => machine.timeZone,
    idleSeconds: () => machine.idleSeconds,
    workspace: {
      applyAccess: (open) => {
        machine.workspaceOpen = open;
      },
      // A page cannot embed LinkedIn and co. (they forbid framing): the renderer shows links.
      show: () => false,
      hide: () => {},
    },
  };
  const core = await createCore({
    dataDir: options.dataDir,
    clock,
    host,
    settingsFactory: confFactory,
    log,
  });
  const memory = keepMemoryLean();

  try {
    server = createServer((req, res) => {
      void (async () => {
        const address = server!.address();
        const port = address && typeof address === 'object' ? address.port : -1;
        if (answerDoor(decideHttpAccess(requestFacts(req), token, port), token, res)) return;
        if (adjustable && (await handleTestControl(req, res, { core, clock: adjustable, machine })))
          return;
        await serveStatic(options.rendererDir, req, res);
      })().catch((error: unknown) => {
        log(error);
        if (!res.headersSent) res.writeHead(500).end('Internal error');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(options.port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    memory.stop();
    await core.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `Port ${options.port} is already in use. Pass --port with another number, or --port 0 for a free one.`,
        { cause: error },
      );
    }
    throw error;
  }

  const socket = attachSocketApi(server, core.handlers, core.bus, token, log);
  // While the first page loads: the questions it asks then find their indexes built.
  setImmediate(() => core.prepare());
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    core,
    clock,
    async close() {
      await socket.close();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      adjustable?.dispose();
      memory.stop();
      await core.close();
    },
  };
}
