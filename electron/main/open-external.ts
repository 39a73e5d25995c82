import { shell } from 'electron';
import { isSafeExternalUrl } from '../shared/safe-external-url';

/**
 * The one door to shell.openExternal (Electron security checklist item 15): only https pages and
 * mailto links, and only in their parsed, normalised form, so whitespace or control-character
 * tricks in the raw string never reach the OS. Returns false when the URL was refused.
 */
export async function openExternalSafely(candidate: string): Promise<boolean> {
  if (!isSafeExternalUrl(candidate)) return false;
  // eslint-disable-next-line no-restricted-syntax -- this is the guarded door the rule points to
  await shell.openExternal(new URL(candidate).href);
  return true;
}
