import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { app } from 'electron';

/** The argument a login start carries: Netwell then starts in the tray, without its window. */
export const HIDDEN_ARG = '--hidden';

/**
 * Characters that force an Exec argument into double quotes (Desktop Entry Specification 1.5,
 * "The Exec key").
 */
const EXEC_RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/**
 * Quotes one argument for a desktop entry's Exec line, per the Desktop Entry Specification: an
 * argument with a reserved character goes in double quotes, with `"`, `` ` ``, `$` and `\` escaped
 * by a backslash; a literal `%` is written `%%` (it would start a field code).
 */
export function quoteExecArg(arg: string): string {
  const quoted =
    EXEC_RESERVED.test(arg) || arg === '' ? `"${arg.replace(/["`$\\]/g, '\\$&')}"` : arg;
  return quoted.replaceAll('%', '%%');
}

/**
 * A desktop entry's string value: backslash, newline, tab and carriage return as `\\`, `\n`, `\t`,
 * `\r`. The spec applies this after the Exec quoting above, which is why a backslash in a quoted
 * path ends up as four.
 */
export function escapeDesktopString(value: string): string {
  return value.replace(/[\\\n\t\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\t' ? '\\t' : '\\r',
  );
}

export interface DesktopEntryInput {
  /** The program to start: the AppImage, or the installed executable. */
  program: string;
  /** Arguments before --hidden (an unpackaged run passes the app's folder). */
  args?: readonly string[];
}

/** Pure: the text of ~/.config/autostart/netwell.desktop. */
export function autostartDesktopEntry({ program, args = [] }: DesktopEntryInput): string {
  const exec = [program, ...args, HIDDEN_ARG].map(quoteExecArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.5',
    'Name=Netwell',
    'Comment=Networking windows, a private CRM and time offline',
    `Exec=${escapeDesktopString(exec)}`,
    'Icon=netwell',
    'Terminal=false',
    'Categories=Network;Office;',
    'X-GNOME-Autostart-enabled=true',
    'Hidden=false',
    'NoDisplay=false',
    '',
  ].join('\n');
}

/**
 * Where the XDG autostart entry goes: $XDG_CONFIG_HOME/autostart, or ~/.config/autostart. The
 * Base Directory Specification says to ignore a relative XDG_CONFIG_HOME.
 */
export function autostartFile(env: Record<string, string | undefined>, homeDir: string): string {
  const configured = env.XDG_CONFIG_HOME;
  const configHome = configured && isAbsolute(configured) ? configured : join(homeDir, '.config');
  return join(configHome, 'autostart', 'netwell.desktop');
}

export interface StartAtLoginContext {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homeDir: string;
  /** process.execPath */
  execPath: string;
  /** An unpackaged run is `electron <appPath>`: the app's folder must be passed again. */
  appPath: string | null;
}

/** What a login start runs on Linux: the AppImage file itself (execPath is inside its mount). */
export function linuxProgram(context: StartAtLoginContext): DesktopEntryInput {
  const appImage = context.env.APPIMAGE?.trim();
  return {
    program: appImage || context.execPath,
    ...(context.appPath ? { args: [context.appPath] } : {}),
  };
}

/**
 * Starts Netwell when the user logs in, or stops doing so.
 * - Windows: a login item (the Run registry key) for this executable with --hidden.
 * - macOS: a login item. macOS 13+ (SMAppService) takes no arguments and Electron dropped
 *   openAsHidden, so a login start is recognised by `wasOpenedAtLogin` instead (start-app.ts).
 * - Linux: Electron's login items do nothing there; an XDG autostart entry, written atomically,
 *   or removed.
 */
export function applyStartAtLogin(enabled: boolean, context: StartAtLoginContext): void {
  if (context.platform === 'win32') {
    // Electron joins path and args into a command line unquoted: quote the one path that may need it.
    const args = [...(context.appPath ? [`"${context.appPath}"`] : []), HIDDEN_ARG];
    app.setLoginItemSettings({ openAtLogin: enabled, path: context.execPath, args });
    return;
  }
  if (context.platform === 'darwin') {
    app.setLoginItemSettings({ openAtLogin: enabled });
    return;
  }
  const file = autostartFile(context.env, context.homeDir);
  if (!enabled) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, autostartDesktopEntry(linuxProgram(context)), { mode: 0o644 });
  renameSync(temporary, file);
}

/** True when this process was started by the OS at login (then it starts in the tray). */
export function startedAtLogin(argv: readonly string[], platform: NodeJS.Platform): boolean {
  if (argv.includes(HIDDEN_ARG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
