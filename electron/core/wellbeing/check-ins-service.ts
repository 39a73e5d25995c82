import type { CheckIn, PendingCheckIn, Wins } from '../../shared/wellbeing';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import type { EventBus } from '../event-bus';
import type { Store } from '../store/open-store';
import { prefillWins } from './check-in-prefill';
import { CHECK_IN_OFFER_MS, KEEP, wellbeingChanged } from './wellbeing-records';

export interface CheckInsDeps {
  clock: Clock;
  store: Store;
  bus: EventBus;
  newId: () => string;
}

/** The answers to "how did that feel?": the one still open, answering it, skipping it. */
export class CheckInsService {
  constructor(private readonly deps: CheckInsDeps) {}

  /** The latest session still waiting for its check-in, with the wins it already shows. */
  pending(): PendingCheckIn | null {
    const now = this.deps.clock.now().getTime();
    const d = this.deps.store.read();
    const session = d.sessions
      .filter((s) => s.checkIn === 'pending' && now - Date.parse(s.end) <= CHECK_IN_OFFER_MS)
      .at(-1);
    if (!session) return null;
    return { session, prefill: prefillWins(d, session.start, session.end) };
  }

  async checkIn(input: {
    sessionId: string;
    energy: number;
    chore: boolean;
    wins: Wins;
    note: string;
  }): Promise<CheckIn> {
    const found = this.deps.store.read().sessions.find((s) => s.id === input.sessionId);
    if (!found) throw new UserError('not_found', 'That session is no longer recorded.');
    const checkIn: CheckIn = {
      id: this.deps.newId(),
      at: this.deps.clock.now().toISOString(),
      ...input,
    };
    await this.deps.store.update((d) => {
      // One check-in per session: answering again replaces the earlier answer.
      d.checkIns = [...d.checkIns.filter((c) => c.sessionId !== input.sessionId), checkIn].slice(
        -KEEP,
      );
      const s = d.sessions.find((x) => x.id === input.sessionId);
      if (s) s.checkIn = 'done';
    });
    wellbeingChanged(this.deps.bus);
    return checkIn;
  }

  async skip(sessionId: string): Promise<void> {
    await this.deps.store.update((d) => {
      const s = d.sessions.find((x) => x.id === sessionId);
      if (s && s.checkIn === 'pending') s.checkIn = 'skipped';
    });
    wellbeingChanged(this.deps.bus);
  }
}
