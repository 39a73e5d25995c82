import type { ScheduleWeek } from '../../../../electron/shared/contract';
import type { WindowInfo } from '../../../../electron/shared/boundaries';
import { clockTime, dayLabel, localDate } from '../../lib/time';

/** How a day off's reason reads in the week ("Day off — holiday"). */
export function dayOffText(reason: string): string {
  switch (reason.trim().toLowerCase()) {
    case '':
    case 'day off':
      return 'Day off';
    case 'holiday':
      return 'Day off — holiday';
    case 'bad experience':
      return 'Day off — time to recover';
    case 'rest of today off':
      return 'Day off — resting';
    default:
      return `Day off — ${reason.trim()}`;
  }
}

interface DayWindows {
  window: WindowInfo;
  /** It started before this day (it crossed midnight into it). */
  fromDayBefore: boolean;
  /** It ends on a later day. */
  untilNextDay: boolean;
}

function windowsByDay(week: ScheduleWeek): Map<string, DayWindows[]> {
  const zone = week.timeZone;
  const byDay = new Map<string, DayWindows[]>(week.days.map((day) => [day.date, []]));
  const first = week.days[0]?.date ?? '';
  for (const window of week.windows) {
    const startDay = localDate(window.start, zone);
    const endDay = localDate(new Date(Date.parse(window.end) - 1).toISOString(), zone);
    const day = startDay < first ? first : startDay;
    byDay.get(day)?.push({
      window,
      fromDayBefore: startDay < day,
      untilNextDay: endDay > day,
    });
  }
  return byDay;
}

const SOURCE_TAGS: Record<WindowInfo['source'], string | null> = {
  weekly: null,
  extra: 'One-off',
  now: 'Started now',
};

/**
 * The next seven days, today first: each day's windows with their times and labels, days off
 * marked kindly. A list of days, each a list of windows, so it reads well without the columns.
 */
export function WeekView({ week }: { week: ScheduleWeek }) {
  const byDay = windowsByDay(week);
  const zone = week.timeZone;
  return (
    <ol className="week" aria-label="The next seven days">
      {week.days.map((day, index) => {
        const windows = byDay.get(day.date) ?? [];
        const classes = ['week-day'];
        if (index === 0) classes.push('week-day-today');
        if (day.dayOff !== null) classes.push('week-day-off');
        return (
          <li key={day.date} className={classes.join(' ')}>
            <h3 className="week-day-name">
              {index === 0 ? (
                <>
                  Today<span className="visually-hidden">, </span>
                  <span className="week-day-date">{dayLabel(day.date)}</span>
                </>
              ) : (
                dayLabel(day.date)
              )}
            </h3>
            {day.dayOff !== null && <p className="week-day-off-note">{dayOffText(day.dayOff)}</p>}
            {windows.length > 0 ? (
              <ul className="week-windows" aria-label={`Windows on ${dayLabel(day.date)}`}>
                {windows.map(({ window, fromDayBefore, untilNextDay }) => {
                  const tag = SOURCE_TAGS[window.source];
                  return (
                    <li
                      key={`${window.start}-${window.source}`}
                      className={`week-window week-window-${window.source}`}
                    >
                      <span className="week-window-time">
                        {clockTime(window.start, zone)}–{clockTime(window.end, zone)}
                      </span>
                      {window.label && <span className="week-window-label">{window.label}</span>}
                      {(tag || fromDayBefore || untilNextDay) && (
                        <span className="week-window-notes">
                          {tag && <span className="tag">{tag}</span>}
                          {fromDayBefore && <span className="tag">From the day before</span>}
                          {untilNextDay && <span className="tag">Ends the next day</span>}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            ) : (
              day.dayOff === null && <p className="week-day-empty">No windows</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
