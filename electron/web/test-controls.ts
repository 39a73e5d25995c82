import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { AdjustableClock } from './adjustable-clock';
import type { Core } from '../core/app/create-core';
import { isKnownTimeZone } from '../core/schedule/zoned-time';
import type { SimulatedMachine } from './simulated-machine';

export interface TestControlContext {
  core: Core;
  clock: AdjustableClock;
  machine: SimulatedMachine;
}

const ClockRequest = z.union([
  z.object({ set: z.iso.datetime({ offset: true }) }).strict(),
  z
    .object({
      advanceMs: z
        .number()
        .int()
        .min(0)
        .max(400 * 86_400_000),
    })
    .strict(),
]);

/** The events Electron's powerMonitor (and a clock watch) report, for the web host to simulate. */
const SystemRequest = z
  .object({
    event: z.enum([
      'suspend',
      'resume',
      'lock-screen',
      'unlock-screen',
      'clock-changed',
      'timezone-changed',
    ]),
    timeZone: z.string().refine(isKnownTimeZone, 'Unknown time zone').optional(),
    /** With "resume": how long the machine slept; the clock jumps without firing timers on the way. */
    sleptMs: z
      .number()
      .int()
      .min(0)
      .max(30 * 86_400_000)
      .optional(),
  })
  .strict();

const ActivityRequest = z
  .object({
    focused: z.boolean().optional(),
    idleSeconds: z.number().min(0).nullable().optional(),
  })
  .strict();

/** What a test sees of the app: the same models the Electron shell turns into a Tray and Notifications. */
export function testState({ core, clock, machine }: TestControlContext) {
  return {
    now: clock.now().toISOString(),
    tray: core.tray.current(),
    notifications: core.notifications.list(),
    boundaries: core.boundaries.status.get(),
    workspace: { open: machine.workspaceOpen },
    machine: { timeZone: machine.timeZone, idleSeconds: machine.idleSeconds },
    timers: clock.pendingTimers(),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('Body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export function isJsonContent(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

type Handler = (body: unknown, ctx: TestControlContext) => string | null;

const POSTS: Record<string, Handler> = {
  '/__test__/clock': (body, { clock }) => {
    const parsed = ClockRequest.safeParse(body);
    if (!parsed.success) return 'Send JSON: {"set": ISO-8601} or {"advanceMs": N}';
    if ('set' in parsed.data) clock.set(parsed.data.set);
    else clock.advance(parsed.data.advanceMs);
    return null;
  },
  '/__test__/system': (body, { core, clock, machine }) => {
    const parsed = SystemRequest.safeParse(body);
    if (!parsed.success)
      return `Send JSON: {"event": "resume"|..., "timeZone"?, "sleptMs"?}: ${parsed.error.issues[0]?.message}`;
    const { event, timeZone, sleptMs } = parsed.data;
    if (timeZone) machine.timeZone = timeZone;
    if (event === 'resume' && sleptMs) clock.jump(sleptMs);
    core.boundaries.status.recompute();
    return null;
  },
  '/__test__/activity': (body, { core, machine }) => {
    const parsed = ActivityRequest.safeParse(body);
    if (!parsed.success) return 'Send JSON: {"focused"?: boolean, "idleSeconds"?: number|null}';
    if (parsed.data.idleSeconds !== undefined) machine.idleSeconds = parsed.data.idleSeconds;
    if (parsed.data.focused !== undefined)
      core.boundaries.status.setWorkspaceFocus(parsed.data.focused);
    return null;
  },
};

const MB = 1024 * 1024;

/** V8's gc() of --expose-gc; "last-resort" is the memory-reducing collection. */
type ExposedGc = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * The host's memory in MB, after a full garbage collection when the host runs with --expose-gc
 * (the benchmark starts it so), once the store's background work has finished: what stays
 * allocated, not what is waiting to be collected. With
 * `reduce`, the collection is V8's memory-reducing one, which also gives back the heap pages V8
 * keeps pooled after a collection (its memory reducer does so on its own once the process has
 * been idle a while).
 */
export function memoryReport(reduce = false) {
  const gc = (globalThis as { gc?: ExposedGc }).gc;
  if (reduce) gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  else gc?.();
  const usage = process.memoryUsage();
  const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
  return {
    collected: gc !== undefined,
    rssMb: mb(usage.rss),
    heapUsedMb: mb(usage.heapUsed),
    heapTotalMb: mb(usage.heapTotal),
    externalMb: mb(usage.external),
  };
}

/**
 * Handles /__test__/* when the host runs with --test-controls (the door has already checked the
 * token). Returns false for other paths.
 */
export async function handleTestControl(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: TestControlContext,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://host');
  const path = url.pathname;
  if (!path.startsWith('/__test__/')) return false;
  if (path === '/__test__/state' && req.method === 'GET') {
    json(res, 200, testState(ctx));
    return true;
  }
  if (path === '/__test__/memory' && req.method === 'POST') {
    // A compaction or backup under way holds a worker's heap for a few seconds: not what stays.
    await ctx.core.store.settled();
    json(res, 200, memoryReport(url.searchParams.get('reduce') === '1'));
    return true;
  }
  const handler = POSTS[path];
  if (handler && req.method === 'POST') {
    // A form or a text/plain fetch from another page needs no preflight; JSON does, and that
    // preflight is never answered, so a foreign page cannot move the clock (the token aside).
    if (!isJsonContent(req.headers['content-type'])) {
      json(res, 415, { error: 'Send the body as Content-Type: application/json.' });
      return true;
    }
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      json(res, 400, { error: 'The body must be JSON.' });
      return true;
    }
    const error = handler(body, ctx);
    if (error) json(res, 400, { error });
    else json(res, 200, testState(ctx));
    return true;
  }
  json(res, 404, { error: 'Unknown test control' });
  return true;
}
