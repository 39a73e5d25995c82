import type { Cadence, CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { TagCadence } from '../../../shared/crm/keep-in-touch';
import { fold } from '../../../shared/text';
import { DAY_MS, partsOf } from '../local-days';

/** Nominal length in days, for comparing cadences (a month counts as 30 days). */
export function cadenceDays(cadence: Cadence): number {
  const per = cadence.unit === 'days' ? 1 : cadence.unit === 'weeks' ? 7 : 30;
  return cadence.every * per;
}

/** The local day a cadence lands on after `dayNum`: months are calendar months, clamped. */
export function addCadence(dayNum: number, cadence: Cadence): number {
  if (cadence.unit !== 'months') return dayNum + cadenceDays(cadence);
  const { year, month, day } = partsOf(dayNum);
  const target = month + cadence.every;
  const lastDay = new Date(Date.UTC(year, target + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(year, target, Math.min(day, lastDay)) / DAY_MS);
}

/** "every day", "every 6 weeks", "every month". */
export function describeCadence(cadence: Cadence): string {
  const unit = cadence.unit.slice(0, -1);
  return cadence.every === 1 ? `every ${unit}` : `every ${cadence.every} ${cadence.unit}`;
}

export interface EffectiveCadence {
  cadence: Cadence;
  /** null: the contact's own; otherwise the tag it comes from. */
  fromTag: string | null;
}

/**
 * The contact's own cadence; 'none' switches reminders off even when a tag has a cadence; with no
 * wish of its own, the shortest cadence among its tags' (the most attentive wish wins: a person
 * who is both a "mentor" (monthly) and a "friend" (quarterly) is someone you wanted to hear from
 * monthly). Ties go to the tag listed first on the contact. Tags match ignoring case and accents.
 */
export function effectiveCadence(
  contact: Pick<CrmContact, 'keepInTouch' | 'tags'>,
  tagCadences: readonly TagCadence[],
): EffectiveCadence | null {
  if (contact.keepInTouch === 'none') return null;
  if (contact.keepInTouch) return { cadence: contact.keepInTouch, fromTag: null };
  let best: EffectiveCadence | null = null;
  for (const tag of contact.tags) {
    const rule = tagCadences.find((t) => fold(t.tag) === fold(tag));
    if (!rule) continue;
    if (!best || cadenceDays(rule.cadence) < cadenceDays(best.cadence)) {
      best = { cadence: rule.cadence, fromTag: tag };
    }
  }
  return best;
}
