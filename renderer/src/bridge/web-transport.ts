/**
 * The browser host's side of `window.netwell`: the same contract as the Electron preload, carried
 * over a WebSocket to the page's own origin. Messages:
 *   page -> host  {type:"call", id, name, input}
 *   host -> page  {type:"result", id, result} | {type:"event", name, payload}
 */
import type { Transport } from '../../../electron/shared/api';
import type { CallName, EventName } from '../../../electron/shared/contract';
import type { Result } from '../../../electron/shared/result';

type Incoming =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: EventName; payload: unknown };

const unavailable: Result<never> = {
  ok: false,
  error: {
    code: 'unavailable',
    message:
      'Lost the connection to the Netwell host. Is it still running? Reload the page to retry.',
  },
};

export function createWebTransport(
  url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api`,
): Transport {
  let nextId = 1;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let socket: WebSocket | null = null;
  let ready: Promise<WebSocket> | null = null;

  const connect = (): Promise<WebSocket> => {
    ready ??= new Promise((resolveSocket, reject) => {
      const ws = new WebSocket(url);
      ws.addEventListener('open', () => {
        socket = ws;
        resolveSocket(ws);
      });
      ws.addEventListener('message', (message) => {
        const data = JSON.parse(String(message.data)) as Incoming;
        if (data.type === 'result') {
          pending.get(data.id)?.(data.result);
          pending.delete(data.id);
        } else {
          for (const listener of listeners.get(data.name) ?? []) listener(data.payload);
        }
      });
      const lost = () => {
        for (const settle of pending.values()) settle(unavailable);
        pending.clear();
        socket = null;
        ready = null;
        reject(new Error('closed'));
        // Pushed events only flow over an open socket: reconnect while anyone listens.
        if (listeners.size > 0) scheduleReconnect();
      };
      ws.addEventListener('close', lost);
      ws.addEventListener('error', lost);
    });
    return ready;
  };

  let retryMs = 500;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  const scheduleReconnect = () => {
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().then(
        () => (retryMs = 500),
        () => (retryMs = Math.min(retryMs * 2, 10_000)),
      );
    }, retryMs);
  };

  return {
    async invoke(name: CallName, input: unknown) {
      let ws: WebSocket;
      try {
        ws = socket ?? (await connect());
      } catch {
        return unavailable;
      }
      const id = nextId++;
      return new Promise<Result<unknown>>((settle) => {
        pending.set(id, settle);
        ws.send(JSON.stringify({ type: 'call', id, name, input }));
      });
    },
    subscribe(name: EventName, listener: (payload: unknown) => void) {
      void connect().catch(() => undefined);
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
}
