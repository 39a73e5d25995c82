import type { Settings, SettingsPatch } from '../../../../electron/shared/settings';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';
import { optimistic } from '../../lib/optimistic';
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

/** The settings as the page shows them (`useSettings` in components). */
export const settingsStore = createLiveStore<Settings | null>(null, () => {
  // Changes made elsewhere (the tray, another window) arrive as events.
  const unsubscribe = netwell.on('settings.changed', (next) => changes.fromHost(next));
  void netwell.settings.get().then((result) => {
    if (result.ok) changes.fromHost(result.value);
  });
  return unsubscribe;
});

const changes = optimistic(settingsStore, (shown) => applyTheme(shown.theme));

export function useSettings(): Settings | null {
  return useStore(settingsStore);
}

/** Changes settings at once on screen and then in the host; puts things back if the host refuses. */
export async function updateSettings(patch: SettingsPatch): Promise<Result<Settings>> {
  const { theme, sites: _sites, ...rest } = patch;
  // Choices (radios, checkboxes) show at once; a list of sites waits for the host's answer.
  const shown = { ...(rest as Partial<Settings>), ...(theme ? { theme } : {}) };
  if (theme && !settingsStore.get()) applyTheme(theme);
  return changes.change(
    (settings) => ({ ...settings, ...shown }),
    () => netwell.settings.update(patch),
  );
}
