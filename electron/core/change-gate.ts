/**
 * Remembers the key of the last value it let through and lets a value through only when its key
 * differs: how the tray presenter, the boundaries' `refresh` and the tray shell announce or draw a
 * model only when it actually changed. The key is the JSON text unless a caller says what counts.
 */
export class ChangeGate<T> {
  private last: string | undefined;

  constructor(private readonly keyOf: (value: T) => string = (value) => JSON.stringify(value)) {}

  /** True, and `value` becomes the last one, when it differs from the last (always the first time). */
  changed(value: T): boolean {
    const key = this.keyOf(value);
    if (key === this.last) return false;
    this.last = key;
    return true;
  }
}
