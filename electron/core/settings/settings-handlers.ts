import type { HandlersOf } from '../dispatch';
import type { SettingsService } from './settings-service';

/** The `settings.*` calls. */
export function settingsHandlers({ settings }: { settings: SettingsService }) {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  } satisfies HandlersOf<'settings'>;
}
