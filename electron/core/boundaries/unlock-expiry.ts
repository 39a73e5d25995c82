import type { BoundaryStatus } from '../../shared/boundaries';
import type { PlannedNotification } from '../notifications/notification-ledger';

/**
 * Watches the access from one status to the next and says "Unlock ended" when an unlock (not a
 * window, not a budget) was what had the workspace open and it is now locked.
 */
export class UnlockExpiry {
  private previous: BoundaryStatus['access'] | null = null;

  /** `until`: when the latest unlock ended, which keys the notice. */
  check(status: BoundaryStatus, until: () => string): PlannedNotification | null {
    const ended =
      this.previous?.open === true && this.previous.reason === 'unlocked' && !status.access.open;
    this.previous = status.access;
    if (!ended) return null;
    return {
      kind: 'unlock-expired',
      key: `unlock-expired:${until()}`,
      title: 'Unlock ended',
      body: 'The workspace is locked again. See you at your next window. A ten-second check-in is waiting on Today.',
      route: 'workspace',
    };
  }
}
