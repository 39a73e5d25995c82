import { describe, expect, it } from 'vitest';
import { introduce } from '../../../electron/core/crm/interactions/introduce';
import { todayDigest } from '../../../electron/core/crm/today/today-digest';
import {
  contactMetAt,
  metAtEventInteraction,
  whoDidYouMeet,
} from '../../../electron/core/crm/events/who-did-you-meet';
import { CrmContactSchema } from '../../../electron/shared/crm/crm-contact';
import { ContactDraftSchema, ContactSchema } from '../../../electron/shared/contact';
import { ContactCrmFieldsSchema } from '../../../electron/shared/crm/contact-crm-fields';
import { InteractionDraftSchema } from '../../../electron/shared/crm/interaction';
import { MeetingSchema } from '../../../electron/shared/crm/meeting';
import { NetworkEventSchema } from '../../../electron/shared/crm/networking-event';
import {
  TZ,
  day,
  makeCrmContact,
  makeEvent,
  makeInteraction,
  makeInvitation,
  makeMeeting,
} from './crm-fixtures';

describe('ContactCrmFieldsSchema', () => {
  it('merges into the contact: an existing stored contact parses with every CRM default', () => {
    const Merged = ContactSchema.extend(ContactCrmFieldsSchema.shape);
    const stored = ContactSchema.parse({
      ...ContactDraftSchema.parse({ name: 'Ana' }),
      id: 'a',
      createdAt: day('2026-01-01'),
      updatedAt: day('2026-01-01'),
    });
    expect(Merged.parse(stored)).toMatchObject({
      platforms: [],
      metInPerson: { met: false, on: null, atEventId: null },
      keepInTouch: null,
      favourite: false,
      archived: false,
      blocked: null,
      city: '',
    });
  });

  it('validates platforms, cadences and custom fields', () => {
    const ok = ContactCrmFieldsSchema.safeParse({
      platforms: [{ platform: 'mastodon', handle: '@ana@fosstodon.org' }],
      keepInTouch: { every: 6, unit: 'weeks' },
      customFields: [{ key: 'Pronouns', value: 'she/her' }],
    });
    expect(ok.success).toBe(true);
    expect(ContactCrmFieldsSchema.safeParse({ platforms: [{ platform: 'x' }] }).success).toBe(
      false,
    );
    expect(
      ContactCrmFieldsSchema.safeParse({ platforms: [{ platform: 'x', url: 'http://x.com/a' }] })
        .success,
    ).toBe(false);
    expect(
      ContactCrmFieldsSchema.safeParse({ keepInTouch: { every: 0, unit: 'days' } }).success,
    ).toBe(false);
    expect(
      ContactCrmFieldsSchema.safeParse({
        customFields: [
          { key: 'Team', value: 'a' },
          { key: 'team', value: 'b' },
        ],
      }).success,
    ).toBe(false);
  });

  it('other records validate their rules', () => {
    expect(MeetingSchema.safeParse({ ...makeMeeting('m'), contactIds: [] }).success).toBe(false);
    const event = makeEvent('e');
    expect(NetworkEventSchema.safeParse({ ...event, end: event.start }).success).toBe(false);
    expect(NetworkEventSchema.safeParse({ ...event, link: 'javascript:alert(1)' }).success).toBe(
      false,
    );
  });
});

describe('introduce', () => {
  const now = new Date(day('2026-06-15'));
  const ana = makeCrmContact('ana', { name: 'Ana' });
  const ben = makeCrmContact('ben', { name: 'Ben' });

  it('links both and yields an interaction for each', () => {
    const { introduction, interactions } = introduce(ana, ben, now, {
      id: 'intro1',
      note: 'both into climbing',
    });
    expect(introduction).toMatchObject({
      fromContactId: 'ana',
      toContactId: 'ben',
      at: now.toISOString(),
    });
    expect(interactions.map((i) => [i.contactId, i.kind, i.introductionId, i.note])).toEqual([
      ['ana', 'introduction', 'intro1', 'Introduced Ana to Ben. both into climbing'],
      ['ben', 'introduction', 'intro1', 'Introduced Ana to Ben. both into climbing'],
    ]);
    for (const i of interactions) expect(InteractionDraftSchema.safeParse(i).success).toBe(true);
  });

  it('refuses the same person twice or a blocked person', () => {
    expect(() => introduce(ana, ana, now, { id: 'x' })).toThrow('two different people');
    const blocked = makeCrmContact('m', {
      name: 'Mal',
      blocked: { on: day('2026-01-01'), reason: '' },
    });
    expect(() => introduce(ana, blocked, now, { id: 'x' })).toThrow('Mal is blocked');
  });
});

describe('whoDidYouMeet', () => {
  const event = makeEvent('e1', {
    name: 'Design Meetup',
    start: '2026-04-01T23:30:00.000Z',
    end: '2026-04-02T01:00:00.000Z',
  });
  it('creates contacts met in person at the event; known and blocked names are set aside', () => {
    const known = makeCrmContact('ana', { name: 'Ana Silva' });
    const blocked = makeCrmContact('mal', {
      name: 'Mal Ory',
      blocked: { on: day('2026-01-01'), reason: '' },
    });
    const result = whoDidYouMeet(
      event,
      'Ana Silva\n  Ben  Okafor \n\nmal ory\nben okafor\nCy',
      [known, blocked],
      TZ,
    );
    expect(result.create).toEqual([
      {
        name: 'Ben Okafor',
        howWeMet: 'Met at Design Meetup',
        metInPerson: { met: true, on: '2026-04-02', atEventId: 'e1' },
      },
      {
        name: 'Cy',
        howWeMet: 'Met at Design Meetup',
        metInPerson: { met: true, on: '2026-04-02', atEventId: 'e1' },
      },
    ]);
    expect(result.known.map((c) => c.id)).toEqual(['ana']);
    expect(result.matchesBlocked).toEqual(['mal ory']);
    expect(metAtEventInteraction(event, 'ana')).toMatchObject({
      kind: 'event',
      channel: 'in-person',
      eventId: 'e1',
    });
  });

  it('a new person becomes a valid contact in the event’s city, with the CRM fields at their defaults', () => {
    const inLisbon = { ...event, city: 'Lisbon' };
    const [draft] = whoDidYouMeet(inLisbon, 'Ben Okafor', [], TZ).create;
    const ben = contactMetAt(inLisbon, draft!, 'b1', '2026-04-02T09:00:00.000Z');
    expect(CrmContactSchema.parse(ben)).toEqual(ben);
    expect(ben).toMatchObject({
      id: 'b1',
      name: 'Ben Okafor',
      city: 'Lisbon',
      howWeMet: 'Met at Design Meetup',
      metInPerson: { met: true, on: '2026-04-02', atEventId: 'e1' },
      tags: [],
      blocked: null,
      createdAt: '2026-04-02T09:00:00.000Z',
      updatedAt: '2026-04-02T09:00:00.000Z',
    });
  });
});

describe('todayDigest', () => {
  it('gathers today’s meetings, due follow-ups and commitments, the top five to reconnect, and open invitations', () => {
    const now = new Date('2026-06-15T08:00:00.000Z');
    const contacts = Array.from({ length: 7 }, (_, n) =>
      makeCrmContact(`c${n}`, { name: `C${n}`, keepInTouch: { every: 7, unit: 'days' } }),
    );
    const digest = todayDigest(
      {
        contacts,
        interactions: contacts.map((c, n) => makeInteraction(c.id, day(`2026-05-0${n + 1}`))),
        tagCadences: [],
        snoozes: [],
        meetings: [
          makeMeeting('late', { start: '2026-06-15T17:00:00.000Z' }),
          makeMeeting('early', { start: '2026-06-15T09:00:00.000Z' }),
          makeMeeting('tomorrow', { start: '2026-06-15T23:30:00.000Z' }), // 00:30 BST on the 16th
          makeMeeting('off', { start: '2026-06-15T10:00:00.000Z', status: 'cancelled' }),
        ],
        followUps: [
          {
            id: 'f',
            contactId: 'c0',
            dueOn: '2026-06-15',
            text: 'call back',
            doneAt: null,
            createdAt: day('2026-06-01'),
          },
        ],
        commitments: [
          {
            id: 'k',
            contactId: 'c0',
            what: 'report',
            dueOn: '2026-06-12',
            status: 'open',
            keptOn: null,
            createdAt: day('2026-06-01'),
          },
        ],
        events: [
          makeEvent('e1', { start: day('2026-06-20'), end: day('2026-06-21') }),
          makeEvent('e2', { start: day('2026-06-25'), end: day('2026-06-26'), myStatus: 'maybe' }),
        ],
        invitations: [makeInvitation('v1'), makeInvitation('v2', { status: 'accepted' })],
      },
      now,
      TZ,
    );
    expect(digest.meetingsToday.map((m) => m.id)).toEqual(['early', 'late']);
    expect(digest.followUps.map((f) => f.key)).toEqual(['follow-up:f:2026-06-15']);
    expect(digest.commitments.overdue.map((c) => c.id)).toEqual(['k']);
    expect(digest.reconnect.map((r) => r.contact.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(digest.reconnectMore).toBe(2);
    expect(digest.invitationsAwaitingReply.map((i) => i.id)).toEqual(['v1']);
    expect(digest.eventsToDecide.map((e) => e.id)).toEqual(['e2']);
  });

  it('does not surface promises to a blocked person', () => {
    const mal = makeCrmContact('mal', { blocked: { on: day('2026-01-01'), reason: '' } });
    const digest = todayDigest(
      {
        contacts: [mal],
        interactions: [],
        tagCadences: [],
        snoozes: [],
        meetings: [],
        followUps: [],
        commitments: [
          {
            id: 'k',
            contactId: 'mal',
            what: 'x',
            dueOn: '2026-06-01',
            status: 'open',
            keptOn: null,
            createdAt: day('2026-01-01'),
          },
        ],
        events: [],
        invitations: [],
      },
      new Date(day('2026-06-15')),
      TZ,
    );
    expect(digest.commitments).toEqual({ dueToday: [], overdue: [] });
  });
});
