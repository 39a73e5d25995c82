/** Types of open-browser.mjs, for the tests that import it. */
export function listeningAddress(text: string): string | null;
export function browserCommand(url: string, platform?: NodeJS.Platform): [string, string[]] | null;
export function openBrowser(url: string): void;
