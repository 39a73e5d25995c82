import type { PlannedNotification } from './notification-ledger';

/**
 * A real-world appointment (a meeting in 30 minutes): the one kind of notice that may arrive
 * outside networking windows, because it is the real world.
 */
export function appointmentNotice(item: {
  key: string;
  title: string;
  body: string;
}): PlannedNotification {
  return {
    kind: 'meeting-soon',
    key: `appointment:${item.key}`,
    title: item.title,
    body: item.body,
    route: 'meetings',
  };
}
