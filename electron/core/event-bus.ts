import type { EventName, EventPayload } from '../shared/contract';

/** Sees every event: what a host needs to forward them all, untouched. */
type Listener = (name: EventName, payload: unknown) => void;

/**
 * Events main pushes to the renderer, typed by the contract's `events` map: `emit` checks the
 * payload, `on` hands a handler its event's payload already typed. Hosts `subscribe` once and
 * forward everything.
 */
export class EventBus {
  private listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  /** Every event, in the order emitted. Returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One event, its payload typed from the contract. Returns the unsubscribe. */
  on<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void {
    return this.subscribe((emitted, payload) => {
      // `emit` only pairs a name with that name's payload, so this is the one cast the bus needs.
      if (emitted === name) handler(payload as EventPayload<E>);
    });
  }
}
