/**
 * A program's client of the host's socket (/api), as decided for issue #13: the Origin of the page
 * the host serves, and `Authorization: Bearer TOKEN` when the host printed a token.
 */
import WebSocket from 'ws';

export interface AppErrorLike {
  code: string;
  message: string;
}
export type CallResult = { ok: true; value: unknown } | { ok: false; error: AppErrorLike };

/** How a call ended: an answer, the connection closing first, or no answer in time. */
export type Outcome =
  | { kind: 'result'; result: unknown; ms: number }
  | { kind: 'closed'; ms: number }
  | { kind: 'timeout'; ms: number };

export interface Client {
  call(name: string, input: unknown, timeoutMs?: number): Promise<Outcome>;
  /** Sends a message text as it is (for inputs JSON.stringify cannot make, e.g. own __proto__). */
  callText(id: number, text: string, timeoutMs?: number): Promise<Outcome>;
  nextId(): number;
  isOpen(): boolean;
  close(): void;
}

export interface ConnectOptions {
  /** Overrides the Origin header (default: the host's own origin). */
  origin?: string;
  /** Overrides the token (null: send none). Default: the host's. */
  token?: string | null;
  timeoutMs?: number;
}

/** Opens the socket; rejects with the HTTP status (e.g. "401") or the error when refused. */
export async function connect(
  host: { url: string; token: string | null },
  options: ConnectOptions = {},
): Promise<Client> {
  const token = options.token === undefined ? host.token : options.token;
  const ws = new WebSocket(`${host.url.replace('http', 'ws')}/api`, {
    origin: options.origin ?? host.url,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    handshakeTimeout: options.timeoutMs ?? 5000,
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => {
      reject(new Error(String(res.statusCode)));
      ws.terminate();
    });
    ws.once('error', reject);
  });
  ws.on('error', () => {});
  const waiting = new Map<number, (result: unknown) => void>();
  const closers = new Set<() => void>();
  ws.on('message', (raw) => {
    let message: { type?: string; id?: number; result?: unknown };
    try {
      message = JSON.parse(String(raw)) as typeof message;
    } catch {
      return;
    }
    if (message.type === 'result' && typeof message.id === 'number') {
      waiting.get(message.id)?.(message.result);
      waiting.delete(message.id);
    }
  });
  ws.on('close', () => {
    for (const close of closers) close();
  });
  let id = 0;
  const callText = (mine: number, text: string, timeoutMs = 30_000) =>
    new Promise<Outcome>((resolve) => {
      const started = performance.now();
      const ms = () => Math.round(performance.now() - started);
      const done = (outcome: Outcome) => {
        clearTimeout(timer);
        waiting.delete(mine);
        closers.delete(onClose);
        resolve(outcome);
      };
      const onClose = () => done({ kind: 'closed', ms: ms() });
      const timer = setTimeout(() => done({ kind: 'timeout', ms: ms() }), timeoutMs);
      if (ws.readyState !== ws.OPEN) return onClose();
      waiting.set(mine, (result) => done({ kind: 'result', result, ms: ms() }));
      closers.add(onClose);
      ws.send(text);
    });
  return {
    nextId: () => ++id,
    callText,
    call(name, input, timeoutMs) {
      const mine = ++id;
      return callText(mine, JSON.stringify({ type: 'call', id: mine, name, input }), timeoutMs);
    },
    isOpen: () => ws.readyState === ws.OPEN,
    close: () => ws.terminate(),
  };
}

/** Whether a value has the Result shape every call must answer with. */
export function isResult(value: unknown): value is CallResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'value' in r;
  return (
    r.ok === false &&
    typeof r.error === 'object' &&
    r.error !== null &&
    typeof r.error.code === 'string' &&
    typeof r.error.message === 'string'
  );
}

/** The value of an ok answer, or throws with the call's name and what came back. */
export function valueOf(name: string, outcome: Outcome): unknown {
  if (outcome.kind === 'result' && isResult(outcome.result) && outcome.result.ok)
    return outcome.result.value;
  const detail =
    outcome.kind === 'result' ? JSON.stringify(outcome.result).slice(0, 300) : outcome.kind;
  throw new Error(`${name} failed: ${detail}`);
}
