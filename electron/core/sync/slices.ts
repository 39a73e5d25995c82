/**
 * Long work in short turns: sync reads and compares thousands of items in the core's process, and
 * every call the page makes waits behind it. Each helper lets the event loop turn every few
 * milliseconds.
 */

/** A turn of the event loop (timers and I/O callbacks run). */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Says when a slice of work has run long enough to let the event loop turn. */
export class Slicer {
  private started = performance.now();

  constructor(private readonly sliceMs = 8) {}

  /** Lets the event loop turn if this slice has run its time. */
  async breathe(): Promise<void> {
    if (performance.now() - this.started <= this.sliceMs) return;
    await nextTurn();
    this.started = performance.now();
  }
}

/** Runs `fn` over `all`, letting the event loop turn every few milliseconds (5,000 cards). */
export async function inSlices<T>(
  all: readonly T[],
  fn: (item: T) => void,
  sliceMs = 8,
): Promise<void> {
  const slicer = new Slicer(sliceMs);
  for (const item of all) {
    fn(item);
    await slicer.breathe();
  }
}
