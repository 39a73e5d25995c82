import { Notification } from 'electron';
import type { NotificationIntent } from '../shared/app-model';
import type { EventBus } from '../core/event-bus';

export interface NotificationOptions {
  /** The user clicked a notification: show the window at the intent's route. */
  onClick(intent: NotificationIntent): void;
  /** Linux shows this next to the text. */
  iconPath?: string;
}

export interface ShownNotifications {
  /** Notifications still on screen; each is held here so its click handler is not garbage-collected. */
  readonly retained: ReadonlySet<Notification>;
  dispose(): void;
}

/** Some OSes never report a dismissal; past this many the oldest reference is let go. */
const MAX_RETAINED = 100;

/** Shows an OS notification for each `notification.raised` intent from the core. No buttons. */
export function showNotifications(bus: EventBus, options: NotificationOptions): ShownNotifications {
  const retained = new Set<Notification>();

  const show = (intent: NotificationIntent): void => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title: intent.title,
      body: intent.body,
      ...(options.iconPath ? { icon: options.iconPath } : {}),
    });
    const release = () => retained.delete(notification);
    notification.on('click', () => {
      release();
      options.onClick(intent);
    });
    notification.on('close', release);
    notification.on('failed', release);
    retained.add(notification);
    for (const old of retained) {
      if (retained.size <= MAX_RETAINED) break;
      retained.delete(old);
    }
    notification.show();
  };

  const unsubscribe = bus.on('notification.raised', show);

  return {
    retained,
    dispose() {
      unsubscribe();
      retained.clear();
    },
  };
}
