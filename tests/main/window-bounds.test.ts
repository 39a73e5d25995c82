import { describe, expect, it } from 'vitest';
import { boundsToSave, placeWindow, type Rect } from '../../electron/main/window-bounds';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const small: Rect = { x: 0, y: 0, width: 1280, height: 680 };

describe('placeWindow', () => {
  it('opens at the default size, centred, with nothing saved', () => {
    expect(placeWindow(undefined, [primary], primary)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('shrinks the default size to a small display', () => {
    expect(placeWindow(undefined, [small], small)).toEqual({
      width: 1200,
      height: 680,
      maximized: false,
    });
  });

  it.each<[string, Rect & { maximized?: boolean }, Rect[], object]>([
    [
      'on the primary display',
      { x: 100, y: 80, width: 1000, height: 700 },
      [primary],
      { x: 100, y: 80, width: 1000, height: 700 },
    ],
    [
      'on a second display still there',
      { x: 2500, y: 100, width: 1000, height: 700 },
      [primary, right],
      { x: 2500, y: 100 },
    ],
    [
      'on a second display now gone',
      { x: 2500, y: 100, width: 1000, height: 700 },
      [primary],
      { width: 1000, height: 700 },
    ],
    [
      'with its title bar above the screen',
      { x: 100, y: -600, width: 1000, height: 700 },
      [primary],
      { width: 1000, height: 700 },
    ],
    [
      'mostly off the left edge, title bar still grabbable',
      { x: -800, y: 100, width: 1000, height: 700 },
      [primary],
      { x: -800, y: 100 },
    ],
    [
      'just a sliver on screen',
      { x: 1900, y: 100, width: 1000, height: 700 },
      [primary],
      { width: 1000, height: 700 },
    ],
    [
      'larger than its display',
      { x: 0, y: 0, width: 3000, height: 2000 },
      [small],
      { x: 0, y: 0, width: 1280, height: 680 },
    ],
  ])('a window saved %s', (_label, saved, displays, expected) => {
    const placement = placeWindow({ maximized: false, ...saved }, displays, displays[0] ?? primary);
    expect(placement).toMatchObject(expected);
    if (!('x' in expected)) expect(placement).not.toHaveProperty('x');
  });

  it('keeps the maximised state', () => {
    expect(placeWindow({ width: 900, height: 600, maximized: true }, [primary], primary)).toEqual({
      width: 900,
      height: 600,
      maximized: true,
    });
  });
});

describe('boundsToSave', () => {
  it('rounds and keeps within the settings schema', () => {
    expect(boundsToSave({ x: 10.4, y: -5.6, width: 120, height: 99999 }, true)).toEqual({
      x: 10,
      y: -6,
      width: 400,
      height: 10000,
      maximized: true,
    });
  });
});
