import type { Result } from '../../../electron/shared/result';
import type { Store } from './createStore';

export interface Optimistic<T> {
  /** The host's own state (an event, a fetched value): shown with the unanswered changes on top. */
  fromHost(next: T): void;
  /** Shows `change` at once, then sends it; the answer is the host's new state. */
  change(change: (value: T) => T, send: () => Promise<Result<T>>): Promise<Result<T>>;
}

/**
 * Changes the page shows before the host has answered them. Whatever the host says meanwhile (an
 * event, an earlier change's answer) is shown with the unanswered changes on top: two quick clicks
 * never see the first one's answer undo the second until the second's own answer comes. A refused
 * change is dropped, and the host's state shows again.
 */
export function optimistic<T>(
  store: Store<T | null>,
  onShown: (value: T) => void = () => {},
): Optimistic<T> {
  const unanswered: ((value: T) => T)[] = [];
  let confirmed: T | null = null;
  const show = () => {
    if (confirmed === null) return;
    let value: T = confirmed;
    for (const change of unanswered) value = change(value);
    // As an updater: a value that is itself a function would be called by `set`.
    store.set(() => value);
    onShown(value);
  };
  return {
    fromHost(next) {
      confirmed = next;
      show();
    },
    async change(change, send) {
      unanswered.push(change);
      show();
      const result = await send();
      unanswered.splice(unanswered.indexOf(change), 1);
      if (result.ok) confirmed = result.value;
      show();
      return result;
    },
  };
}
