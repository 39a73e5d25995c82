import type { ChangedElsewhere } from '../lib/storedForm';

export interface ChangedElsewhereNoticeProps {
  elsewhere: ChangedElsewhere | null;
  /** The field a path stands for, in the form's own words ("Window 1", "Closing notice"). */
  describe: (path: string) => string;
  onKeep: () => void;
  onTakeSaved: () => void;
}

/**
 * Said inside a form with unsaved edits when what it shows was changed elsewhere: the edits stay,
 * the other fields already show the saved values, and the user chooses.
 */
export function ChangedElsewhereNotice({
  elsewhere,
  describe,
  onKeep,
  onTakeSaved,
}: ChangedElsewhereNoticeProps) {
  if (!elsewhere) return null;
  const what = [...new Set(elsewhere.paths.map(describe))].join(', ');
  const clash = [...new Set(elsewhere.conflicts.map(describe))].join(', ');
  return (
    <div className="changed-elsewhere" role="status">
      <p>
        <strong>This was changed elsewhere ({what}).</strong>{' '}
        {clash
          ? `You had edited ${clash} too: the form shows your edit. `
          : 'The form now shows the saved values there. '}
        Your other unsaved edits are still here.
      </p>
      <div className="changed-elsewhere-actions">
        <button type="button" className="button button-small" onClick={onKeep}>
          Keep my edits
        </button>
        <button type="button" className="button button-small" onClick={onTakeSaved}>
          Use the saved version
        </button>
      </div>
    </div>
  );
}
