/** Types of open-browser.mjs, for the tests that import it. */
export function listeningAddress(text: string): string | null;
export function launchPage(url: string): string | null;
export function writeLaunchFile(
  url: string,
  base?: string,
): { file: string; remove: () => void } | null;
export function browserCommand(file: string, platform?: NodeJS.Platform): [string, string[]] | null;
export function openBrowser(url: string): () => void;
