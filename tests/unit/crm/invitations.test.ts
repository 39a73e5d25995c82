import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PARTSTAT_BY_STATUS,
  fromPartstat,
  importPartstat,
  toPartstat,
} from '../../../electron/core/crm/events/invitation-partstat';
import {
  awaitingReply,
  canSetInvitationStatus,
  declineMessage,
  guestListCounts,
  invitationNudges,
  setInvitationStatus,
  settleNoReplies,
} from '../../../electron/core/crm/events/invitations';
import {
  INVITATION_STATUSES,
  InvitationSchema,
} from '../../../electron/shared/crm/networking-event';
import { TZ, day, makeCrmContact, makeEvent, makeInvitation } from './crm-fixtures';

describe('invitation status ⇄ PARTSTAT', () => {
  it('is a bijection: every status maps back to itself, and no two share a value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INVITATION_STATUSES), (status) => {
        expect(fromPartstat(toPartstat(status))).toBe(status);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...INVITATION_STATUSES),
        fc.constantFrom(...INVITATION_STATUSES),
        (a, b) => {
          expect(toPartstat(a) === toPartstat(b)).toBe(a === b);
        },
      ),
    );
    const values = Object.values(PARTSTAT_BY_STATUS);
    expect(new Set(values).size).toBe(INVITATION_STATUSES.length);
  });

  it('covers every RFC 5545 event PARTSTAT; the rest are X- names', () => {
    const rfc = ['NEEDS-ACTION', 'ACCEPTED', 'DECLINED', 'TENTATIVE', 'DELEGATED'];
    const values = Object.values(PARTSTAT_BY_STATUS);
    for (const v of rfc) expect(values).toContain(v);
    for (const v of values.filter((v) => !rfc.includes(v)))
      expect(v).toMatch(/^X-[A-Z0-9]+-[A-Z0-9-]+$/);
    expect(toPartstat('not-sent')).not.toBe(toPartstat('no-reply'));
  });

  it('parses case-insensitively; other values are not ours (strict) or NEEDS-ACTION (import)', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const status = fromPartstat(raw);
        if (status !== null) expect(toPartstat(status)).toBe(raw.trim().toUpperCase());
      }),
    );
    expect(fromPartstat('accepted')).toBe('accepted');
    expect(fromPartstat('COMPLETED')).toBeNull();
    expect(importPartstat('X-OTHER-THING')).toBe('invited');
    expect(importPartstat('x-netwell-no-reply')).toBe('no-reply');
  });
});

describe('invitation states', () => {
  const now = new Date(day('2026-03-10'));
  it('not-sent can only become invited; nothing returns to not-sent; answers can change', () => {
    expect(canSetInvitationStatus('not-sent', 'invited')).toBe(true);
    expect(canSetInvitationStatus('not-sent', 'accepted')).toBe(false);
    expect(canSetInvitationStatus('accepted', 'not-sent')).toBe(false);
    expect(canSetInvitationStatus('tentative', 'accepted')).toBe(true);
    expect(() =>
      setInvitationStatus(
        makeInvitation('v', { status: 'not-sent', sentAt: null }),
        'declined',
        now,
      ),
    ).toThrow('Send the invitation first.');
  });

  it('records when it was sent and answered', () => {
    const sent = setInvitationStatus(
      makeInvitation('v', { status: 'not-sent', sentAt: null }),
      'invited',
      now,
    );
    expect(sent.sentAt).toBe(now.toISOString());
    const answered = setInvitationStatus(sent, 'declined', now);
    expect(answered).toMatchObject({ status: 'declined', answeredAt: now.toISOString() });
    expect(InvitationSchema.safeParse(answered).success).toBe(true);
    const later = new Date(day('2026-03-20'));
    const noReply = setInvitationStatus(sent, 'no-reply', later);
    expect(setInvitationStatus(noReply, 'invited', later).sentAt).toBe(later.toISOString());
    expect(setInvitationStatus(answered, 'invited', later).sentAt).toBe(now.toISOString());
  });

  it('counts the guest list', () => {
    const counts = guestListCounts(
      [
        makeInvitation('1', { status: 'accepted' }),
        makeInvitation('2', { status: 'accepted' }),
        makeInvitation('3', { status: 'invited' }),
        makeInvitation('4', { status: 'not-sent', sentAt: null }),
        makeInvitation('5', { status: 'declined', eventId: 'other' }),
      ],
      'e1',
    );
    expect(counts).toMatchObject({
      total: 4,
      sent: 3,
      awaiting: 1,
      accepted: 2,
      'not-sent': 1,
      declined: 0,
    });
  });

  it('nudges after N days without a reply, once per sending, before the event', () => {
    const event = makeEvent('e1', {
      name: 'Spring dinner',
      start: day('2026-03-20'),
      end: day('2026-03-21'),
    });
    const ana = makeCrmContact('ana', { name: 'Ana' });
    const invs = [
      makeInvitation('v1', { sentAt: day('2026-03-03') }),
      makeInvitation('v2', { sentAt: day('2026-03-08') }),
      makeInvitation('v3', { sentAt: day('2026-03-01'), status: 'accepted' }),
    ];
    const nudges = invitationNudges(invs, [event], [ana], now, TZ, 5);
    expect(nudges).toEqual([
      {
        key: 'invitation-nudge:v1:2026-03-03T12:00:00.000Z',
        text: 'No reply yet from Ana about Spring dinner (Fri 20 March); invited 7 days ago. A friendly nudge?',
      },
    ]);
    expect(invitationNudges(invs, [event], [ana], new Date(day('2026-03-21')), TZ)).toEqual([]);
    expect(awaitingReply(invs, [event], now).map((i) => i.id)).toEqual(['v1', 'v2']);
    expect(
      settleNoReplies(invs, [event], new Date(day('2026-03-21'))).map((i) => [i.id, i.status]),
    ).toEqual([
      ['v1', 'no-reply'],
      ['v2', 'no-reply'],
    ]);
  });

  it('a decline message is kind and offers another time or a coffee', () => {
    const coffee = declineMessage({
      hostName: 'Ana Silva',
      eventName: 'the launch party',
      offer: 'coffee',
    });
    expect(coffee).toMatch(/^Hi Ana, thank you so much for inviting me to the launch party!/);
    expect(coffee).toMatch(/coffee/);
    expect(declineMessage({ hostName: 'Ben', eventName: 'X', offer: 'another-time' })).toMatch(
      /next one/,
    );
  });
});
