import { describe, expect, it } from 'vitest';
import { findClashes } from '../../../electron/core/crm/meetings/find-clashes';
import { mapLink } from '../../../electron/core/crm/meetings/meeting-map-link';
import { checkProposal } from '../../../electron/core/crm/meetings/meeting-proposal';
import {
  MEETING_TRANSITIONS,
  canTransition,
  transitionMeeting,
} from '../../../electron/core/crm/meetings/meeting-status';
import { MeetingStatusSchema } from '../../../electron/shared/crm/meeting';
import { makeCrmContact, makeMeeting } from './crm-fixtures';

const after = new Date('2026-03-10T12:00:00.000Z');
const before = new Date('2026-03-09T12:00:00.000Z');

describe('meeting transitions', () => {
  it('follows the table; done and cancelled are final', () => {
    for (const from of MeetingStatusSchema.options) {
      for (const to of MeetingStatusSchema.options) {
        expect(canTransition(from, to)).toBe(MEETING_TRANSITIONS[from].includes(to));
      }
    }
    expect(MEETING_TRANSITIONS.done).toEqual([]);
    expect(MEETING_TRANSITIONS.cancelled).toEqual([]);
    expect(canTransition('proposed', 'done')).toBe(false);
  });

  it('refuses with a clear message', () => {
    expect(() =>
      transitionMeeting(makeMeeting('m', { status: 'proposed' }), { to: 'done', note: '' }, after),
    ).toThrow(
      'A proposed meeting cannot be marked done; it can be confirmed, rescheduled, cancelled.',
    );
    expect(() =>
      transitionMeeting(makeMeeting('m', { status: 'cancelled' }), { to: 'confirmed' }, after),
    ).toThrow('This meeting is cancelled: it cannot be confirmed any more.');
    expect(() => transitionMeeting(makeMeeting('m'), { to: 'done', note: 'x' }, before)).toThrow(
      'This meeting has not started yet',
    );
    expect(() =>
      transitionMeeting(
        makeMeeting('m'),
        { to: 'rescheduled', start: makeMeeting('m').start },
        after,
      ),
    ).toThrow('Rescheduling needs a different time.');
  });

  it('rescheduling moves the time', () => {
    const { meeting } = transitionMeeting(
      makeMeeting('m'),
      { to: 'rescheduled', start: '2026-03-12T09:00:00.000Z', durationMin: 45 },
      after,
    );
    expect(meeting).toMatchObject({
      status: 'rescheduled',
      start: '2026-03-12T09:00:00.000Z',
      durationMin: 45,
    });
  });

  it('done keeps the note and yields an interaction for each contact', () => {
    const m = makeMeeting('m', { contactIds: ['ana', 'ben'], kind: 'lunch' });
    const { meeting, interactions } = transitionMeeting(
      m,
      { to: 'done', note: '  Talked about the book ' },
      after,
      [makeCrmContact('ana'), makeCrmContact('ben')],
    );
    expect(meeting.status).toBe('done');
    expect(meeting.note).toBe('Talked about the book');
    expect(interactions.map((i) => [i.contactId, i.kind, i.channel, i.meetingId, i.at])).toEqual([
      ['ana', 'meeting', 'in-person', 'm', m.start],
      ['ben', 'meeting', 'in-person', 'm', m.start],
    ]);
    const call = transitionMeeting(
      makeMeeting('c', { kind: 'call' }),
      { to: 'done', note: '' },
      after,
    );
    expect(call.interactions[0]!.channel).toBe('phone');
  });
});

describe('findClashes', () => {
  const at = (
    id: string,
    start: string,
    durationMin = 60,
    status: 'confirmed' | 'cancelled' = 'confirmed',
  ) => makeMeeting(id, { start: `2026-03-10T${start}:00.000Z`, durationMin, status });
  it('flags overlaps, not back-to-back, and ignores cancelled', () => {
    const meetings = [
      at('a', '10:00'),
      at('b', '10:30'),
      at('c', '11:00'),
      at('d', '10:15', 30, 'cancelled'),
      at('e', '09:00', 300),
    ];
    expect(findClashes(meetings)).toEqual([
      { a: 'e', b: 'a', overlapMin: 60 },
      { a: 'e', b: 'b', overlapMin: 60 },
      { a: 'e', b: 'c', overlapMin: 60 },
      { a: 'a', b: 'b', overlapMin: 30 },
      { a: 'b', b: 'c', overlapMin: 30 },
    ]);
  });
  it('checks one meeting against the others (not itself)', () => {
    const meetings = [at('a', '10:00'), at('b', '12:00')];
    expect(findClashes(meetings, at('a', '11:30'))).toEqual([{ a: 'a', b: 'b', overlapMin: 30 }]);
    expect(findClashes(meetings, at('n', '11:00'))).toEqual([]);
  });
});

describe('mapLink', () => {
  it('builds a well-formed OpenStreetMap search link', () => {
    const link = mapLink('Café Central, Lisbon & more?#x')!;
    const url = new URL(link);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('www.openstreetmap.org');
    expect(url.pathname).toBe('/search');
    expect(url.searchParams.get('query')).toBe('Café Central, Lisbon & more?#x');
    expect(url.hash).toBe('');
    expect(mapLink('   ')).toBeNull();
  });
});

describe('checkProposal', () => {
  const ana = makeCrmContact('ana', { name: 'Ana' });
  const mal = makeCrmContact('mal', {
    name: 'Mal',
    blocked: { on: after.toISOString(), reason: '' },
  });
  const contactOf = (id: string) => {
    const found = [ana, mal].find((c) => c.id === id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const future = '2026-03-11T10:00:00.000Z';
  const past = '2026-03-09T10:00:00.000Z';

  it('lets a meeting with contacts who are not blocked be proposed, a past one only when confirmed', () => {
    expect(() =>
      checkProposal({ start: future, contactIds: ['ana'] }, contactOf, after),
    ).not.toThrow();
    expect(() => checkProposal({ start: past, contactIds: ['ana'] }, contactOf, after)).toThrow(
      /That time is in the past\. Is that right\?/,
    );
    expect(() =>
      checkProposal({ start: past, contactIds: ['ana'], confirmPast: true }, contactOf, after),
    ).not.toThrow();
  });

  it('refuses a blocked person, and someone gone, before looking at the time', () => {
    expect(() =>
      checkProposal({ start: past, contactIds: ['ana', 'mal'] }, contactOf, after),
    ).toThrow('Mal is blocked. Unblock them first if you want to meet.');
    expect(() => checkProposal({ start: future, contactIds: ['gone'] }, contactOf, after)).toThrow(
      'no gone',
    );
  });
});
