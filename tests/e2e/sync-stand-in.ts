/**
 * A stand-in for the sync engine in the page's own connection: the page's `sync.*` calls are
 * answered here, every other call goes to the real host. The UI can then be shown in states a
 * real server reaches only with effort (conflicts, deletions waiting, a refused password), and
 * every status is checked against the contract's schema first, so it is one the core could send.
 */
import type { Page, WebSocketRoute } from '@playwright/test';
import { z } from 'zod';
import type { AppError } from '../../electron/shared/result';
import { SyncStatusSchema, type Discovery, type SyncStatus } from '../../electron/shared/sync';

export const NOT_CONNECTED: SyncStatus = {
  account: null,
  state: 'off',
  passwordStorage: 'memory',
  message: null,
  lastRun: null,
  failures: [],
  conflicts: [],
  pendingDeletions: null,
  queued: 0,
  nextRunAt: null,
};

// Sample states, as the core could send them.

export const SERVER = 'https://dav.example.org/';
export const FOUND: Discovery = {
  serverUrl: SERVER,
  addressBooks: [
    { url: `${SERVER}ana/contacts/`, name: 'Contacts' },
    { url: `${SERVER}ana/family/`, name: 'Family' },
  ],
  calendars: [{ url: `${SERVER}ana/personal/`, name: 'Personal' }],
  vcard4: false,
};

const minutesBefore = (iso: string, n: number) =>
  new Date(Date.parse(iso) - n * 60_000).toISOString();

/** Connected and idle, after a run two minutes before `now`. */
export function connected(now: string, over: Partial<SyncStatus> = {}): SyncStatus {
  return {
    ...NOT_CONNECTED,
    account: {
      serverUrl: SERVER,
      calendarServerUrl: null,
      username: 'ana',
      addressBook: FOUND.addressBooks[0]!,
      calendar: FOUND.calendars[0]!,
      vcard4: false,
      organizer: { email: 'ana@example.org', name: 'Ana Lima' },
      options: { syncNotes: false, syncWindows: true },
      paused: false,
    },
    state: 'idle',
    lastRun: {
      at: minutesBefore(now, 2),
      ok: true,
      durationMs: 240,
      pulled: { created: 3, updated: 0, deleted: 0 },
      pushed: { created: 0, updated: 1, deleted: 0 },
    },
    ...over,
  };
}

/** Connected, with conflicts, failures and deletions that wait for the user. */
export function waitingForUser(now: string): SyncStatus {
  return connected(now, {
    failures: [
      { label: 'Ben Costa', reason: 'The server refused the change (403).' },
      {
        label: `${SERVER}ana/contacts/broken.vcf`,
        reason: 'This card could not be read: it has no END:VCARD.',
      },
    ],
    conflicts: [
      {
        id: 'c1',
        contactId: 'p1',
        label: 'Ana Lima',
        field: 'emails',
        fieldLabel: 'Email',
        netwell: 'ana@work.example',
        server: 'ana@home.example',
      },
      {
        id: 'c2',
        contactId: 'p2',
        label: 'Cy Okafor',
        field: 'notes',
        fieldLabel: 'Notes',
        netwell: '',
        server: 'Met at the meetup.\nLikes climbing.',
      },
    ],
    pendingDeletions: {
      side: 'server',
      count: 14,
      names: ['Dee Park', 'Eli Stone', 'Fay Wong'],
    },
  });
}

/** How the stand-in answers a call: a new status, another value (a discovery), or a refusal. */
export type Reply = { status: SyncStatus } | { value: unknown } | { error: AppError };

export interface SyncStandIn {
  /** The status answered from now on, also pushed to the page as `sync.changed`. */
  set(status: SyncStatus): void;
  /** Every sync call the page made, in order: name and input. */
  calls: { name: string; input: unknown }[];
}

const PageMessage = z.object({
  type: z.string(),
  id: z.number().optional(),
  name: z.string().optional(),
  input: z.unknown().optional(),
});

/**
 * Routes the page's WebSocket through the stand-in (before the page opens). `reply` answers a call
 * its own way, given the current status; a call it leaves (undefined) answers with that status.
 */
export async function standInForSync(
  page: Page,
  initial: SyncStatus,
  reply: (name: string, input: unknown, status: SyncStatus) => Reply | undefined = () => undefined,
): Promise<SyncStandIn> {
  let status = SyncStatusSchema.parse(initial);
  const sockets = new Set<WebSocketRoute>();
  const calls: SyncStandIn['calls'] = [];
  const push = () => {
    for (const ws of sockets) {
      ws.send(JSON.stringify({ type: 'event', name: 'sync.changed', payload: status }));
    }
  };
  await page.routeWebSocket(/\/api$/, (ws) => {
    sockets.add(ws);
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const data = PageMessage.parse(JSON.parse(String(message)));
      if (data.type !== 'call' || !data.name?.startsWith('sync.')) {
        server.send(message);
        return;
      }
      calls.push({ name: data.name, input: data.input });
      const answer = reply(data.name, data.input, status) ?? { status };
      let result: unknown;
      if ('status' in answer) {
        status = SyncStatusSchema.parse(answer.status);
        result = { ok: true, value: status };
      } else if ('value' in answer) result = { ok: true, value: answer.value };
      else result = { ok: false, error: answer.error };
      ws.send(JSON.stringify({ type: 'result', id: data.id, result }));
      if ('status' in answer) push();
    });
    ws.onClose(() => sockets.delete(ws));
  });
  return {
    calls,
    set(next) {
      status = SyncStatusSchema.parse(next);
      push();
    },
  };
}
