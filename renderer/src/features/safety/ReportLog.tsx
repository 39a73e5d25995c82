import { useId, useRef, useState, type FormEvent } from 'react';
import type { ReportLogEntry } from '../../../../electron/shared/crm/report-log';
import { netwell } from '../../bridge/netwell';
import { ErrorSummary, summaryItems } from '../../components/ErrorSummary';
import { Field, FieldFrame } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { dayLabel, localDate } from '../../lib/time';
import { useContactNames } from '../contacts/useContactNames';
import { ContactPicker } from '../crm/ContactPicker';
import { REPORT_PLATFORM_LABELS, REPORT_PLATFORMS, type ReportPlatform } from './safetyText';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { refreshReports, useReports, type ReportWithPage } from './useReportLog';
import { useRequestId } from '../../lib/useRequestId';

type Draft = Omit<ReportLogEntry, 'id' | 'createdAt'>;

const FIELD_IDS = {
  platform: 'report-platform',
  on: 'report-on',
  contactId: 'report-contact',
  whatHappened: 'report-what',
  notes: 'report-notes',
} as const;
type FieldKey = keyof typeof FIELD_IDS;

/** The private log of unwanted attention: write it down, find the platform's report page, export. */
export function ReportLog({ timeZone }: { timeZone: string }) {
  const state = useReports();
  // Just the names of the people the reports are about, not every contact.
  const names = useContactNames(state.reports.flatMap((r) => (r.contactId ? [r.contactId] : [])));
  const today = localDate(new Date().toISOString(), timeZone);

  const exportCsv = () => {
    const rows = state.reports.map((r) => [
      r.on,
      REPORT_PLATFORM_LABELS[r.platform],
      r.contactId ? (names.get(r.contactId) ?? '') : '',
      r.whatHappened,
      r.reportedOnPlatform ? 'yes' : 'no',
      r.notes,
      r.reportPage ?? '',
    ]);
    const csv = toCsv(
      [
        'Date',
        'Platform',
        'Person',
        'What happened',
        'Reported on the platform',
        'Notes',
        'Report page',
      ],
      rows,
    );
    downloadText(csv, `netwell-report-log-${today}.csv`);
    showToast('The report log is in your downloads.');
  };

  return (
    <section className="panel attention-section" aria-labelledby="report-log-title">
      <div className="section-header">
        <h2 id="report-log-title" className="panel-title">
          Report log
        </h2>
        <button
          type="button"
          className="button button-small"
          onClick={exportCsv}
          disabled={state.reports.length === 0}
        >
          Export
          <span className="visually-hidden"> the report log as a CSV file</span>
        </button>
      </div>
      <p className="private-note">Only you can see this. It never leaves your computer.</p>
      <p className="section-intro">
        When someone crosses a line, writing it down helps: what happened, when, and whether you
        reported it. If you ever need to show a pattern, it is all here.
      </p>

      <ReportForm today={today} />

      <h3 className="subsection-title attention-list-title">
        {state.reports.length > 0 ? `Entries (${state.reports.length})` : 'Entries'}
      </h3>
      {state.status === 'error' ? (
        <p className="inline-error" role="alert">
          {state.error}
        </p>
      ) : state.reports.length === 0 ? (
        <p className="muted">{state.status === 'loading' ? 'Loading…' : 'Nothing logged.'}</p>
      ) : (
        <ul className="report-list">
          {state.reports.map((report) => (
            <ReportItem
              key={report.id}
              report={report}
              person={report.contactId ? names.get(report.contactId) : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportForm({ today }: { today: string }) {
  const blank: Draft = {
    platform: 'linkedin',
    on: today,
    contactId: null,
    whatHappened: '',
    reportedOnPlatform: false,
    notes: '',
  };
  const [draft, setDraft] = useState<Draft>(blank);
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const fail = (found: Partial<Record<FieldKey, string>>, message: string | null) => {
    setErrors(found);
    setGeneral(message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const request = useRequestId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<FieldKey, string>> = {};
    if (!draft.whatHappened.trim()) found.whatHappened = 'Say what happened.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.on)) found.on = 'Choose the day it happened.';
    if (Object.keys(found).length > 0) return fail(found, null);
    setBusy(true);
    const result = await netwell.reports.add({ ...draft, requestId: request.current() });
    setBusy(false);
    if (!result.ok) {
      const byField: Partial<Record<FieldKey, string>> = {};
      for (const issue of result.error.issues ?? []) {
        const key = issue.path.split('.')[0] ?? '';
        if (key in FIELD_IDS) byField[key as FieldKey] ??= issue.message;
      }
      return fail(byField, Object.keys(byField).length ? null : result.error.message);
    }
    request.succeeded();
    setErrors({});
    setGeneral(null);
    setDraft({ ...blank, platform: draft.platform });
    void refreshReports();
    showToast('Written down. Look after yourself.');
  };

  const items = summaryItems(errors, FIELD_IDS, general);

  return (
    <form
      className="report-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="report-form-title"
    >
      <h3 id="report-form-title" className="subsection-title">
        Add an entry
      </h3>
      {items.length > 0 && (
        <ErrorSummary ref={summaryRef} title="A few things need a look" items={items} />
      )}
      <div className="report-row">
        <FieldFrame id={FIELD_IDS.platform} label="Platform">
          {(aria) => (
            <select
              {...aria}
              className="input"
              value={draft.platform}
              onChange={(e) => set('platform', e.target.value as ReportPlatform)}
            >
              {REPORT_PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {REPORT_PLATFORM_LABELS[p]}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame id={FIELD_IDS.on} label="Date" errors={errors.on ? [errors.on] : []}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              className="input"
              value={draft.on}
              max={today}
              onChange={(e) => set('on', e.target.value)}
            />
          )}
        </FieldFrame>
        <ContactPicker
          id={FIELD_IDS.contactId}
          label="Person"
          optional
          filter="everyone"
          noneLabel="Not one of my contacts"
          value={draft.contactId ?? ''}
          errors={errors.contactId ? [errors.contactId] : []}
          onChange={(id) => set('contactId', id || null)}
        />
      </div>
      <Field
        id={FIELD_IDS.whatHappened}
        label="What happened"
        required
        multiline
        value={draft.whatHappened}
        errors={errors.whatHappened ? [errors.whatHappened] : []}
        onChange={(v) => set('whatHappened', v)}
      />
      <div className="check">
        <input
          type="checkbox"
          id="report-reported"
          checked={draft.reportedOnPlatform}
          onChange={(e) => set('reportedOnPlatform', e.target.checked)}
        />
        <label htmlFor="report-reported">I reported it on the platform</label>
      </div>
      <Field
        id={FIELD_IDS.notes}
        label="Notes"
        hint="Optional. Links to screenshots you kept, a case number, who you told."
        multiline
        rows={2}
        value={draft.notes}
        errors={errors.notes ? [errors.notes] : []}
        onChange={(v) => set('notes', v)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Add to the log
        </button>
      </div>
    </form>
  );
}

function ReportItem({ report, person }: { report: ReportWithPage; person: string | undefined }) {
  const titleId = useId();
  const platform = REPORT_PLATFORM_LABELS[report.platform];
  const title = `${dayLabel(report.on)} ${report.on.slice(0, 4)} · ${platform}${person ? ` · ${person}` : ''}`;

  const remove = async () => {
    const result = await netwell.reports.delete({ id: report.id });
    if (!result.ok) {
      showToast(result.error.message, { tone: 'error' });
      return;
    }
    void refreshReports();
    const { id: _id, createdAt: _at, ...again } = result.value;
    showToast('Entry deleted.', {
      focusAction: true,
      action: {
        label: 'Undo',
        run: () => {
          void netwell.reports.add(again).then((added) => {
            void refreshReports();
            if (!added.ok) showToast(added.error.message, { tone: 'error' });
          });
        },
      },
    });
  };

  return (
    <li className="report">
      <h4 id={titleId} className="report-title">
        {title}
      </h4>
      <p className="report-text">{report.whatHappened}</p>
      {report.notes && <p className="report-text muted">{report.notes}</p>}
      <p className="report-meta">
        {report.reportedOnPlatform ? `Reported on ${platform}.` : `Not reported on ${platform}.`}
        {report.reportPage && (
          <>
            {' '}
            <a href={report.reportPage} target="_blank" rel="noreferrer">
              How to report on {platform}
              <span className="visually-hidden"> (opens {platform}’s help)</span>
            </a>
          </>
        )}
      </p>
      <div className="report-actions">
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => void remove()}
        >
          Delete<span className="visually-hidden"> the entry {title}</span>
        </button>
      </div>
    </li>
  );
}
