import { resolve } from 'node:path';

export interface DataDirInput {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
  /** The per-user folder: %APPDATA%/Netwell, ~/Library/Application Support/Netwell, ~/.config/Netwell. */
  defaultDir: string;
}

/**
 * Where Netwell keeps its data. NETWELL_DATA_DIR is for development and tests only: a packaged app
 * ignores it unless NETWELL_TEST=1, so a stray variable cannot point a user's app at another folder.
 */
export function resolveDataDir({ isPackaged, env, defaultDir }: DataDirInput): string {
  const override = env.NETWELL_DATA_DIR?.trim();
  const honoured = !isPackaged || env.NETWELL_TEST === '1';
  return override && honoured ? resolve(override) : defaultDir;
}
