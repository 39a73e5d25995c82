import type { EventBus } from '../event-bus';

/** Stored sessions and check-ins: about two years. */
export const KEEP = 2000;

/** A pending check-in is offered for this long after its session; then it quietly lapses. */
export const CHECK_IN_OFFER_MS = 24 * 3_600_000;

/** Tells every window that sessions, check-ins or guidance changed. */
export function wellbeingChanged(bus: EventBus): void {
  bus.emit('wellbeing.changed', {});
}
