import { useSyncExternalStore } from 'react';

let now = Date.now();

function subscribe(listener: () => void): () => void {
  const timer = setInterval(() => {
    now = Date.now();
    listener();
  }, 30_000);
  now = Date.now();
  return () => clearInterval(timer);
}

const read = () => now;

/** The time, in milliseconds, updated every half minute: upcoming events move to Past on their own. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, read, read);
}
