import type { NotificationIntent, Route } from '../../shared/app-model';
import type { Clock } from '../clock';
import type { EventBus } from '../event-bus';

const KEEP = 500;

export interface NotificationRequest {
  kind: string;
  title: string;
  body: string;
  route?: Route;
}

/**
 * Every notification the app raises goes through here: it is logged (the web host's test state
 * reads the log) and announced; the Electron shell turns each into an OS notification.
 */
export class NotificationCenter {
  private log: NotificationIntent[] = [];
  private nextId = 1;

  constructor(
    private readonly clock: Clock,
    private readonly bus: EventBus,
  ) {}

  raise(request: NotificationRequest): NotificationIntent {
    const intent: NotificationIntent = {
      id: `n-${this.nextId++}`,
      at: this.clock.now().toISOString(),
      ...request,
    };
    this.log = [...this.log.slice(-(KEEP - 1)), intent];
    this.bus.emit('notification.raised', intent);
    return intent;
  }

  /** Oldest first, newest last. */
  list(): NotificationIntent[] {
    return this.log;
  }
}
