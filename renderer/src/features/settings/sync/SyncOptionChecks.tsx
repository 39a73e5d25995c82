/** "Sync notes" and "Show networking windows in the calendar", in the form and once connected. */
export function SyncOptionChecks({
  idPrefix,
  syncNotes,
  syncWindows,
  windowsDisabled,
  onChange,
}: {
  idPrefix: string;
  syncNotes: boolean;
  syncWindows: boolean;
  windowsDisabled: boolean;
  onChange: (field: 'syncNotes' | 'syncWindows', value: boolean) => void;
}) {
  return (
    <fieldset className="check-group sync-options">
      <legend className="field-label">Options</legend>
      <div className="check">
        <input
          id={`${idPrefix}-notes`}
          type="checkbox"
          checked={syncNotes}
          aria-describedby={`${idPrefix}-notes-hint`}
          onChange={(event) => onChange('syncNotes', event.target.checked)}
        />
        <label htmlFor={`${idPrefix}-notes`}>Sync notes</label>
        <span className="choice-hint" id={`${idPrefix}-notes-hint`}>
          Contacts’ notes go to the server too. Off, they stay in Netwell.
        </span>
      </div>
      <div className="check">
        <input
          id={`${idPrefix}-windows`}
          type="checkbox"
          checked={syncWindows}
          disabled={windowsDisabled}
          aria-describedby={`${idPrefix}-windows-hint`}
          onChange={(event) => onChange('syncWindows', event.target.checked)}
        />
        <label htmlFor={`${idPrefix}-windows`}>Show networking windows in the calendar</label>
        <span className="choice-hint" id={`${idPrefix}-windows-hint`}>
          {windowsDisabled
            ? 'Needs a calendar.'
            : 'Your weekly windows as repeating events (days off left out), and your extra windows.'}
        </span>
      </div>
    </fieldset>
  );
}
