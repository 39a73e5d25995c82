import type { TrayIcon, TrayItem, TrayModel } from '../../shared/app-model';

/** What the tray needs to know. Grows with the scheduler (issue: networking windows). */
export interface TrayInput {
  icon: TrayIcon;
  /** The first, disabled line of the menu, and the tooltip. */
  statusLine: string;
}

const separator = (id: string): TrayItem => ({ id, label: '', kind: 'separator', enabled: false });

/** Pure: the tray's icon, tooltip and menu for the given state. */
export function buildTrayModel(input: TrayInput): TrayModel {
  return {
    icon: input.icon,
    tooltip: `Netwell: ${input.statusLine}`,
    title: '',
    items: [
      { id: 'status', label: input.statusLine, kind: 'status', enabled: false },
      separator('sep-1'),
      { id: 'open', label: 'Open Netwell', kind: 'action', enabled: true },
      separator('sep-2'),
      { id: 'quit', label: 'Quit Netwell', kind: 'action', enabled: true },
    ],
  };
}
