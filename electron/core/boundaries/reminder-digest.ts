import type { NotificationLedger } from '../notifications/notification-ledger';
import type { Store } from '../store/open-store';
import type { StoreWrites } from '../store/store-writes';

export interface Reminder {
  key: string;
  text: string;
}

/**
 * Reminders from the CRM (due follow-ups, unanswered invitations) never arrive off-hours: they are
 * held until a window opens, then delivered together as one notification.
 */
export class ReminderDigest {
  constructor(
    private readonly deps: {
      store: Store;
      writes: StoreWrites;
      ledger: NotificationLedger;
      /** What is due now; asked when a window opens. */
      reminders: () => Reminder[];
      windowOpen: () => boolean;
    },
  ) {}

  /** Held for the next window (delivered now if one is open); false when already held or said. */
  async hold(item: Reminder): Promise<boolean> {
    const key = `held:${item.key}`;
    if (this.isKnown(key)) return false;
    await this.deps.writes.update((d) => {
      d.boundaries.held = [...d.boundaries.held, { key, text: item.text }];
    });
    if (this.deps.windowOpen()) this.deliver();
    return true;
  }

  /** Everything held for the window, as one notification. */
  deliver(): void {
    const stored = this.deps.store.read().boundaries.held;
    const due = this.deps
      .reminders()
      .map((r) => ({ key: `held:${r.key}`, text: r.text }))
      .filter((r) => !this.deps.ledger.has(r.key) && !stored.some((h) => h.key === r.key));
    const held = [...stored, ...due];
    if (held.length === 0) return;
    const shown = held.slice(0, 3).map((h) => h.text);
    const more = held.length > 3 ? `, and ${held.length - 3} more` : '';
    void this.deps.writes.update((d) => {
      d.boundaries.held = d.boundaries.held.filter((h) => !held.some((x) => x.key === h.key));
    });
    this.deps.ledger.markNotified(...held.map((h) => h.key));
    this.deps.ledger.show({
      kind: 'follow-up-digest',
      title:
        held.length === 1
          ? 'One follow-up for this window'
          : `${held.length} follow-ups for this window`,
      body: `${shown.join('; ')}${more}.`,
      route: 'today',
    });
  }

  private isKnown(key: string): boolean {
    return (
      this.deps.ledger.has(key) || this.deps.store.read().boundaries.held.some((h) => h.key === key)
    );
  }
}
