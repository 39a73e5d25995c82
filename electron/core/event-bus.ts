import type { EventName, EventPayload } from '../shared/contract';

type Listener = (name: EventName, payload: unknown) => void;

/** Events main pushes to the renderer. Hosts subscribe once and forward everything. */
export class EventBus {
  private listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
