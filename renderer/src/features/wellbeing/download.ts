export { downloadBlob } from '../../lib/download';

/** A `data:image/png;base64,…` URL (Chart.js toBase64Image) as a Blob, without fetch (CSP). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const [head = '', body = ''] = dataUrl.split(',');
  const type = /^data:([^;]+)/.exec(head)?.[1] ?? 'image/png';
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}
