import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { AdjustableClock } from '../core/clock';
import type { Core } from '../core/app/create-core';

const ClockRequest = z.union([
  z.object({ set: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ advanceMs: z.number().int().min(0).max(400 * 86_400_000) }).strict(),
]);

/** What a test sees of the app: the same models the Electron shell turns into a Tray and Notifications. */
export function testState(core: Core, clock: AdjustableClock) {
  return {
    now: clock.now().toISOString(),
    tray: core.tray.current(),
    notifications: core.notifications.list(),
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

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

/** Handles /__test__/* when the host runs with --test-controls. Returns false for other paths. */
export async function handleTestControl(
  req: IncomingMessage,
  res: ServerResponse,
  core: Core,
  clock: AdjustableClock,
): Promise<boolean> {
  const path = new URL(req.url ?? '/', 'http://host').pathname;
  if (!path.startsWith('/__test__/')) return false;
  if (path === '/__test__/state' && req.method === 'GET') {
    json(res, 200, testState(core, clock));
    return true;
  }
  if (path === '/__test__/clock' && req.method === 'POST') {
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      json(res, 400, { error: 'Send JSON: {"set": ISO-8601} or {"advanceMs": N}' });
      return true;
    }
    const parsed = ClockRequest.safeParse(body);
    if (!parsed.success) {
      json(res, 400, { error: 'Send JSON: {"set": ISO-8601} or {"advanceMs": N}' });
      return true;
    }
    if ('set' in parsed.data) clock.set(parsed.data.set);
    else clock.advance(parsed.data.advanceMs);
    json(res, 200, testState(core, clock));
    return true;
  }
  json(res, 404, { error: 'Unknown test control' });
  return true;
}
