import type { StoreNotice } from './document-store';
import { diskFullNotice, isDiskFull } from './file-errors';

/** Tells a full disk once (a notice), until a write succeeds again. */
export class DiskFullReporter {
  private told = false;

  constructor(
    private readonly dataDir: string,
    private readonly notify: (notice: StoreNotice) => void,
  ) {}

  /** Any failed write: a full disk is told (once); other errors are left to their caller. */
  note(error: unknown): void {
    if (!isDiskFull(error) || this.told) return;
    this.told = true;
    this.notify(diskFullNotice(this.dataDir));
  }

  writeSucceeded(): void {
    this.told = false;
  }
}
