import { useSyncExternalStore } from 'react';

/** A tiny observable value: the renderer's state lives in a few of these, one per area. */
export interface Store<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (Object.is(resolved, value)) return;
      value = resolved;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * A store fed by the host: `connect` runs when the first component subscribes (fetch the current
 * value, listen for pushed events) and its cleanup when the last one leaves.
 */
export function createLiveStore<T>(initial: T, connect: (store: Store<T>) => () => void): Store<T> {
  const store = createStore(initial);
  let users = 0;
  let disconnect: (() => void) | null = null;
  return {
    ...store,
    subscribe(listener) {
      const unsubscribe = store.subscribe(listener);
      if (users++ === 0) disconnect = connect(store);
      return () => {
        unsubscribe();
        if (--users === 0) {
          disconnect?.();
          disconnect = null;
        }
      };
    },
  };
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
