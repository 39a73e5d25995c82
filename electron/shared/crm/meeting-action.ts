/** What can happen to a meeting (the allowed moves are in electron/core/crm/meetings/meeting-status.ts). */
export type MeetingAction =
  | { to: 'confirmed' }
  | { to: 'cancelled' }
  | { to: 'rescheduled'; start: string; durationMin?: number }
  | { to: 'done'; note: string };
