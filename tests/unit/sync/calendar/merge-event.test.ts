import { describe, expect, it } from 'vitest';
import type { EventFields } from '../../../../electron/core/sync/calendar/event-fields';
import { EVENT_FIELD_LABELS } from '../../../../electron/core/sync/calendar/event-fields';
import { mergeEventFields } from '../../../../electron/core/sync/calendar/merge-event';

const base: EventFields = {
  summary: 'Coffee with Ana',
  location: 'Café Central',
  description: '',
  start: '2026-03-30T10:00:00Z',
  end: '2026-03-30T10:45:00Z',
  allDay: false,
  status: 'TENTATIVE',
  organizer: { email: 'me@example.org', name: 'Me' },
  attendees: [
    { email: 'ana@example.org', name: 'Ana', partstat: 'NEEDS-ACTION' },
    { email: 'ben@example.org', name: 'Ben', partstat: 'NEEDS-ACTION' },
  ],
  sequence: 1,
};

describe('mergeEventFields', () => {
  it('a field changed on one side takes that value on both', () => {
    const { local, remote, conflicts } = mergeEventFields(
      base,
      { ...base, summary: 'Lunch with Ana' },
      { ...base, location: 'Time Out Market' },
    );
    expect(conflicts).toEqual([]);
    expect(local).toEqual(remote);
    expect(local).toMatchObject({ summary: 'Lunch with Ana', location: 'Time Out Market' });
  });

  it('the same field changed on both sides to different values is a conflict; each side keeps its own', () => {
    const { local, remote, conflicts } = mergeEventFields(
      base,
      { ...base, location: 'Home' },
      { ...base, location: 'Office' },
    );
    expect(conflicts).toEqual([{ field: 'location', local: 'Home', remote: 'Office' }]);
    expect(local.location).toBe('Home');
    expect(remote.location).toBe('Office');
  });

  it('both sides making the same change is no conflict', () => {
    const changed = { ...base, status: 'CANCELLED' as const };
    expect(mergeEventFields(base, changed, changed).conflicts).toEqual([]);
  });

  it('start and end are one field: a move on the phone and a longer meeting in Netwell conflict as "Time"', () => {
    const moved = { ...base, start: '2026-03-31T10:00:00Z', end: '2026-03-31T10:45:00Z' };
    const longer = { ...base, end: '2026-03-30T11:30:00Z' };
    const { local, remote, conflicts } = mergeEventFields(base, longer, moved);
    expect(conflicts).toEqual([
      {
        field: 'start',
        local: '2026-03-30T10:00:00Z – 2026-03-30T11:30:00Z',
        remote: '2026-03-31T10:00:00Z – 2026-03-31T10:45:00Z',
      },
    ]);
    expect(EVENT_FIELD_LABELS[conflicts[0]!.field]).toBe('Time');
    expect([local.start, local.end]).toEqual([longer.start, longer.end]);
    expect([remote.start, remote.end]).toEqual([moved.start, moved.end]);
    // A move on one side only is taken whole.
    expect(mergeEventFields(base, base, moved).local).toMatchObject({
      start: moved.start,
      end: moved.end,
    });
  });

  it('guests merge by email: an answer on the phone and a new guest in Netwell both survive', () => {
    const phone = {
      ...base,
      attendees: [{ ...base.attendees[0]!, partstat: 'ACCEPTED' as const }, base.attendees[1]!],
    };
    const netwell = {
      ...base,
      attendees: [
        ...base.attendees,
        { email: 'cy@example.org', name: 'Cy', partstat: 'NEEDS-ACTION' as const },
      ],
    };
    const { local, remote, conflicts } = mergeEventFields(base, netwell, phone);
    expect(conflicts).toEqual([]);
    expect(local.attendees).toEqual(remote.attendees);
    expect(local.attendees).toEqual([
      { email: 'ana@example.org', name: 'Ana', partstat: 'ACCEPTED' },
      base.attendees[1],
      { email: 'cy@example.org', name: 'Cy', partstat: 'NEEDS-ACTION' },
    ]);
  });

  it('an answer changed on one side wins over a name changed on the other; emails match without case', () => {
    const phone = {
      ...base,
      attendees: [
        { email: 'ANA@example.org', name: 'Ana', partstat: 'DECLINED' as const },
        base.attendees[1]!,
      ],
    };
    const netwell = {
      ...base,
      attendees: [{ ...base.attendees[0]!, name: 'Ana Ruiz' }, base.attendees[1]!],
    };
    const { local, conflicts } = mergeEventFields(base, netwell, phone);
    expect(conflicts).toEqual([]);
    expect(local.attendees[0]).toMatchObject({ name: 'Ana Ruiz', partstat: 'DECLINED' });
  });

  it('two different answers for one guest conflict', () => {
    const answer = (partstat: 'ACCEPTED' | 'DECLINED') => ({
      ...base,
      attendees: [{ ...base.attendees[0]!, partstat }, base.attendees[1]!],
    });
    const { conflicts } = mergeEventFields(base, answer('ACCEPTED'), answer('DECLINED'));
    expect(conflicts).toEqual([
      {
        field: 'attendees',
        local: 'Ana <ana@example.org>: ACCEPTED',
        remote: 'Ana <ana@example.org>: DECLINED',
      },
    ]);
  });

  it('a guest removed on one side and untouched on the other is removed on both', () => {
    const fewer = { ...base, attendees: [base.attendees[0]!] };
    const { local, remote } = mergeEventFields(base, base, fewer);
    expect(local.attendees).toEqual([base.attendees[0]]);
    expect(remote.attendees).toEqual([base.attendees[0]]);
  });

  it('with no base (a first sync), equal fields merge, different ones conflict, an answer beats none', () => {
    const netwell = { ...base, location: 'Home' };
    const server = {
      ...base,
      attendees: [{ ...base.attendees[0]!, partstat: 'TENTATIVE' as const }, base.attendees[1]!],
    };
    const { local, conflicts } = mergeEventFields(null, netwell, server);
    expect(conflicts).toEqual([{ field: 'location', local: 'Home', remote: 'Café Central' }]);
    expect(local.attendees[0]!.partstat).toBe('TENTATIVE');
  });

  it('SEQUENCE takes the highest revision and never conflicts', () => {
    const { local, remote, conflicts } = mergeEventFields(
      base,
      { ...base, sequence: 3 },
      { ...base, sequence: 5 },
    );
    expect(conflicts).toEqual([]);
    expect([local.sequence, remote.sequence]).toEqual([5, 5]);
  });
});
