import type { WindowBounds } from '../shared/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowPlacement {
  width: number;
  height: number;
  /** Absent: let the OS centre the window on the primary display. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const MIN_WIDTH = 400;
export const MIN_HEIGHT = 300;
export const DEFAULT_WIDTH = 1200;
export const DEFAULT_HEIGHT = 800;
/** How much of the window's top strip must be on a display for the user to grab and move it. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 32;

const clamp = (value: number, min: number, max: number): number =>
  Math.max(min, Math.min(value, max));

function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: clamp(Math.round(width), MIN_WIDTH, Math.max(MIN_WIDTH, area.width)),
    height: clamp(Math.round(height), MIN_HEIGHT, Math.max(MIN_HEIGHT, area.height)),
  };
}

/** True when enough of the window's title bar lies inside `area` to grab it. */
function titleBarVisibleOn(window: Rect, area: Rect): boolean {
  const left = Math.max(window.x, area.x);
  const right = Math.min(window.x + window.width, area.x + area.width);
  const top = Math.max(window.y, area.y);
  const bottom = Math.min(window.y + GRAB_HEIGHT, area.y + area.height);
  return right - left >= Math.min(GRAB_WIDTH, window.width) && bottom - top >= GRAB_HEIGHT / 2;
}

/**
 * Pure: where to open the window, given what was saved and the displays' work areas now. A window
 * saved on a monitor that is gone (or pushed off-screen) is re-centred on the primary display;
 * a size larger than its display is shrunk to fit.
 */
export function placeWindow(
  saved: WindowBounds | undefined,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowPlacement {
  if (!saved) {
    return { ...fitSize(DEFAULT_WIDTH, DEFAULT_HEIGHT, primary), maximized: false };
  }
  if (saved.x !== undefined && saved.y !== undefined) {
    const rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
    const home = workAreas.find((area) => titleBarVisibleOn(rect, area));
    if (home) {
      return {
        ...fitSize(saved.width, saved.height, home),
        x: saved.x,
        y: saved.y,
        maximized: saved.maximized,
      };
    }
  }
  return { ...fitSize(saved.width, saved.height, primary), maximized: saved.maximized };
}

/** What to save: the normal (un-maximised) bounds, so un-maximising next time restores them. */
export function boundsToSave(normal: Rect, maximized: boolean): WindowBounds {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: clamp(Math.round(normal.width), MIN_WIDTH, 10_000),
    height: clamp(Math.round(normal.height), MIN_HEIGHT, 10_000),
    maximized,
  };
}
