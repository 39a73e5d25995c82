/** Settings › Keep in touch by tag: one tag's cadence as the form holds it, and its check. */
import type { Cadence } from '../../../../electron/shared/crm/contact-crm-fields';
import { flatCodec } from '../../lib/storedForm';

export interface CadenceDraft {
  [field: string]: string;
  mode: 'none' | 'every';
  every: string;
  unit: Cadence['unit'];
}

export const cadenceCodec = flatCodec<CadenceDraft>();

/** No cadence shows as "No reminder", with "every 1 month" ready to choose. */
export function cadenceDraft(cadence: Cadence | null): CadenceDraft {
  return {
    mode: cadence ? 'every' : 'none',
    every: String(cadence?.every ?? 1),
    unit: cadence?.unit ?? 'months',
  };
}

/** The cadence to save (null: no reminder), or why it cannot be. */
export function checkCadence(
  draft: CadenceDraft,
): { ok: true; cadence: Cadence | null } | { ok: false; error: string } {
  const n = Number(draft.every);
  if (draft.mode === 'every' && (!Number.isInteger(n) || n < 1 || n > 365)) {
    return { ok: false, error: 'Give a whole number from 1 to 365.' };
  }
  return { ok: true, cadence: draft.mode === 'every' ? { every: n, unit: draft.unit } : null };
}
