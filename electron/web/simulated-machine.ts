/**
 * What the web host knows of "the machine" that Electron reads from the OS: the time zone, idle
 * time and whether the workspace is open. Test controls change it; otherwise it is the real zone
 * and no idle information.
 */
export class SimulatedMachine {
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  /** null: unknown, like Wayland (focused time counts in full). */
  idleSeconds: number | null = null;
  workspaceOpen = false;
}
