import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsSchema, type Settings } from '../../shared/settings';
import type { Clock } from '../clock';
import { diskFullError, diskFullNotice, isDiskFull } from '../store/file-errors';
import type { StoreNotice } from '../store/open-store';

/** What electron-store (desktop) and conf (web host) both are: conf is the library electron-store extends. */
export interface ConfLike {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface ConfOptions {
  cwd: string;
  configName: string;
  /** conf throws on a file it cannot parse; we want that, so we can move it aside instead of wiping it. */
  clearInvalidConfig: false;
  /** The file is private to its user (0600), set at every write. */
  configFileMode: number;
}

export type ConfFactory = (options: ConfOptions) => ConfLike;

export interface SettingsStore {
  get(): Settings;
  /** Validates the merged result before writing; throws the zod error if it is not valid. */
  set(next: Settings): Settings;
  readonly path: string;
}

export const SETTINGS_NAME = 'settings';

/**
 * Opens settings in `dataDir/settings.json`. A file that cannot be parsed or fails the schema is
 * moved aside (never overwritten) and defaults are used; the user is told.
 */
export function openSettings(
  dataDir: string,
  factory: ConfFactory,
  clock: Clock,
  notify: (notice: StoreNotice) => void,
  onChange: (settings: Settings) => void = () => {},
): SettingsStore {
  const options: ConfOptions = {
    cwd: dataDir,
    configName: SETTINGS_NAME,
    clearInvalidConfig: false,
    configFileMode: 0o600,
  };
  const file = join(dataDir, `${SETTINGS_NAME}.json`);
  const moveAside = (reason: string): void => {
    const aside = file.replace(
      /\.json$/,
      `.unreadable-${clock.now().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    renameSync(file, aside);
    notify({
      level: 'warning',
      message: `Your settings could not be read (${reason}). They were moved to ${aside}; Netwell is using default settings.`,
    });
  };

  let conf: ConfLike;
  try {
    conf = factory(options);
  } catch (error) {
    moveAside((error as Error).message.split('\n')[0] ?? 'unreadable');
    conf = factory(options);
  }
  let current: Settings;
  const parsed = SettingsSchema.safeParse(conf.store);
  if (parsed.success) {
    current = parsed.data;
  } else {
    moveAside(`${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    conf = factory(options);
    current = SettingsSchema.parse({});
  }

  let toldDiskFull = false;
  return {
    path: conf.path,
    get: () => current,
    set(next) {
      const valid = SettingsSchema.parse(next);
      try {
        conf.store = valid as unknown as Record<string, unknown>;
      } catch (error) {
        // conf writes atomically: on a full disk the old file stays, and so do the old settings.
        if (!isDiskFull(error)) throw error;
        if (!toldDiskFull) notify(diskFullNotice(dataDir));
        toldDiskFull = true;
        throw diskFullError();
      }
      toldDiskFull = false;
      current = valid;
      onChange(valid);
      return valid;
    },
  };
}
