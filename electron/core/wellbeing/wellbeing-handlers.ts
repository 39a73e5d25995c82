import type { HandlersOf } from '../dispatch';
import type { Wellbeing } from './create-wellbeing';

/** The `wellbeing.*` calls: insights, check-ins, guidance and the weekly review. */
export function wellbeingHandlers({ wellbeing }: { wellbeing: Wellbeing }) {
  const { insights, checkIns, guidance, review } = wellbeing;
  return {
    'wellbeing.insights': ({ range }) => insights.compute(range),
    'wellbeing.exportCsv': ({ range }) => insights.exportCsv(range),
    'wellbeing.pendingCheckIn': () => checkIns.pending(),
    'wellbeing.checkIn': (input) => checkIns.checkIn(input),
    'wellbeing.skipCheckIn': ({ sessionId }) => checkIns.skip(sessionId).then(() => null),
    'wellbeing.guidance': () => guidance.list(),
    'wellbeing.dismissGuidance': ({ id }) => guidance.dismiss(id),
    'wellbeing.actOnGuidance': ({ id, action }) => guidance.actOn(id, action),
    'wellbeing.weeklyReview': () => review.current(),
  } satisfies HandlersOf<'wellbeing'>;
}
