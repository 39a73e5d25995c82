import type { HandlersOf } from '../dispatch';
import type { WellbeingService } from './wellbeing-service';

/** The `wellbeing.*` calls: insights, check-ins, guidance and the weekly review. */
export function wellbeingHandlers({ wellbeing }: { wellbeing: WellbeingService }) {
  return {
    'wellbeing.insights': ({ range }) => wellbeing.insights(range),
    'wellbeing.exportCsv': ({ range }) => wellbeing.exportCsv(range),
    'wellbeing.pendingCheckIn': () => wellbeing.pendingCheckIn(),
    'wellbeing.checkIn': (input) => wellbeing.checkIn(input),
    'wellbeing.skipCheckIn': async ({ sessionId }) => {
      await wellbeing.skipCheckIn(sessionId);
      return null;
    },
    'wellbeing.guidance': () => wellbeing.guidance(),
    'wellbeing.dismissGuidance': ({ id }) => wellbeing.dismissGuidance(id),
    'wellbeing.actOnGuidance': ({ id, action }) => wellbeing.actOnGuidance(id, action),
    'wellbeing.weeklyReview': () => wellbeing.weeklyReview(),
  } satisfies HandlersOf<'wellbeing'>;
}
