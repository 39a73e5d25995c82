import { ImportFileError } from './candidate';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/**
 * Bytes to text: a UTF-8 (or UTF-16) BOM is honoured and dropped; valid UTF-8 is read as such;
 * anything else is Windows-1252, what Excel writes when it re-saves a CSV on Windows. Files that
 * are binary (NUL bytes in the start) are refused.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportFileError('This file is empty.');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes.subarray(2));
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) {
    throw new ImportFileError('This is not a text file. Choose a CSV file or a vCard (.vcf) file.');
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    text = cp1252.decode(body);
  }
  if (text.trim() === '') throw new ImportFileError('This file is empty.');
  return text;
}

/** NUL bytes, or many control characters, in the first 8 KB: an image, a zip, a spreadsheet. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length / 20;
}
