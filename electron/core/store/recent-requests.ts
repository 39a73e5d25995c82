/**
 * Idempotent creates. A create call may carry a `requestId` (a UUID the caller chose once per form
 * submission). The store keeps the most recent ones with what each call answered, in the data file
 * and in the same update that creates the record: a retry after a lost reply, even after a crash
 * right after the write, answers the first result and creates nothing.
 */
import { z } from 'zod';
import type { Data } from './data-schema';
import type { Store } from './document-store';
import { UserError } from '../errors';

/** Request ids kept; the oldest is forgotten first. A retry comes seconds later, not 1,000 creates. */
export const MAX_RECENT_REQUESTS = 1000;

export const RecentRequestSchema = z.object({
  /** The call it answered ("contacts.create"): the same id sent to another call is a mistake. */
  call: z.string(),
  result: z.unknown(),
});
export type RecentRequest = z.output<typeof RecentRequestSchema>;

/** Kept by request id, oldest first (insertion order): a create adds one key and drops one. */
export const RecentRequestsSchema = z.record(z.string(), RecentRequestSchema);

/** Which call a create is, and the caller's request id if it sent one. */
export interface CreateRequest {
  call: string;
  requestId?: string | undefined;
}

/** What the call answered the first time, or undefined if this request id is new. */
export function recall(data: Data, request: CreateRequest | undefined): unknown {
  const id = request?.requestId;
  if (!id || !Object.hasOwn(data.recentRequests, id)) return undefined;
  const seen = data.recentRequests[id]!;
  if (seen.call !== request.call) {
    throw new UserError(
      'invalid_input',
      `This request id was already used for another call (${seen.call}). Nothing was changed.`,
    );
  }
  return seen.result;
}

function remember(data: Data, request: CreateRequest, result: unknown): void {
  const id = request.requestId;
  if (!id) return;
  data.recentRequests[id] = { call: request.call, result };
  const ids = Object.keys(data.recentRequests);
  for (const old of ids.slice(0, Math.max(0, ids.length - MAX_RECENT_REQUESTS))) {
    delete data.recentRequests[old];
  }
}

/**
 * `store.update(create)` for a create call: a request id seen before answers its first result and
 * changes nothing; a new one is remembered with `create`'s result in the same update.
 */
export function updateOnce<T>(
  store: Store,
  request: CreateRequest | undefined,
  create: (draft: Data) => T,
): Promise<T> {
  if (!request?.requestId) return store.update(create);
  return store.update((draft) => {
    const seen = recall(draft, request);
    if (seen !== undefined) return seen as T;
    const result = create(draft);
    // A plain copy: the answer as it was, not a live record the next edit would change.
    remember(draft, request, JSON.parse(JSON.stringify(result)) as unknown);
    return result;
  });
}

/** Runs a create call at most once per request id; see `onceFor`. */
export type Once = <T>(
  request: CreateRequest,
  create: (request: CreateRequest) => Promise<T>,
) => Promise<T>;

/**
 * A create call with the caller's request id: a retry answers what the first call created (and
 * checks nothing again: the contact may be blocked by now); the service remembers the id in the
 * update that creates the record.
 */
export function onceFor(store: Store): Once {
  return async (request, create) => {
    const seen = recall(store.read(), request);
    return seen !== undefined ? (seen as Awaited<ReturnType<typeof create>>) : create(request);
  };
}
