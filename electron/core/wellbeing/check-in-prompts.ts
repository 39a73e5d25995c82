import type { Session } from '../../shared/wellbeing';
import type { NotificationLedger } from '../notifications/notification-ledger';
import type { Store } from '../store/open-store';
import { CHECK_IN_OFFER_MS } from './wellbeing-records';

export interface CheckInPromptsDeps {
  store: Pick<Store, 'read'>;
  /** Check-in notices; whether "window closed" or "unlock ended" was shown. */
  ledger: Pick<NotificationLedger, 'raiseOnce' | 'wasShown' | 'markNotified'>;
}

const checkInKey = (sessionId: string) => `check-in:${sessionId}`;

/** When to ask "how did that feel?": once per session, never twice at the same moment. */
export class CheckInPrompts {
  constructor(private readonly deps: CheckInPromptsDeps) {}

  /** A session just ended; `endNoticeKey` is the notice raised for its end ('' if none). */
  sessionEnded(session: Session, endNoticeKey: string): void {
    // The "window closed" / "unlock ended" notice already invites the check-in: a second prompt
    // at the same moment would nag. Without it (turned off, slept through, a budget), ask here.
    const kind = endNoticeKey.startsWith('unlock-expired:') ? 'unlock-expired' : 'window-closed';
    if (endNoticeKey && this.deps.ledger.wasShown(endNoticeKey, kind)) {
      this.deps.ledger.markNotified(checkInKey(session.id));
      return;
    }
    this.ask(session);
  }

  /**
   * On the first look after a start: a session stored at quit (the app closed mid-session) and not
   * asked about since is asked about now, once. The one still running is asked about at its end.
   */
  askLeftOver(now: number, runningId: string | null): void {
    for (const s of this.deps.store.read().sessions) {
      if (s.checkIn !== 'pending' || s.id === runningId) continue;
      if (now - Date.parse(s.end) > CHECK_IN_OFFER_MS) continue;
      this.ask(s);
    }
  }

  /** The check-in notification, at most once per session (its key is kept across restarts). */
  private ask(session: Session): void {
    this.deps.ledger.raiseOnce({
      kind: 'check-in',
      key: checkInKey(session.id),
      title: 'How did that feel?',
      body:
        session.kind === 'unlock'
          ? 'A ten-second check-in after that unlock: energy, and whether it was worth it.'
          : 'A ten-second check-in about your last networking session.',
      route: 'today',
    });
  }
}
