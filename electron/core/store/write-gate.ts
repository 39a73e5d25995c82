import type { UserError } from '../errors';
import type { LockOwner } from './data-folder-lock';
import { lockLostError, lockTakerName, shuttingDownError } from './store-messages';

/**
 * Whether the store still takes changes: not once it is closing, nor once another Netwell took the
 * data folder's lock while this one ran (see data-folder-lock.ts).
 */
export class WriteGate {
  private closing = false;
  private lostTo: string | null = null;

  close(): void {
    this.closing = true;
  }

  /** Another Netwell (`owner`, when known) took the lock; returns how to name it. */
  lose(owner: LockOwner | null): string {
    this.lostTo = lockTakerName(owner);
    return this.lostTo;
  }

  /** The error to refuse a change with, or null when it may go ahead. */
  refusal(): UserError | null {
    if (this.closing) return shuttingDownError();
    if (this.lostTo) return lockLostError(this.lostTo);
    return null;
  }
}
