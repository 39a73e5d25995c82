/**
 * Chromium switches the desktop app starts with. No `electron` import: the benchmark and the
 * browser tests launch their Chromium with the same ones, so they measure what the app does.
 */
export const CHROMIUM_SWITCHES: readonly (readonly [name: string, value: string])[] = [
  // Since about Chromium 124, after a key press the renderer holds back other tasks, replies from
  // the core among them, until it has drawn the next frame. Search results then always reach the
  // screen a frame after the typed letter (16.7 ms later at 60 Hz). Netwell's renderer does little
  // besides waiting for those replies, so it lets them in at once: the letter and its results are
  // drawn in the same frame.
  ['disable-features', 'DeferRendererTasksAfterInput'],
];

/** The same switches as command-line flags, for a Chromium launched by a test or the benchmark. */
export const chromiumFlags = (): string[] =>
  CHROMIUM_SWITCHES.map(([name, value]) => `--${name}=${value}`);
