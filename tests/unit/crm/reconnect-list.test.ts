import { describe, expect, it } from 'vitest';
import { effectiveCadence, addCadence } from '../../../electron/core/crm/keep-in-touch/cadence';
import { parseLocalDate, formatLocalDate } from '../../../electron/core/crm/local-days';
import {
  reconnectDone,
  reconnectList,
  snoozeFor,
  snoozeUntil,
} from '../../../electron/core/crm/keep-in-touch/reconnect-list';
import type { TagCadence } from '../../../electron/shared/crm/keep-in-touch';
import { TZ, day, makeCrmContact, makeInteraction } from './crm-fixtures';

const now = new Date(day('2026-06-15'));
const sixWeeks = { every: 6, unit: 'weeks' } as const;
const monthly = { every: 1, unit: 'months' } as const;
const mentors: TagCadence[] = [
  { tag: 'Mentor', cadence: monthly },
  { tag: 'friend', cadence: { every: 3, unit: 'months' } },
];

describe('effective cadence', () => {
  it("is the contact's own, else the shortest among its tags'", () => {
    expect(effectiveCadence(makeCrmContact('a', { keepInTouch: sixWeeks }), mentors)).toEqual({
      cadence: sixWeeks,
      fromTag: null,
    });
    expect(effectiveCadence(makeCrmContact('a', { tags: ['friend', 'mentor'] }), mentors)).toEqual({
      cadence: monthly,
      fromTag: 'mentor',
    });
    expect(effectiveCadence(makeCrmContact('a', { tags: ['other'] }), mentors)).toBeNull();
  });

  it("'none' switches reminders off even when a tag has a cadence", () => {
    expect(
      effectiveCadence(makeCrmContact('a', { keepInTouch: 'none', tags: ['mentor'] }), mentors),
    ).toBeNull();
  });

  it('months are calendar months, clamped to the end of a short month', () => {
    const jan31 = parseLocalDate('2026-01-31');
    expect(formatLocalDate(addCadence(jan31, monthly))).toBe('2026-02-28');
    expect(
      formatLocalDate(addCadence(parseLocalDate('2026-11-15'), { every: 3, unit: 'months' })),
    ).toBe('2027-02-15');
  });
});

describe('reconnectList', () => {
  it('lists a contact whose cadence has lapsed since the last interaction, with the reason', () => {
    const ana = makeCrmContact('ana', { name: 'Ana', keepInTouch: sixWeeks });
    const list = reconnectList([ana], [makeInteraction('ana', day('2026-04-02'))], [], [], now, TZ);
    expect(list).toHaveLength(1);
    expect(list[0]!.reason).toBe('last spoke 74 days ago; you wanted every 6 weeks');
    expect(list[0]!.dueOn).toBe('2026-05-14');
    expect(list[0]!.overdueDays).toBe(32);
  });

  it('a logged interaction resets the clock (not a fixed timer)', () => {
    const ana = makeCrmContact('ana', { keepInTouch: sixWeeks });
    const old = makeInteraction('ana', day('2026-04-02'));
    expect(reconnectList([ana], [old], [], [], now, TZ)).toHaveLength(1);
    const recent = makeInteraction('ana', day('2026-06-01'), { direction: 'inbound' });
    expect(reconnectList([ana], [old, recent], [], [], now, TZ)).toEqual([]);
  });

  it('is due on the day the cadence lands, not before', () => {
    const ana = makeCrmContact('ana', { keepInTouch: { every: 14, unit: 'days' } });
    const at = makeInteraction('ana', day('2026-06-01'));
    expect(reconnectList([ana], [at], [], [], new Date(day('2026-06-14')), TZ)).toEqual([]);
    expect(reconnectList([ana], [at], [], [], new Date(day('2026-06-15')), TZ)).toHaveLength(1);
  });

  it('ignores interactions dated in the future', () => {
    const ana = makeCrmContact('ana', { keepInTouch: sixWeeks });
    const future = makeInteraction('ana', day('2026-07-01'));
    expect(reconnectList([ana], [future], [], [], now, TZ)).toHaveLength(1);
  });

  it('uses the tag cadence, and says which tag', () => {
    const ben = makeCrmContact('ben', { tags: ['mentor'] });
    const list = reconnectList(
      [ben],
      [makeInteraction('ben', day('2026-05-01'))],
      mentors,
      [],
      now,
      TZ,
    );
    expect(list[0]!.fromTag).toBe('mentor');
    expect(list[0]!.reason).toBe('last spoke 45 days ago; you wanted every month for mentor');
  });

  it('never spoke: due one cadence after the contact was added', () => {
    const cy = makeCrmContact('cy', { keepInTouch: monthly, createdAt: day('2026-05-01') });
    const list = reconnectList([cy], [], [], [], now, TZ);
    expect(list[0]!.reason).toBe('no conversation logged yet; you wanted every month');
    const fresh = makeCrmContact('cy', { keepInTouch: monthly, createdAt: day('2026-06-01') });
    expect(reconnectList([fresh], [], [], [], now, TZ)).toEqual([]);
  });

  it('a snooze hides the contact until it ends', () => {
    const ana = makeCrmContact('ana', { keepInTouch: sixWeeks });
    const ints = [makeInteraction('ana', day('2026-04-02'))];
    const snooze = snoozeFor('ana', 7, now, TZ);
    expect(snooze.until).toBe('2026-06-21T23:00:00.000Z'); // midnight BST on 22 June
    expect(reconnectList([ana], ints, [], [snooze], now, TZ)).toEqual([]);
    expect(reconnectList([ana], ints, [], [snooze], new Date(snooze.until), TZ)).toHaveLength(1);
    expect(snoozeUntil('ana', '2026-07-01', TZ)).toEqual({
      contactId: 'ana',
      until: '2026-06-30T23:00:00.000Z',
    });
  });

  it('"done" logs an outbound interaction that takes the contact off the list', () => {
    const ana = makeCrmContact('ana', { keepInTouch: sixWeeks });
    const ints = [makeInteraction('ana', day('2026-04-02'))];
    const done = reconnectDone('ana', now, { channel: 'email' });
    expect(done).toMatchObject({ contactId: 'ana', direction: 'outbound', channel: 'email' });
    expect(reconnectList([ana], [...ints, { ...done, id: 'x' }], [], [], now, TZ)).toEqual([]);
  });

  it('never lists blocked or archived contacts', () => {
    const blocked = makeCrmContact('b', {
      keepInTouch: sixWeeks,
      blocked: { on: day('2026-01-01'), reason: '' },
    });
    const archived = makeCrmContact('a', { keepInTouch: sixWeeks, archived: true });
    expect(reconnectList([blocked, archived], [], [], [], now, TZ)).toEqual([]);
  });

  it('orders by how overdue relative to the cadence, then by tie strength', () => {
    // weekly, 3 weeks late (ratio 3) beats quarterly, 30 days late (ratio ~0.33)
    const weekly = makeCrmContact('weekly', { keepInTouch: { every: 1, unit: 'weeks' } });
    const quarterly = makeCrmContact('quarterly', { keepInTouch: { every: 90, unit: 'days' } });
    // two equally overdue monthly contacts: the strong tie first
    const strong = makeCrmContact('strong', { keepInTouch: { every: 20, unit: 'days' } });
    const weak = makeCrmContact('weak', { keepInTouch: { every: 20, unit: 'days' } });
    const interactions = [
      makeInteraction('weekly', day('2026-05-18')),
      makeInteraction('quarterly', day('2026-02-15')),
      makeInteraction('strong', day('2026-05-10')),
      makeInteraction('strong', day('2026-05-12')),
      makeInteraction('strong', day('2026-05-14'), { channel: 'in-person' }),
      makeInteraction('strong', day('2026-05-16')),
      makeInteraction('weak', day('2026-05-16')),
    ];
    const at = new Date(day('2026-06-15'));
    const order = reconnectList(
      [weak, quarterly, strong, weekly],
      interactions,
      [],
      [],
      at,
      TZ,
    ).map((i) => i.contact.id);
    expect(order).toEqual(['weekly', 'strong', 'weak', 'quarterly']);
  });
});

describe('reconnectList asked again with the same data', () => {
  const ana = makeCrmContact('ana', { name: 'Ana', keepInTouch: sixWeeks });
  const contacts = [ana];
  const at = (iso: string) => new Date(iso);

  it('follows an interaction logged ahead of time once its moment has passed', () => {
    // Overdue before 15:00; the call planned for 15:00 restarts the clock from then on.
    const interactions = [
      makeInteraction('ana', day('2026-04-02')),
      makeInteraction('ana', '2026-06-15T15:00:00.000Z'),
    ];
    const ask = (iso: string) => reconnectList(contacts, interactions, [], [], at(iso), TZ);
    expect(ask('2026-06-15T14:59:00.000Z')).toHaveLength(1);
    expect(ask('2026-06-15T15:00:00.000Z')).toHaveLength(0);
    // The clock moved back (a test clock, a corrected system clock): the answer follows it.
    expect(ask('2026-06-15T14:00:00.000Z')).toHaveLength(1);
  });

  it('follows a snooze ending and the local day turning', () => {
    const interactions = [makeInteraction('ana', day('2026-04-02'))];
    const snoozes = [{ contactId: 'ana', until: '2026-06-15T18:00:00.000Z' }];
    const ask = (iso: string) => reconnectList(contacts, interactions, [], snoozes, at(iso), TZ);
    expect(ask('2026-06-15T13:00:00.000Z')).toHaveLength(0);
    const evening = ask('2026-06-15T18:00:00.000Z');
    expect(evening.map((i) => i.overdueDays)).toEqual([32]);
    // London is an hour ahead of UTC in June: the next local day starts at 23:00 UTC.
    expect(ask('2026-06-15T22:59:00.000Z').map((i) => i.overdueDays)).toEqual([32]);
    expect(ask('2026-06-15T23:00:00.000Z').map((i) => i.overdueDays)).toEqual([33]);
  });
});

describe('reconnectList, remembered per contact record', () => {
  const ana = makeCrmContact('ana', { name: 'Ana', keepInTouch: sixWeeks });
  const bo = makeCrmContact('bo', { name: 'Bo', keepInTouch: monthly });
  const old = [makeInteraction('ana', day('2026-04-02')), makeInteraction('bo', day('2026-04-20'))];
  const summary = (list: ReturnType<typeof reconnectList>) =>
    list.map((i) => `${i.contact.id} ${i.dueOn} ${i.overdueDays} ${i.strength.level} ${i.reason}`);

  it('answers as a first computation would after each kind of change', () => {
    const fresh = (...args: Parameters<typeof reconnectList>) =>
      summary(
        reconnectList(
          args[0].map((c) => ({ ...c })),
          [...args[1]],
          [...args[2]],
          args[3],
          args[4],
          args[5],
        ),
      );
    const check = (...args: Parameters<typeof reconnectList>) => {
      const list = summary(reconnectList(...args));
      expect(list).toEqual(fresh(...args));
      return list;
    };
    const first = check([ana, bo], old, mentors, [], now, TZ);
    expect(first).toHaveLength(2);
    // An edit replaces one record; the other is the same object.
    const bo2 = { ...bo, keepInTouch: 'none' as const };
    expect(check([ana, bo2], old, mentors, [], now, TZ).map((l) => l.split(' ')[0])).toEqual([
      'ana',
    ]);
    // A later day, another zone, other tag cadences.
    check([ana, bo], old, mentors, [], new Date(day('2026-07-20')), TZ);
    check([ana, bo], old, mentors, [], now, 'Pacific/Kiritimati');
    check([ana, bo], old, [{ tag: 'x', cadence: monthly }], [], now, TZ);
  });

  it('an interaction ahead of now counts once now passes it, and not before if the clock goes back', () => {
    const later = new Date(now.getTime() + 3_600_000);
    const withFuture = [...old, makeInteraction('ana', later.toISOString())];
    const ids = (at: Date) =>
      reconnectList([ana, bo], withFuture, [], [], at, TZ)
        .map((i) => i.contact.id)
        .sort();
    expect(ids(now)).toEqual(['ana', 'bo']);
    expect(ids(new Date(later.getTime() + 60_000))).toEqual(['bo']);
    expect(ids(now)).toEqual(['ana', 'bo']);
  });
});
