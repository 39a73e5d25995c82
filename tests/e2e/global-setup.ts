import { execFileSync } from 'node:child_process';

/** Builds the app once (skipped when nothing changed) before the end-to-end tests start hosts. */
export default function globalSetup(): void {
  execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
}
