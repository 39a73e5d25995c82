/** Saving text the app made (an export, a backup) as a file, through the browser's download. */

export interface TextFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** Hands the text to the browser as a file download (the Electron window saves it the same way). */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Hands a Blob to the browser as a file download (an anchor with `download`, then cleaned up). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file from the core (contacts.export, calendar.export, backup.export) as a download. */
export const downloadFile = (file: TextFile): void =>
  downloadText(file.text, file.fileName, file.mimeType);
