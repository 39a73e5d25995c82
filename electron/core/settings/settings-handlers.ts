import type { BoundariesService } from '../boundaries/boundaries-service';
import type { HandlersOf } from '../dispatch';
import type { HostPort } from '../ports';
import type { SettingsStore } from './settings-store';

/** The `settings.*` calls. */
export function settingsHandlers({
  settings,
  boundaries,
  host,
}: {
  settings: SettingsStore;
  boundaries: BoundariesService;
  host: HostPort;
}) {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => {
      const next = settings.set({ ...settings.get(), ...patch });
      boundaries.recompute();
      if (patch.sites) {
        host.workspace.applyAccess(
          boundaries.status().access.open,
          next.sites,
          boundaries.sitesOnBreak(),
        );
      }
      if (patch.startAtLogin !== undefined) host.setStartAtLogin(next.startAtLogin);
      return next;
    },
  } satisfies HandlersOf<'settings'>;
}
