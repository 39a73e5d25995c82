import type { Store } from './open-store';

/**
 * Store writes a service starts and does not wait for (a notice's key, a minute of usage): each
 * failure is logged, and `settled` lets shutdown wait for all of them.
 */
export class StoreWrites {
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly log: (error: unknown) => void,
  ) {}

  update(change: Parameters<Store['update']>[0]): Promise<unknown> {
    const write = this.store.update(change);
    this.writes = this.writes.then(() => write).catch((error: unknown) => this.log(error));
    return write;
  }

  settled(): Promise<unknown> {
    return this.writes;
  }
}
