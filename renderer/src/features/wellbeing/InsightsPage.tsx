import { useMemo, useState } from 'react';
import type { InsightsRange } from '../../../../electron/shared/wellbeing';
import { navigate, useRoute } from '../../app/useRoute';
import { netwell } from '../../bridge/netwell';
import { PageHeading } from '../../components/PageHeading';
import { showToast } from '../../components/toasts';
import { minutesText } from '../../lib/time';
import { ChartPanel } from './ChartPanel';
import { useChartColours } from './chartColours';
import { openCheckIn } from './CheckInDialog';
import { GuidanceCards } from './GuidanceCards';
import { insightsCharts, shortDate } from './insightsCharts';
import { downloadBlob } from './download';
import { useGuidance, useInsights, usePendingCheckIn, useWeeklyReview } from './useWellbeing';
import { WeeklyReviewView } from './WeeklyReviewView';

const RANGES: Array<{ value: InsightsRange; label: string }> = [
  { value: '4w', label: '4 weeks' },
  { value: '3m', label: '3 months' },
  { value: '1y', label: 'A year' },
];

/** Insights: charts of the user's networking, honest and private, with gentle suggestions. */
export function InsightsPage() {
  const place = useRoute();
  const review = place.view === 'review';
  return (
    <div className="page page-insights">
      <div className="page-header">
        <PageHeading>{review ? 'Weekly review' : 'Insights'}</PageHeading>
        <nav aria-label="Insights views" className="insights-views">
          <a
            href="#/insights"
            aria-current={review ? undefined : 'page'}
            className="button button-small"
          >
            Charts
          </a>
          <a
            href="#/insights/review"
            aria-current={review ? 'page' : undefined}
            className="button button-small"
          >
            Weekly review
          </a>
        </nav>
      </div>
      {review ? <ReviewScreen /> : <ChartsScreen />}
    </div>
  );
}

function ReviewScreen() {
  const review = useWeeklyReview();
  if (review.status === 'loading') return <p role="status">Loading your week…</p>;
  if (review.status === 'error') return <p role="alert">{review.error}</p>;
  return <WeeklyReviewView review={review.value} />;
}

function ChartsScreen() {
  const [range, setRange] = useState<InsightsRange>('4w');
  const insights = useInsights(range);
  const guidance = useGuidance();
  const pending = usePendingCheckIn();
  // Built once per answer and colour scheme, so other updates on the page do not redraw them.
  const colours = useChartColours();
  const charts = useMemo(
    () => (insights.status === 'ready' ? insightsCharts(insights.value, colours) : []),
    [insights, colours],
  );

  const exportCsv = async () => {
    const result = await netwell.wellbeing.exportCsv({ range });
    if (!result.ok) {
      showToast(result.error.message, { tone: 'error' });
      return;
    }
    downloadBlob(
      new Blob([`\uFEFF${result.value.csv}`], { type: 'text/csv;charset=utf-8' }),
      result.value.fileName,
    );
  };

  return (
    <>
      <p className="lead">
        How your networking time feels and what it brings. Everything here is computed on this
        computer from your own records; nothing leaves it.
      </p>
      {pending && (
        <p className="panel panel-quiet">
          A check-in is waiting.{' '}
          <button type="button" className="button button-small" onClick={openCheckIn}>
            Check in
          </button>
        </p>
      )}
      {guidance.status === 'ready' && <GuidanceCards items={guidance.value} />}
      <div className="insights-toolbar">
        <fieldset className="range-switcher">
          <legend className="visually-hidden">Range</legend>
          {RANGES.map((r) => (
            <label
              key={r.value}
              className={r.value === range ? 'range-option range-option-on' : 'range-option'}
            >
              <input
                type="radio"
                name="insights-range"
                value={r.value}
                checked={r.value === range}
                onChange={() => setRange(r.value)}
              />
              {r.label}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => navigate({ area: 'insights', view: 'review' })}
        >
          Open the weekly review
        </button>
      </div>
      {insights.status === 'loading' && <p role="status">Loading insights…</p>}
      {insights.status === 'error' && <p role="alert">{insights.error}</p>}
      {insights.status === 'ready' && (
        <>
          <section className="insights-summary" aria-labelledby="insights-summary-title">
            <h2 id="insights-summary-title" className="visually-hidden">
              Summary
            </h2>
            <dl className="stat-list">
              <div>
                <dt>Networking time</dt>
                <dd>{minutesText(insights.value.totals.minutes)}</dd>
              </div>
              <div>
                <dt>Sessions</dt>
                <dd>{insights.value.totals.sessions}</dd>
              </div>
              <div>
                <dt>Offline days</dt>
                <dd>
                  {insights.value.offline.days} (current streak{' '}
                  {insights.value.offline.currentStreak}, longest{' '}
                  {insights.value.offline.longestStreak})
                </dd>
              </div>
              <div>
                <dt>Range</dt>
                <dd>
                  {shortDate(insights.value.from)} – {shortDate(insights.value.to)}
                </dd>
              </div>
            </dl>
            <p className="field-hint">Offline days are days with no networking: rest counts too.</p>
          </section>
          <div className="chart-grid">
            {charts.map((chart) => (
              <ChartPanel key={chart.title} {...chart} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
