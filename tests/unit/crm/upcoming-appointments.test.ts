import { describe, expect, it } from 'vitest';
import {
  nextAppointmentCheck,
  upcomingAppointments,
} from '../../../electron/core/crm/meetings/upcoming-appointments';
import { TZ, makeCrmContact, makeMeeting } from './crm-fixtures';

const contacts = [makeCrmContact('ana', { name: 'Ana' })];

describe('upcomingAppointments', () => {
  it('notifies agreed meetings 30 minutes ahead, not proposed or cancelled ones', () => {
    const start = '2026-06-10T13:00:00.000Z'; // 14:00 BST
    const meetings = [
      makeMeeting('m', { start, place: 'Café Central' }),
      makeMeeting('p', { start, status: 'proposed' }),
      makeMeeting('x', { start, status: 'cancelled' }),
    ];
    expect(
      upcomingAppointments(meetings, new Date('2026-06-10T12:29:00.000Z'), { tz: TZ, contacts }),
    ).toEqual([]);
    expect(
      upcomingAppointments(meetings, new Date('2026-06-10T12:30:00.000Z'), { tz: TZ, contacts }),
    ).toEqual([
      {
        key: 'meeting:m:2026-06-10T13:00:00.000Z',
        title: 'Coffee with Ana in 30 min',
        body: 'At 14:00, Café Central.',
      },
    ]);
    expect(upcomingAppointments(meetings, new Date(start), { tz: TZ, contacts })).toEqual([]);
  });

  it('counts real minutes across the spring-forward change (Europe/London, 29 March 2026)', () => {
    // Clocks go from 01:00 GMT to 02:00 BST. A meeting at 02:10 BST is 01:10 UTC.
    const meetings = [makeMeeting('m', { start: '2026-03-29T01:10:00.000Z' })];
    // 00:45 GMT on the wall clock: 85 wall minutes away, 25 real minutes away.
    const [notice] = upcomingAppointments(meetings, new Date('2026-03-29T00:45:00.000Z'), {
      tz: TZ,
      contacts,
    });
    expect(notice).toEqual({
      key: 'meeting:m:2026-03-29T01:10:00.000Z',
      title: 'Coffee with Ana in 25 min',
      body: 'At 02:10.',
    });
    // 23:50 GMT the night before: 80 real minutes away, though the wall clock says 140: nothing.
    expect(
      upcomingAppointments(meetings, new Date('2026-03-28T23:50:00.000Z'), { tz: TZ }),
    ).toEqual([]);
  });

  it('counts real minutes across the fall-back change (25 October 2026)', () => {
    // 01:00–02:00 happens twice; a meeting at the second 01:20 (GMT) is 01:20 UTC.
    const meetings = [makeMeeting('m', { start: '2026-10-25T01:20:00.000Z', contactIds: ['ana'] })];
    // The first 01:30 (BST) is 00:30 UTC: 50 real minutes away although the wall clock reads later.
    expect(
      upcomingAppointments(meetings, new Date('2026-10-25T00:30:00.000Z'), { tz: TZ }),
    ).toEqual([]);
    const [notice] = upcomingAppointments(meetings, new Date('2026-10-25T00:50:00.000Z'), {
      tz: TZ,
      contacts,
    });
    expect(notice!.title).toBe('Coffee with Ana in 30 min');
    expect(notice!.body).toBe('At 01:20.');
  });

  it('a rescheduled meeting gets a new key', () => {
    const m = makeMeeting('m', { start: '2026-06-10T13:00:00.000Z' });
    const moved = { ...m, status: 'rescheduled' as const, start: '2026-06-10T15:00:00.000Z' };
    const k1 = upcomingAppointments([m], new Date('2026-06-10T12:45:00.000Z'), { tz: TZ })[0]!.key;
    const k2 = upcomingAppointments([moved], new Date('2026-06-10T14:45:00.000Z'), { tz: TZ })[0]!
      .key;
    expect(k1).not.toBe(k2);
  });
});

describe('nextAppointmentCheck', () => {
  it('is the first moment still ahead that a pending meeting is 30 minutes away', () => {
    const now = new Date('2026-06-10T12:00:00.000Z');
    const meetings = [
      makeMeeting('later', { start: '2026-06-10T15:00:00.000Z' }),
      makeMeeting('proposed', { start: '2026-06-10T14:00:00.000Z', status: 'proposed' }),
      makeMeeting('cancelled', { start: '2026-06-10T13:00:00.000Z', status: 'cancelled' }),
      // Already inside its 30 minutes: notified now, not waited for.
      makeMeeting('soon', { start: '2026-06-10T12:10:00.000Z' }),
    ];
    expect(nextAppointmentCheck(meetings, now)).toBe(Date.parse('2026-06-10T13:30:00.000Z'));
    expect(nextAppointmentCheck([meetings[2]!, meetings[3]!], now)).toBeUndefined();
  });
});
