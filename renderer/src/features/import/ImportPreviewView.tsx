import { useId, useState } from 'react';
import {
  IMPORT_FORMAT_LABELS,
  type ImportPreview,
  type MatchBy,
  type PreviewRow,
} from '../../../../electron/shared/interchange/import';
import { commitImport, importStore } from './importFlow';

const FIRST_ROWS = 10;
const MATCH_ROWS = 50;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const NETWORKS: Record<string, string> = {
  linkedin: 'LinkedIn',
  github: 'GitHub',
  gitlab: 'GitLab',
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  instagram: 'Instagram',
  threads: 'Threads',
  keybase: 'Keybase',
};

type Match = NonNullable<PreviewRow['match']>;

/** Why the row is taken for that person, in the user's words. */
export function matchReason(match: Match): string {
  const reasons: Record<MatchBy, string> = {
    uid: 'same UID',
    email: 'same email',
    profile: `same ${NETWORKS[match.network ?? ''] ?? 'profile'} profile`,
    'phone-name': 'same name and phone',
    'name-company': 'same name and company',
    name: 'same name',
    phone: 'same phone',
  };
  return reasons[match.by];
}

/** "Add 3 and update 7", "Update 7 contacts", "Nothing to import": what the button will do. */
export function importLabel(add: number, update: number): string {
  if (add > 0 && update > 0) return `Add ${add} and update ${update}`;
  if (add > 0) return `Add ${plural(add, 'contact')}`;
  if (update > 0) return `Update ${plural(update, 'contact')}`;
  return 'Nothing to import';
}

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
  // Ticks that differ from the preview's own, by row; unticked rows are added as new people.
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const groupId = useId();
  const { counts } = preview;
  const ticked = (row: PreviewRow) => ticks[String(row.row)] ?? row.match?.ticked ?? false;
  const sure = preview.matches.filter((m) => m.match?.sure);
  const possible = preview.matches.filter((m) => !m.match?.sure);
  // Rows past the preview's list keep their own tick: counted from the totals.
  const listedUpdating = preview.matches.filter((m) => m.match?.ticked && m.match.changes).length;
  const listedUnticked = preview.matches.filter((m) => !m.match?.ticked).length;
  const update =
    counts.updating -
    listedUpdating +
    preview.matches.filter((m) => ticked(m) && m.match?.changes).length;
  const add =
    counts.new +
    counts.unticked -
    listedUnticked +
    preview.matches.filter((m) => !ticked(m)).length;
  const nothing = add === 0 && update === 0;
  const choices = () =>
    Object.fromEntries(
      Object.entries(ticks).map(([row, on]) => [
        row,
        on ? ('merge' as const) : ('keep-both' as const),
      ]),
    );
  const matchList = (rows: PreviewRow[], label: string) => (
    <ul className="import-matches" aria-label={label}>
      {rows.slice(0, MATCH_ROWS).map((row) => {
        const id = `${groupId}-row-${row.row}`;
        const match = row.match!;
        const on = ticked(row);
        return (
          <li key={row.row}>
            <input
              type="checkbox"
              id={id}
              checked={on}
              onChange={(event) => setTicks({ ...ticks, [String(row.row)]: event.target.checked })}
            />
            <label htmlFor={id}>
              {row.name} (line {row.line}) {match.sure ? 'is' : 'is possibly the same as'}{' '}
              {match.name}: {matchReason(match)}
            </label>
            <span className="muted">
              {!on
                ? 'will be added as a new person'
                : match.changes
                  ? 'will be updated'
                  : 'nothing new'}
            </span>
          </li>
        );
      })}
    </ul>
  );

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
          <strong>{counts.matching - counts.unticked}</strong> already in Netwell
        </li>
        {counts.unticked > 0 && (
          <li>
            <strong>{counts.unticked}</strong> possibly already in Netwell
          </li>
        )}
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

      {sure.length > 0 && (
        <section className="import-choice" aria-labelledby={`${groupId}-sure`}>
          <h3 id={`${groupId}-sure`} className="import-choice-title">
            People already in Netwell
          </h3>
          <p className="muted">Untick anyone who is not the same person: they are added as new.</p>
          {matchList(sure, 'People already in Netwell')}
        </section>
      )}
      {possible.length > 0 && (
        <section className="import-choice" aria-labelledby={`${groupId}-possible`}>
          <h3 id={`${groupId}-possible`} className="import-choice-title">
            Possibly the same person
          </h3>
          <p className="muted">
            Added as new people unless you tick them; a ticked one updates the contact instead.
          </p>
          {matchList(possible, 'Possibly the same person')}
        </section>
      )}
      {counts.matching > preview.matches.slice(0, MATCH_ROWS).length && (
        <p className="muted">
          {plural(
            counts.matching - Math.min(MATCH_ROWS, preview.matches.length),
            'more match',
            'more matches',
          )}{' '}
          not listed: the sure ones update their contact, the possible ones are added as new.
        </p>
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
      {nothing && (
        <p role="status">Everyone in this file is already in Netwell, with nothing new.</p>
      )}

      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={committing || nothing}
          onClick={() => void commitImport(choices())}
        >
          {committing ? 'Importing…' : importLabel(add, update)}
        </button>
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
