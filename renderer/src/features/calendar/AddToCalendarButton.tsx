import { useState } from 'react';
import type { CalendarTarget } from '../../../../electron/shared/interchange-export';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { downloadFile } from '../../lib/download';

/**
 * "Add to calendar": the desktop app opens the .ics with the system's calendar app; where the
 * host cannot open files (the browser), the .ics is downloaded instead.
 */
export function AddToCalendarButton({ target, title }: { target: CalendarTarget; title: string }) {
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    const result = await netwell.calendar.open({ target });
    setBusy(false);
    if (!result.ok) {
      showToast(result.error.message, { tone: 'error' });
      return;
    }
    if (result.value.opened) {
      showToast(`${title} is open in your calendar app.`);
    } else {
      downloadFile(result.value.file);
      showToast(
        `${result.value.file.fileName} is in your downloads: open it to add ${title} to your calendar.`,
      );
    }
  };
  return (
    <button
      type="button"
      className="button button-small button-quiet"
      disabled={busy}
      onClick={() => void add()}
    >
      Add to calendar<span className="visually-hidden"> {title}</span>
    </button>
  );
}
