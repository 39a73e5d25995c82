import type { CheckIn, Session, Wins } from '../../shared/wellbeing';
import type { Data } from '../store/data-schema';
import { prefillWins } from './check-in-prefill';

type CrmRecords = Pick<Data, 'contacts' | 'interactions' | 'meetings'>;

const NONE: Wins = { newContacts: 0, followUpsSent: 0, meetingsBooked: 0 };

/**
 * Pure: the wins typed into check-ins beyond what Netwell logged during their sessions (a meeting
 * booked by phone, a connection made at the coffee machine). A check-in starts from what was
 * logged, so only what the user added on top is new; a lower number never takes a logged win away.
 */
export function typedWins(
  data: CrmRecords,
  sessions: readonly Session[],
  checkIns: readonly CheckIn[],
): Wins {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const total = { ...NONE };
  for (const c of checkIns) {
    const extra = extraWins(data, byId.get(c.sessionId), c);
    total.newContacts += extra.newContacts;
    total.followUpsSent += extra.followUpsSent;
    total.meetingsBooked += extra.meetingsBooked;
  }
  return total;
}

/** Pure: one check-in's wins beyond what was logged during its session. */
export function extraWins(data: CrmRecords, session: Session | undefined, c: CheckIn): Wins {
  const logged = session ? prefillWins(data, session.start, session.end) : NONE;
  return {
    newContacts: Math.max(0, c.wins.newContacts - logged.newContacts),
    followUpsSent: Math.max(0, c.wins.followUpsSent - logged.followUpsSent),
    meetingsBooked: Math.max(0, c.wins.meetingsBooked - logged.meetingsBooked),
  };
}
