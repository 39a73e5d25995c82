import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../electron/main/hardened-web-preferences';

/** The switches main-window.ts and site-view.ts wrote out as literals before they shared them. */
const SWITCHES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
};

describe('the hardened web preferences', () => {
  it('are exactly the security switches when nothing is added', () => {
    expect(hardenedWebPreferences()).toEqual(SWITCHES);
  });

  it('add the preload or the partition and nothing else', () => {
    expect(hardenedWebPreferences({ preload: '/app/out/preload/index.cjs' })).toEqual({
      preload: '/app/out/preload/index.cjs',
      ...SWITCHES,
    });
    expect(hardenedWebPreferences({ partition: 'persist:site-linkedin' })).toEqual({
      partition: 'persist:site-linkedin',
      ...SWITCHES,
    });
  });

  it('cannot be loosened by an extra, even one smuggled past the type', () => {
    const smuggled = { partition: 'persist:x', sandbox: false, nodeIntegration: true };
    expect(hardenedWebPreferences(smuggled)).toEqual({ partition: 'persist:x', ...SWITCHES });
  });

  it('give each caller its own object', () => {
    const a = hardenedWebPreferences();
    a.sandbox = false;
    expect(hardenedWebPreferences().sandbox).toBe(true);
  });
});
