import { z } from 'zod';
import {
  CalendarSequenceSchema,
  CalendarUidSchema,
  CrmIdSchema,
  CrmInstantInputSchema,
  CrmInstantSchema,
  crmText,
} from './crm-common';
import { shownAsLabel } from '../text';

export const EventKindSchema = z.enum(['trade-show', 'meetup', 'conference', 'dinner', 'webinar']);
export type EventKind = z.output<typeof EventKindSchema>;

/** The user's own answer. */
export const MyEventStatusSchema = z.enum(['going', 'maybe', 'not-going']);
export type MyEventStatus = z.output<typeof MyEventStatusSchema>;

const httpsLink = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'A link must be a web address starting with https://');

/** Named NetworkEvent: "Event" is the DOM's. */
export const NetworkEventSchema = z
  .object({
    id: CrmIdSchema,
    name: crmText(200).min(1, 'An event needs a name.'),
    kind: EventKindSchema,
    start: CrmInstantSchema,
    end: CrmInstantSchema,
    /** Where, as free text; empty for an online event. */
    place: crmText(500).default(''),
    /** The city, for "people you know there" suggestions. */
    city: crmText(120).default(''),
    link: httpsLink.nullable().default(null),
    notes: crmText(5000).default(''),
    myStatus: MyEventStatusSchema,
    /** iCalendar UID and SEQUENCE (see CalendarUidSchema). */
    uid: CalendarUidSchema.optional(),
    sequence: CalendarSequenceSchema.optional(),
  })
  .refine((e) => Date.parse(e.end) > Date.parse(e.start), {
    message: 'An event ends after it starts.',
    path: ['end'],
  });
export type NetworkEvent = z.output<typeof NetworkEventSchema>;

/**
 * An event's fields as a caller sends them (events.save, events.restore): the stored fields with
 * the input-only rules (its name and place are labels, its instants in range). Fields it does not
 * know are dropped, as before (the card sends the event back as it got it).
 */
export const NetworkEventInputSchema = z.object({
  name: shownAsLabel(crmText(200).min(1, 'An event needs a name.'), "An event's name"),
  kind: EventKindSchema,
  start: CrmInstantInputSchema,
  end: CrmInstantInputSchema,
  place: shownAsLabel(crmText(500), "An event's place").default(''),
  city: shownAsLabel(crmText(120), "An event's city").default(''),
  link: httpsLink.nullable().default(null),
  notes: crmText(5000).default(''),
  myStatus: MyEventStatusSchema,
  uid: CalendarUidSchema.optional(),
  sequence: CalendarSequenceSchema.optional(),
});

/**
 * A guest's invitation. Each status maps to exactly one iCalendar PARTSTAT (RFC 5545 §3.2.12)
 * and back: see electron/core/crm/events/invitation-partstat.ts.
 * - not-sent: on the guest list, invitation not sent yet
 * - invited: sent, waiting for an answer
 * - no-reply: sent, and the event has begun (or the user gave up) without an answer
 * - accepted / declined / tentative: their answer
 * - delegated: they passed it on to someone else
 */
export const INVITATION_STATUSES = [
  'not-sent',
  'invited',
  'accepted',
  'declined',
  'tentative',
  'delegated',
  'no-reply',
] as const;
export const InvitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.output<typeof InvitationStatusSchema>;

export const InvitationSchema = z.object({
  id: CrmIdSchema,
  eventId: CrmIdSchema,
  contactId: CrmIdSchema,
  status: InvitationStatusSchema,
  /** When it was sent (null while not-sent). */
  sentAt: CrmInstantSchema.nullable().default(null),
  /** When they answered (accepted, declined, tentative, delegated). */
  answeredAt: CrmInstantSchema.nullable().default(null),
});
export type Invitation = z.output<typeof InvitationSchema>;

/** An invitation handed back by an undo (events.restore): its instants in range. */
export const InvitationInputSchema = InvitationSchema.extend({
  sentAt: CrmInstantInputSchema.nullable().default(null),
  answeredAt: CrmInstantInputSchema.nullable().default(null),
});
