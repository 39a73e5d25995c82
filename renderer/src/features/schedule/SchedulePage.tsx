import { PageHeading } from '../../components/PageHeading';
import { browserTimeZone } from '../../lib/time';
import { useBoundaries } from '../../app/useBoundaries';
import { TimeOffPanel } from './TimeOffPanel';
import { refreshSchedule, useSchedule } from './useSchedule';
import { WeekView } from './WeekView';
import { WeeklyForm } from './WeeklyForm';

/** The networking schedule: the week at a glance, the weekly windows, and time off. */
export function SchedulePage() {
  const { doc, week, error } = useSchedule();
  const status = useBoundaries();
  // "System" is the host's zone: known for sure while the schedule follows it.
  const systemZone =
    doc && doc.schedule.timeZone === null && status ? status.timeZone : browserTimeZone();

  return (
    <div className="page page-schedule">
      <div className="page-header">
        <PageHeading>Schedule</PageHeading>
      </div>
      <p className="lead">
        Choose when you want to be online for networking. The rest of your time stays free.
      </p>
      {error && !doc && <p className="inline-error">{error}</p>}
      {(!doc || !week) && !error && <p className="muted">Loading your schedule…</p>}
      {doc && week && (
        <>
          <section className="panel schedule-section" aria-labelledby="week-title">
            <div className="section-header">
              <h2 id="week-title" className="panel-title">
                This week
              </h2>
              <p className="muted">Times in {week.timeZone.replaceAll('_', ' ')}</p>
            </div>
            <WeekView week={week} />
          </section>
          <section className="panel schedule-section">
            <WeeklyForm
              doc={doc}
              systemZone={systemZone}
              today={week.days[0]?.date ?? ''}
              onSaved={() => void refreshSchedule()}
            />
          </section>
          <section className="panel schedule-section" aria-labelledby="timeoff-title">
            <TimeOffPanel doc={doc} today={week.days[0]?.date ?? ''} timeZone={week.timeZone} />
          </section>
        </>
      )}
    </div>
  );
}
