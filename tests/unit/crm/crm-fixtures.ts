import type { CrmContact } from '../../../electron/shared/crm/contact-crm-fields';
import type { Interaction } from '../../../electron/shared/crm/interaction';
import type { Meeting } from '../../../electron/shared/crm/meeting';
import type { Invitation, NetworkEvent } from '../../../electron/shared/crm/networking-event';
import { makeContact } from '../../fixtures/contact';

export const TZ = 'Europe/London';

/** A stored contact with the CRM fields at their defaults but those given. */
export const makeCrmContact = (id: string, fields: Partial<CrmContact> = {}): CrmContact => ({
  ...makeContact(id, { name: id }),
  platforms: [],
  metInPerson: { met: false, on: null, atEventId: null },
  keepInTouch: null,
  customFields: [],
  favourite: false,
  archived: false,
  blocked: null,
  city: '',
  nameParts: null,
  connections: [],
  otherAffiliations: [],
  ...fields,
});

let seq = 0;
export const makeInteraction = (
  contactId: string,
  at: string,
  fields: Partial<Interaction> = {},
): Interaction => ({
  id: `i${++seq}`,
  contactId,
  kind: 'message',
  at,
  direction: 'outbound',
  channel: 'linkedin',
  note: '',
  meetingId: null,
  introductionId: null,
  eventId: null,
  ...fields,
});

export const makeMeeting = (id: string, fields: Partial<Meeting> = {}): Meeting => ({
  id,
  kind: 'coffee',
  start: '2026-03-10T10:00:00.000Z',
  durationMin: 60,
  place: '',
  contactIds: ['ana'],
  agenda: '',
  status: 'confirmed',
  note: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

export const makeEvent = (id: string, fields: Partial<NetworkEvent> = {}): NetworkEvent => ({
  id,
  name: `Event ${id}`,
  kind: 'meetup',
  start: '2026-04-01T18:00:00.000Z',
  end: '2026-04-01T21:00:00.000Z',
  place: '',
  city: '',
  link: null,
  notes: '',
  myStatus: 'going',
  ...fields,
});

export const makeInvitation = (id: string, fields: Partial<Invitation> = {}): Invitation => ({
  id,
  eventId: 'e1',
  contactId: 'ana',
  status: 'invited',
  sentAt: '2026-03-01T10:00:00.000Z',
  answeredAt: null,
  ...fields,
});

/** Midday UTC on a date: safely inside the same local day in London. */
export const day = (date: string) => `${date}T12:00:00.000Z`;
