import type {
  CommitmentOutcome,
  KeptOnTimeRate,
  DueCommitments,
} from '../../../shared/crm/crm-views';
import type { Commitment } from '../../../shared/crm/commitment';
import { dayOf, formatLocalDate, parseLocalDate } from '../local-days';

/** Kept on the due day counts as on time ("by Friday" includes Friday). */
export function commitmentOutcome(c: Commitment, today: string): CommitmentOutcome {
  if (c.status === 'missed') return 'missed';
  if (c.status === 'kept')
    return c.keptOn !== null && c.keptOn <= c.dueOn ? 'kept-on-time' : 'kept-late';
  if (c.dueOn < today) return 'overdue';
  return c.dueOn === today ? 'due-today' : 'open';
}

/**
 * How many promises were kept on time, over commitments due in the last `periodDays` local days up
 * to today. Commitments not yet due are left out (they have not had their chance); open ones past
 * their day count against the rate (late already). Private to the user.
 */
export function keptOnTimeRate(
  commitments: readonly Commitment[],
  now: Date,
  tz: string,
  periodDays = 90,
): KeptOnTimeRate {
  const todayNum = dayOf(now, tz);
  const today = formatLocalDate(todayNum);
  const from = formatLocalDate(todayNum - periodDays + 1);
  const counts = { onTime: 0, late: 0, missed: 0, overdue: 0 };
  for (const c of commitments) {
    if (c.dueOn < from || c.dueOn > today) continue;
    const outcome = commitmentOutcome(c, today);
    if (outcome === 'kept-on-time') counts.onTime++;
    else if (outcome === 'kept-late') counts.late++;
    else if (outcome === 'missed') counts.missed++;
    else if (outcome === 'overdue') counts.overdue++;
    // 'due-today' is still on time: not counted until the day is over.
  }
  const counted = counts.onTime + counts.late + counts.missed + counts.overdue;
  return {
    rate: counted === 0 ? null : counts.onTime / counted,
    ...counts,
    counted,
    from,
    to: today,
  };
}

/** Open commitments for the Today view: due today, and overdue. */
export function dueCommitments(
  commitments: readonly Commitment[],
  now: Date,
  tz: string,
): DueCommitments {
  const today = formatLocalDate(dayOf(now, tz));
  const open = commitments.filter((c) => c.status === 'open');
  return {
    dueToday: open.filter((c) => c.dueOn === today),
    overdue: open
      .filter((c) => c.dueOn < today)
      .sort((a, b) => parseLocalDate(a.dueOn) - parseLocalDate(b.dueOn)),
  };
}

/** Marks a commitment kept today (the caller may pass another day: "I sent it yesterday"). */
export function keepCommitment(c: Commitment, now: Date, tz: string, keptOn?: string): Commitment {
  return { ...c, status: 'kept', keptOn: keptOn ?? formatLocalDate(dayOf(now, tz)) };
}

export type { CommitmentOutcome, KeptOnTimeRate, DueCommitments };
