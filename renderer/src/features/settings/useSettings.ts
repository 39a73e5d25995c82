import type { Settings, SettingsPatch } from '../../../../electron/shared/settings';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';
import type { Result } from '../../../../electron/shared/result';

export type Theme = Settings['theme'];

const THEME_HINT = 'netwell.theme';

/** Puts the theme on <html data-theme>; "system" removes it so the OS preference applies. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_HINT, theme);
  } catch {
    // Storage may be unavailable; the hint only avoids a flash of the other theme at start-up.
  }
}

/** Applies the last theme seen, before settings arrive from the host. */
export function applyRememberedTheme(): void {
  try {
    const hint = localStorage.getItem(THEME_HINT);
    if (hint === 'light' || hint === 'dark') document.documentElement.dataset.theme = hint;
  } catch {
    // See applyTheme.
  }
}

const settingsStore = createLiveStore<Settings | null>(null, (store) => {
  // Changes made elsewhere (the tray, another window) arrive as events.
  const unsubscribe = netwell.on('settings.changed', (next) => {
    store.set(next);
    applyTheme(next.theme);
  });
  void netwell.settings.get().then((result) => {
    if (!result.ok) return;
    store.set(result.value);
    applyTheme(result.value.theme);
  });
  return unsubscribe;
});

export function useSettings(): Settings | null {
  return useStore(settingsStore);
}

/** Changes settings at once on screen and then in the host; puts things back if the host refuses. */
export async function updateSettings(patch: SettingsPatch): Promise<Result<Settings>> {
  const before = settingsStore.get();
  const { theme, sites: _sites, ...rest } = patch;
  // Choices (radios, checkboxes) show at once; a list of sites waits for the host's answer.
  if (before) {
    settingsStore.set({ ...before, ...(rest as Partial<Settings>), ...(theme ? { theme } : {}) });
  }
  if (theme) applyTheme(theme);
  const result = await netwell.settings.update(patch);
  const now = result.ok ? result.value : before;
  settingsStore.set(now);
  if (now) applyTheme(now.theme);
  return result;
}
