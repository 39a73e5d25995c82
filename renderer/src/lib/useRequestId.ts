import { useMemo, useRef } from 'react';

/**
 * The request id of one form submission (see electron/core/store/recent-requests.ts): the same
 * for every retry until a create succeeds, so a retry after a lost answer creates nothing twice;
 * a new one after a success, for the next record.
 */
export function useRequestId(): { current: () => string; succeeded: () => void } {
  const id = useRef<string | null>(null);
  return useMemo(
    () => ({
      current: () => (id.current ??= globalThis.crypto.randomUUID()),
      succeeded: () => {
        id.current = null;
      },
    }),
    [],
  );
}
