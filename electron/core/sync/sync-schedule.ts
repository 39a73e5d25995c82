/** When sync runs (ms): soon after start, shortly after a change, then every few minutes. */
export const syncSchedule = {
  atStart: 5_000,
  /** Edits come in bursts (a form, an import): one run after the burst. */
  afterChange: 10_000,
  every: 5 * 60_000,
  /** After a failure (offline, server error): 30 s, doubling up to `every`. */
  retry: 30_000,
} as const;
