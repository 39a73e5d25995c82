import type { AppNotice } from '../../shared/app-model';
import type { Clock } from '../clock';
import type { EventBus } from '../event-bus';
import type { StoreNotice } from '../store/open-store';

/** Messages shown in the window until the user dismisses them. */
export class Notices {
  private items: AppNotice[] = [];
  private nextId = 1;

  constructor(
    private readonly clock: Clock,
    private readonly bus: EventBus,
  ) {}

  add(notice: StoreNotice): void {
    this.items = [
      ...this.items,
      { ...notice, id: `notice-${this.nextId++}`, at: this.clock.now().toISOString() },
    ];
    this.bus.emit('app.notices', this.items);
  }

  list(): AppNotice[] {
    return this.items;
  }

  dismiss(id: string): void {
    this.items = this.items.filter((n) => n.id !== id);
    this.bus.emit('app.notices', this.items);
  }
}
