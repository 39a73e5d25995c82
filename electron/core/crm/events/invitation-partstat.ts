import type { InvitationStatus } from '../../../shared/crm/networking-event';

/**
 * Invitation status ⇄ iCalendar PARTSTAT (RFC 5545 §3.2.12), one to one. The RFC's event values
 * are NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE and DELEGATED; it has no value for "on the list
 * but not invited yet" or "never answered", and folding either into NEEDS-ACTION would make two
 * statuses export the same and come back as one. So those two use experimental x-names (allowed by
 * the RFC: `x-name`, "X-" + vendor + name). Other calendars treat an x-name they do not know as
 * NEEDS-ACTION (RFC 5545 requires it), which is the right reading for both.
 */
export const PARTSTAT_BY_STATUS = {
  'not-sent': 'X-NETWELL-NOT-SENT',
  invited: 'NEEDS-ACTION',
  accepted: 'ACCEPTED',
  declined: 'DECLINED',
  tentative: 'TENTATIVE',
  delegated: 'DELEGATED',
  'no-reply': 'X-NETWELL-NO-REPLY',
} as const satisfies Record<InvitationStatus, string>;

export type Partstat = (typeof PARTSTAT_BY_STATUS)[InvitationStatus];

const STATUS_BY_PARTSTAT = new Map<string, InvitationStatus>(
  Object.entries(PARTSTAT_BY_STATUS).map(([status, partstat]) => [
    partstat,
    status as InvitationStatus,
  ]),
);

export const toPartstat = (status: InvitationStatus): Partstat => PARTSTAT_BY_STATUS[status];

/**
 * The exact inverse of toPartstat (PARTSTAT values are case-insensitive). null for anything else:
 * see importPartstat for reading other calendars' files.
 */
export function fromPartstat(value: string): InvitationStatus | null {
  return STATUS_BY_PARTSTAT.get(value.trim().toUpperCase()) ?? null;
}

/**
 * Reading a PARTSTAT from another calendar: our values map back exactly; anything else the RFC
 * says to treat as NEEDS-ACTION (unknown x-names and iana-tokens, and the to-do values COMPLETED
 * and IN-PROCESS that do not belong on an event), which is 'invited'.
 */
export const importPartstat = (value: string): InvitationStatus => fromPartstat(value) ?? 'invited';
