import { useEffect, useMemo, useState } from 'react';
import type { Cadence } from '../../../../electron/shared/crm/contact-crm-fields';
import type { TagCadence } from '../../../../electron/shared/crm/keep-in-touch';
import { fold } from '../../../../electron/shared/text';
import { netwell } from '../../bridge/netwell';
import { ChangedElsewhereNotice } from '../../components/ChangedElsewhereNotice';
import { showToast } from '../../components/toasts';
import { useStoredForm } from '../../lib/useStoredForm';
import { cadenceText } from '../crm/crmText';
import { cadenceCodec, cadenceDraft, checkCadence, type CadenceDraft } from './tagCadenceModel';

interface TagRow {
  tag: string;
  cadence: Cadence | null;
}

/** Tags on active contacts plus tags that already have a cadence, each once (ignoring case). */
function useTagRows(): TagRow[] | null {
  const [rows, setRows] = useState<TagRow[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      // The core gives the tags in use (each once), not every contact: 30,000 at scale.
      void Promise.all([netwell.contacts.tags(), netwell.tagCadences.list()]).then(
        ([tags, cadences]) => {
          if (!live || !tags.ok || !cadences.ok) return;
          const byKey = new Map<string, TagRow>();
          for (const c of cadences.value as TagCadence[])
            byKey.set(fold(c.tag), { tag: c.tag, cadence: c.cadence });
          for (const tag of tags.value)
            if (!byKey.has(fold(tag))) byKey.set(fold(tag), { tag, cadence: null });
          setRows([...byKey.values()].sort((a, b) => a.tag.localeCompare(b.tag)));
        },
      );
    load();
    const offCrm = netwell.on('crm.changed', load);
    const offContacts = netwell.on('contacts.changed', load);
    return () => {
      live = false;
      offCrm();
      offContacts();
    };
  }, []);
  return rows;
}

/** One tag's cadence; follows the stored one (another window) like every form. */
function TagCadenceRow({ row, index }: { row: TagRow; index: number }) {
  const storedEvery = row.cadence?.every;
  const storedUnit = row.cadence?.unit;
  const stored = useMemo(
    () => cadenceDraft(storedEvery && storedUnit ? { every: storedEvery, unit: storedUnit } : null),
    [storedEvery, storedUnit],
  );
  const form = useStoredForm(stored, cadenceCodec);
  const { mode, every, unit } = form.draft;
  const setMode = (value: CadenceDraft['mode']) => form.edit((d) => ({ ...d, mode: value }));
  const setEvery = (value: string) => form.edit((d) => ({ ...d, every: value }));
  const setUnit = (value: Cadence['unit']) => form.edit((d) => ({ ...d, unit: value }));
  const [error, setError] = useState<string | null>(null);
  const id = `tag-cadence-${index}`;

  const save = async () => {
    const checked = checkCadence(form.draft);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    const { cadence } = checked;
    const result = await netwell.tagCadences.set({ tag: row.tag, cadence });
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setError(null);
    form.saved(cadenceDraft(cadence));
    showToast(
      cadence
        ? `Contacts tagged ${row.tag}: ${cadenceText(cadence).toLowerCase()}.`
        : `No reminder for the tag ${row.tag}.`,
    );
  };

  return (
    <li className="tag-cadence-row">
      <span className="tag" id={`${id}-tag`}>
        {row.tag}
      </span>
      <label className="visually-hidden" htmlFor={`${id}-mode`}>
        Keep in touch with {row.tag}
      </label>
      <select
        id={`${id}-mode`}
        className="input input-small"
        value={mode}
        onChange={(event) => setMode(event.target.value as 'none' | 'every')}
      >
        <option value="none">No reminder</option>
        <option value="every">Every…</option>
      </select>
      {mode === 'every' && (
        <>
          <label className="visually-hidden" htmlFor={`${id}-every`}>
            How many, for {row.tag}
          </label>
          <input
            id={`${id}-every`}
            type="number"
            min={1}
            max={365}
            className="input input-short input-small"
            value={every}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setEvery(event.target.value)}
          />
          <label className="visually-hidden" htmlFor={`${id}-unit`}>
            Unit, for {row.tag}
          </label>
          <select
            id={`${id}-unit`}
            className="input input-small"
            value={unit}
            onChange={(event) => setUnit(event.target.value as Cadence['unit'])}
          >
            <option value="days">days</option>
            <option value="weeks">weeks</option>
            <option value="months">months</option>
          </select>
        </>
      )}
      <button
        type="button"
        className="button button-small"
        aria-label={`Save for ${row.tag}`}
        onClick={() => void save()}
      >
        Save
      </button>
      <ChangedElsewhereNotice
        elsewhere={form.elsewhere}
        describe={() => `the cadence for ${row.tag}`}
        onKeep={form.keepEdits}
        onTakeSaved={form.takeSaved}
      />
      {error && (
        <p className="inline-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </li>
  );
}

/** "All mentors every month": a cadence per tag; a contact's own choice wins. */
export function TagCadencesSection() {
  const rows = useTagRows();
  return (
    <section className="panel settings-section" aria-labelledby="settings-tag-cadences">
      <h2 id="settings-tag-cadences" className="panel-title">
        Keep in touch by tag
      </h2>
      <p className="section-intro">
        A gentle reminder for everyone with a tag, e.g. mentors every month. A contact’s own setting
        wins; with several tags, the most frequent one applies.
      </p>
      {rows === null ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted">No tags yet. Add tags to contacts to set a rhythm per tag.</p>
      ) : (
        <ul className="tag-cadences" aria-label="Tags">
          {rows.map((row, index) => (
            <TagCadenceRow key={row.tag} row={row} index={index} />
          ))}
        </ul>
      )}
    </section>
  );
}
