/** Subscribes a listener; returns the unsubscribe. */
export type Event<T> = (listener: (value: T) => void) => () => void;

/**
 * A typed in-core event for one producer and a few listeners (the wellbeing sessions watching the
 * boundaries). Unlike the EventBus, nothing here goes to the renderer: listeners subscribe at
 * construction, so no service needs a late setter to be told about another.
 */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
}
