import { useEffect, useRef } from 'react';

/** Calls `effect(value)` once `value` has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number, effect: (value: T) => void): void {
  const latest = useRef(effect);
  useEffect(() => {
    latest.current = effect;
  });
  useEffect(() => {
    const timer = window.setTimeout(() => latest.current(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
}
