import { describe, expect, it } from 'vitest';
import { dueFollowUps, followUpKey } from '../../../electron/core/crm/promises/follow-ups';
import type { FollowUp } from '../../../electron/shared/crm/follow-up';
import { TZ, day, makeCrmContact } from './crm-fixtures';

const f = (id: string, dueOn: string, fields: Partial<FollowUp> = {}): FollowUp => ({
  id,
  contactId: 'ana',
  dueOn,
  text: 'send the deck',
  doneAt: null,
  createdAt: day('2026-01-01'),
  ...fields,
});
const ana = makeCrmContact('ana', { name: 'Ana' });

describe('dueFollowUps', () => {
  it('lists follow-ups due today or earlier, not done, oldest first', () => {
    const items = dueFollowUps(
      [
        f('b', '2026-06-15'),
        f('a', '2026-06-12'),
        f('c', '2026-06-16'),
        f('d', '2026-06-01', { doneAt: day('2026-06-02') }),
      ],
      [ana],
      new Date(day('2026-06-15')),
      TZ,
    );
    expect(items.map((i) => [i.key, i.text])).toEqual([
      ['follow-up:a:2026-06-12', 'Follow up with Ana: send the deck (due Fri 12 June)'],
      ['follow-up:b:2026-06-15', 'Follow up with Ana: send the deck (due Mon 15 June)'],
    ]);
  });

  it('uses the local day: 00:30 BST on the 16th is already the 16th', () => {
    const items = dueFollowUps(
      [f('c', '2026-06-16')],
      [ana],
      new Date('2026-06-15T23:30:00.000Z'),
      TZ,
    );
    expect(items).toHaveLength(1);
  });

  it('keys and texts are stable over time, and change when the follow-up moves', () => {
    const list = [f('a', '2026-06-12')];
    const monday = dueFollowUps(list, [ana], new Date(day('2026-06-15')), TZ);
    const later = dueFollowUps(list, [ana], new Date('2026-06-20T08:00:00.000Z'), TZ);
    expect(later.map(({ key, text }) => ({ key, text }))).toEqual(
      monday.map(({ key, text }) => ({ key, text })),
    );
    expect(followUpKey(f('a', '2026-06-19'))).not.toBe(followUpKey(list[0]!));
  });

  it('leaves out blocked, archived and missing contacts', () => {
    const blocked = makeCrmContact('b', { blocked: { on: day('2026-01-01'), reason: '' } });
    const archived = makeCrmContact('r', { archived: true });
    const items = dueFollowUps(
      [
        f('1', '2026-06-01', { contactId: 'b' }),
        f('2', '2026-06-01', { contactId: 'r' }),
        f('3', '2026-06-01', { contactId: 'gone' }),
      ],
      [blocked, archived],
      new Date(day('2026-06-15')),
      TZ,
    );
    expect(items).toEqual([]);
  });
});
