/**
 * Pure: whether a tray icon will actually be seen. Electron creates a Tray without complaint on stock
 * GNOME, which shows no StatusNotifier icons unless an extension is installed; there a window that
 * hides on close could not be found again, so we treat the tray as missing and minimise instead.
 * Ubuntu and Pop!_OS ship the AppIndicator extension with their GNOME sessions. Electron cannot tell
 * whether a tray icon is really shown: https://github.com/electron/electron/issues/5872
 */
export function trayLikelyShown(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): boolean {
  if (platform !== 'linux') return true;
  const desktops = (env.XDG_CURRENT_DESKTOP ?? '').toLowerCase().split(':');
  const stockGnome =
    desktops.includes('gnome') &&
    !desktops.some((d) => d === 'ubuntu' || d === 'pop' || d === 'unity');
  return !stockGnome;
}

/** The PNG for a tray state: coloured per state on Windows/Linux, one template image on macOS. */
export function trayIconFile(icon: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'trayTemplate.png' : `tray-${icon}.png`;
}
