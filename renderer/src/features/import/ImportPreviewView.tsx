import { useId, useState } from 'react';
import {
  IMPORT_FORMAT_LABELS,
  type ImportPreview,
  type MatchBy,
  type MatchChoice,
} from '../../../../electron/shared/interchange/import';
import { commitImport, importStore } from './importFlow';

const FIRST_ROWS = 10;
const MATCH_ROWS = 50;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const CHOICES: { value: MatchChoice; label: string }[] = [
  { value: 'merge', label: 'Merge: add what is new to the existing contact' },
  { value: 'keep-both', label: 'Keep both: import as a separate contact' },
  { value: 'skip', label: 'Skip: leave the existing contact as it is' },
];
const SHORT: Record<MatchChoice, string> = {
  merge: 'Merge',
  'keep-both': 'Keep both',
  skip: 'Skip',
};
const BY: Record<MatchBy, string> = {
  email: 'same email',
  profile: 'same profile link',
  'name-company': 'same name and company',
};

/** What the file holds, what happens to people already in Netwell, and what is skipped. */
export function ImportPreviewView({
  preview,
  committing,
  error,
}: {
  preview: ImportPreview;
  committing: boolean;
  error: string;
}) {
  const [defaultChoice, setDefaultChoice] = useState<MatchChoice>('merge');
  const [choices, setChoices] = useState<Record<string, MatchChoice>>({});
  const groupId = useId();
  const { counts } = preview;
  const chosen = (row: number) => choices[String(row)] ?? defaultChoice;
  const unlisted = counts.matching - preview.matches.length;
  const importing =
    counts.new +
    preview.matches.filter((m) => chosen(m.row) !== 'skip').length +
    (defaultChoice === 'skip' ? 0 : unlisted);
  const nothing = counts.new === 0 && counts.matching === 0;

  return (
    <div className="import-preview">
      <p className="field-hint">
        {preview.fileName ? `${preview.fileName}: ` : ''}
        {IMPORT_FORMAT_LABELS[preview.format]},{' '}
        {plural(counts.rows, preview.format === 'vcard' ? 'card' : 'row')}.
      </p>
      <ul className="import-counts" aria-label="What this import does">
        <li>
          <strong>{counts.new}</strong> new
        </li>
        <li>
          <strong>{counts.matching}</strong> already in Netwell
        </li>
        <li>
          <strong>{counts.skipped}</strong> skipped
          {counts.hidden > 0 && ` (${plural(counts.hidden, 'hidden LinkedIn member')})`}
        </li>
      </ul>

      {preview.first.length > 0 && (
        <table className="import-table">
          <caption>First new contacts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Company</th>
              <th scope="col">Role</th>
              <th scope="col">Line</th>
            </tr>
          </thead>
          <tbody>
            {preview.first.slice(0, FIRST_ROWS).map((row) => (
              <tr key={row.row}>
                <td>{row.name}</td>
                <td>{row.company}</td>
                <td>{row.role}</td>
                <td>{row.line}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {counts.matching > 0 && (
        <fieldset className="import-choice">
          <legend>People already in Netwell</legend>
          {CHOICES.map((c) => (
            <span className="import-choice-option" key={c.value}>
              <input
                type="radio"
                id={`${groupId}-${c.value}`}
                name={`${groupId}-default`}
                checked={defaultChoice === c.value}
                onChange={() => setDefaultChoice(c.value)}
              />
              <label htmlFor={`${groupId}-${c.value}`}>{c.label}</label>
            </span>
          ))}
          <details className="import-details">
            <summary>Choose for each person ({counts.matching})</summary>
            <ul className="import-matches">
              {preview.matches.slice(0, MATCH_ROWS).map((row) => {
                const id = `${groupId}-row-${row.row}`;
                return (
                  <li key={row.row}>
                    <label htmlFor={id}>
                      {row.name} (line {row.line}) matches {row.match?.name},{' '}
                      {row.match ? BY[row.match.by] : ''}
                    </label>
                    <select
                      id={id}
                      className="input input-small"
                      value={chosen(row.row)}
                      onChange={(event) =>
                        setChoices({
                          ...choices,
                          [String(row.row)]: event.target.value as MatchChoice,
                        })
                      }
                    >
                      {CHOICES.map((c) => (
                        <option key={c.value} value={c.value}>
                          {SHORT[c.value]}
                        </option>
                      ))}
                    </select>
                  </li>
                );
              })}
            </ul>
            {counts.matching > MATCH_ROWS && (
              <p className="muted">The others follow the choice above.</p>
            )}
          </details>
        </fieldset>
      )}

      {counts.skipped > 0 && (
        <details className="import-details">
          <summary>Skipped rows ({counts.skipped})</summary>
          <ul className="import-skipped">
            {preview.skipped.map((s, i) => (
              <li key={`${s.line}-${i}`}>
                Line {s.line}: {s.reason}
              </li>
            ))}
          </ul>
          {counts.skipped > preview.skipped.length && (
            <p className="muted">And {counts.skipped - preview.skipped.length} more.</p>
          )}
        </details>
      )}

      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {nothing && <p role="status">There is no one new to import in this file.</p>}

      <div className="form-actions">
        {!nothing && (
          <button
            type="button"
            className="button button-primary"
            disabled={committing}
            onClick={() => void commitImport(defaultChoice, choices)}
          >
            {committing ? 'Importing…' : `Import ${plural(Math.max(0, importing), 'contact')}`}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={committing}
          onClick={() => importStore.set({ step: 'idle' })}
        >
          {nothing ? 'Close' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
