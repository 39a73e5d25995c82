import { describe, expect, it } from 'vitest';
import {
  commitmentOutcome,
  dueCommitments,
  keepCommitment,
  keptOnTimeRate,
} from '../../../electron/core/crm/promises/commitments';
import type { Commitment } from '../../../electron/shared/crm/commitment';
import { CommitmentSchema } from '../../../electron/shared/crm/commitment';
import { TZ, day } from './crm-fixtures';

const c = (id: string, dueOn: string, fields: Partial<Commitment> = {}): Commitment => ({
  id,
  contactId: 'ana',
  what: 'send the report',
  dueOn,
  status: 'open',
  keptOn: null,
  createdAt: day('2026-01-01'),
  ...fields,
});
const now = new Date(day('2026-06-15'));

describe('commitments', () => {
  it('kept on the due day is on time; the day after is late', () => {
    expect(
      commitmentOutcome(
        c('a', '2026-06-12', { status: 'kept', keptOn: '2026-06-12' }),
        '2026-06-15',
      ),
    ).toBe('kept-on-time');
    expect(
      commitmentOutcome(
        c('a', '2026-06-12', { status: 'kept', keptOn: '2026-06-13' }),
        '2026-06-15',
      ),
    ).toBe('kept-late');
    expect(commitmentOutcome(c('a', '2026-06-12'), '2026-06-15')).toBe('overdue');
    expect(commitmentOutcome(c('a', '2026-06-15'), '2026-06-15')).toBe('due-today');
    expect(commitmentOutcome(c('a', '2026-06-20'), '2026-06-15')).toBe('open');
  });

  it('keptOnTimeRate gives the counts behind the rate, over the period', () => {
    const rate = keptOnTimeRate(
      [
        c('1', '2026-06-01', { status: 'kept', keptOn: '2026-05-30' }),
        c('2', '2026-06-02', { status: 'kept', keptOn: '2026-06-02' }),
        c('3', '2026-06-03', { status: 'kept', keptOn: '2026-06-09' }),
        c('4', '2026-06-04', { status: 'missed' }),
        c('5', '2026-06-10'), // open, overdue: counts against
        c('6', '2026-06-15'), // due today: not counted yet
        c('7', '2026-06-30'), // not due yet
        c('8', '2026-01-10', { status: 'missed' }), // before the period
      ],
      now,
      TZ,
      90,
    );
    expect(rate).toMatchObject({
      onTime: 2,
      late: 1,
      missed: 1,
      overdue: 1,
      counted: 5,
      rate: 0.4,
    });
    expect(rate.from).toBe('2026-03-18');
    expect(rate.to).toBe('2026-06-15');
  });

  it('has no rate when nothing was due', () => {
    expect(keptOnTimeRate([], now, TZ).rate).toBeNull();
  });

  it('lists due today and overdue (oldest first) for the Today view', () => {
    const due = dueCommitments(
      [
        c('a', '2026-06-15'),
        c('b', '2026-06-10'),
        c('c', '2026-06-01'),
        c('d', '2026-06-01', { status: 'missed' }),
      ],
      now,
      TZ,
    );
    expect(due.dueToday.map((x) => x.id)).toEqual(['a']);
    expect(due.overdue.map((x) => x.id)).toEqual(['c', 'b']);
  });

  it('keeping records the local day, and the schema ties keptOn to kept', () => {
    // 23:30 UTC on 14 June is 00:30 on 15 June in London
    const kept = keepCommitment(c('a', '2026-06-14'), new Date('2026-06-14T23:30:00.000Z'), TZ);
    expect(kept).toMatchObject({ status: 'kept', keptOn: '2026-06-15' });
    expect(CommitmentSchema.safeParse(kept).success).toBe(true);
    expect(CommitmentSchema.safeParse({ ...kept, keptOn: null }).success).toBe(false);
  });
});
