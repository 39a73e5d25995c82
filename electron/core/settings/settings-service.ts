import type { CallArgs } from '../../shared/contract';
import type { Settings } from '../../shared/settings';
import type { SettingsStore } from './settings-store';

/** Changing settings, and what must follow each change outside the settings file. */
export class SettingsService {
  constructor(
    private readonly deps: {
      settings: Pick<SettingsStore, 'get' | 'set'>;
      /** The boundaries read the settings anew (mode, budgets, schedule). */
      recompute: () => void;
      /** The host locks the sites anew (some were added, removed or changed). */
      reapplySiteAccess: () => void;
      setStartAtLogin: (enabled: boolean) => void;
    },
  ) {}

  get(): Settings {
    return this.deps.settings.get();
  }

  update(patch: CallArgs<'settings.update'>): Settings {
    const next = this.deps.settings.set({ ...this.deps.settings.get(), ...patch });
    this.deps.recompute();
    if (patch.sites) this.deps.reapplySiteAccess();
    if (patch.startAtLogin !== undefined) this.deps.setStartAtLogin(next.startAtLogin);
    return next;
  }
}
