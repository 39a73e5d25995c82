/**
 * The one size limit for files the user gives Netwell (backups to restore, address books to
 * import): the page checks it before sending anything and the core enforces it, in both hosts.
 *
 * 128 MiB: above the 100 MB the largest real backups and address-book exports reach with room to
 * spare, and low enough that the core, which parses a file whole, stays well under a gigabyte
 * while it does (see docs/ARCHITECTURE.md, "Uploads").
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

/**
 * Files travel in chunks of this many bytes (base64 in a message: about 1.4 MB), so no single
 * socket message comes near the browser host's payload limit, and progress can be shown.
 */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;

/** The longest base64 text one chunk can be. */
export const UPLOAD_CHUNK_BASE64 = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4;

/** "12.3 MB": sizes as people read them. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const short = (n: number) => n.toFixed(1).replace(/\.0$/, '');
  if (bytes < 1024 * 1024) return `${short(bytes / 1024)} KB`;
  return `${short(bytes / 1024 / 1024)} MB`;
}

/** The one message for a file over the limit, the same from the page and from the core. */
export function tooLargeMessage(name: string, bytes: number): string {
  return `${name} is ${sizeText(bytes)}; Netwell takes files up to ${sizeText(MAX_FILE_BYTES)}.`;
}
