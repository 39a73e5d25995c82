/**
 * The shape of `window.netwell`, derived from the contract: one named function per call
 * (`netwell.contacts.get(...)`) and `on(event, listener)` for pushed events. The preload (over
 * ipcRenderer) and the web bridge (over a WebSocket) build it with `createApi`, so both expose the
 * very same object.
 */
import type { Result } from './result';
import type {
  CallInput,
  CallName,
  CallNamespace,
  CallOutput,
  EventName,
  EventPayload,
} from './contract';
import { CALL_NAMES, EVENT_NAMES } from './contract-names';

type CallFunction<K extends CallName> =
  undefined extends CallInput<K>
    ? (input?: CallInput<K>) => Promise<Result<CallOutput<K>>>
    : (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;

export type NetwellApi = {
  [N in CallNamespace]: {
    [K in CallName as K extends `${N}.${infer M}` ? M : never]: CallFunction<K>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export interface Transport {
  invoke(name: CallName, input: unknown): Promise<Result<unknown>>;
  subscribe(name: EventName, listener: (payload: unknown) => void): () => void;
}

export function createApi(transport: Transport): NetwellApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of CALL_NAMES) {
    const [namespace, method] = name.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = (input?: unknown) => transport.invoke(name, input);
  }
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event))
      throw new Error(`Unknown event: ${String(event)}`);
    return transport.subscribe(event, listener);
  };
  return Object.freeze({ ...api, on }) as unknown as NetwellApi;
}

/** The IPC channel a call travels on (Electron) — one prefix, so main can tell ours from others. */
export const channelOf = (name: CallName | EventName): string => `netwell:${name}`;
