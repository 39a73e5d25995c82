import { useState, type FormEvent } from 'react';
import type { SocialPlatform } from '../../../../electron/shared/crm/crm-common';
import { netwell } from '../../bridge/netwell';
import { FieldFrame } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { dayLabel, localDate } from '../../lib/time';
import { useBoundaries } from '../../app/useBoundaries';
import { useSettings } from '../settings/useSettings';
import { BREAK_DAYS, BREAK_PLATFORMS, REPORT_PLATFORM_LABELS } from './safetyText';

/** "Take a break from a platform": its workspace sites stay locked for a few days. */
export function PlatformBreak({ timeZone }: { timeZone: string }) {
  const status = useBoundaries();
  const settings = useSettings();
  const [platform, setPlatform] = useState<SocialPlatform>('linkedin');
  const [days, setDays] = useState<number>(7);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sites = settings?.sites ?? [];
  const breaks = (status?.siteBreaks ?? []).map((b) => ({
    ...b,
    name: sites.find((s) => s.id === b.siteId)?.name ?? 'A site no longer in your workspace',
  }));

  const untilText = (until: string) => {
    // A break ends at the start of a local day; the day before is the last day away.
    return dayLabel(localDate(until, timeZone));
  };

  const take = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    const result = await netwell.platform.takeBreak({ platform, days });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    showToast(
      `${REPORT_PLATFORM_LABELS[platform]} can wait until ${untilText(result.value.until)}. Enjoy the quiet.`,
    );
  };

  const end = async (siteIds: string[], name: string) => {
    const result = await netwell.platform.endBreak({ siteIds });
    if (!result.ok) {
      showToast(result.error.message, { tone: 'error' });
      return;
    }
    showToast(`${name} is back whenever your schedule opens it.`);
  };

  return (
    <section className="panel attention-section" aria-labelledby="platform-break-title">
      <h2 id="platform-break-title" className="panel-title">
        Take a break from a platform
      </h2>
      <p className="section-intro">
        Stepping away is allowed. Its sites stay locked in your workspace until the break ends, and
        the people who matter will still be there when you come back.
      </p>

      {breaks.length > 0 && (
        <ul className="break-list" aria-label="Breaks">
          {breaks.map((b) => (
            <li key={b.siteId} className="break-item">
              <p>
                <strong>{b.name}</strong> is on a break until {untilText(b.until)}.
              </p>
              <button
                type="button"
                className="button button-small"
                onClick={() => void end([b.siteId], b.name)}
              >
                End the break<span className="visually-hidden"> from {b.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <form className="break-form" onSubmit={(e) => void take(e)} aria-label="Take a break">
        <FieldFrame id="break-platform" label="Platform">
          {(aria) => (
            <select
              {...aria}
              className="input"
              value={platform}
              onChange={(e) => setPlatform(e.target.value as SocialPlatform)}
            >
              {BREAK_PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {REPORT_PLATFORM_LABELS[p]}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame id="break-days" label="For how long">
          {(aria) => (
            <select
              {...aria}
              className="input"
              value={days}
              onChange={(e) => setDays(Number(e.target.value))}
            >
              {BREAK_DAYS.map((d) => (
                <option key={d} value={d}>
                  {d === 1 ? '1 day' : `${d} days`}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <button type="submit" className="button button-primary" disabled={busy}>
          Take a break
        </button>
      </form>
      {error && (
        <p className="attention-error" role="alert">
          {error} <a href="#/workspace">Your workspace sites</a>
        </p>
      )}
    </section>
  );
}
