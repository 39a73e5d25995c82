import { useId, useRef } from 'react';
import { startImport } from './importFlow';

/** Types the file chooser offers; anything else is still read and gets a clear message. */
export const IMPORT_ACCEPT = '.csv,.vcf,.vcard,text/csv,text/vcard,text/x-vcard';

/** "Import…" on the Contacts page: a button that opens the system's file chooser. */
export function ImportButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  return (
    <>
      <button
        type="button"
        className="button"
        title="LinkedIn connections, Google or Outlook contacts (CSV), or vCard files. You can also drop a file on the window."
        onClick={() => inputRef.current?.click()}
      >
        Import…
      </button>
      <label htmlFor={inputId} className="visually-hidden">
        Choose a file to import
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again still fires a change.
          event.target.value = '';
          if (file) void startImport(file);
        }}
      />
    </>
  );
}
