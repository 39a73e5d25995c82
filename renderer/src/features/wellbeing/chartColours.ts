/**
 * The theme's colours as a canvas can use them. The palette is written with CSS `light-dark()`,
 * which a canvas cannot parse (it would fall back to black), so each colour is resolved by the
 * browser on a hidden probe element and read back as `rgb(…)`. The colours follow the OS colour
 * scheme and Settings' theme live.
 */
import { useSyncExternalStore } from 'react';

export type ChartColourName = 'surface' | 'accent' | 'text' | 'muted' | 'grid' | 'warn' | 'soft';
export type ChartColours = Readonly<Record<ChartColourName, string>>;

const VARIABLES: Record<ChartColourName, string> = {
  surface: '--surface',
  accent: '--accent',
  text: '--text',
  muted: '--muted',
  grid: '--border',
  warn: '--danger',
  soft: '--border-strong',
};

/** Used only where no stylesheet answers (the light palette). */
const FALLBACK: ChartColours = {
  surface: 'rgb(255, 255, 255)',
  accent: 'rgb(45, 106, 93)',
  text: 'rgb(28, 38, 35)',
  muted: 'rgb(85, 98, 93)',
  grid: 'rgb(217, 224, 219)',
  warn: 'rgb(162, 53, 46)',
  soft: 'rgb(154, 168, 162)',
};

const NAMES = Object.keys(VARIABLES) as ChartColourName[];

let probe: HTMLElement | null = null;

/** A hidden element under <body>, so it inherits the page's colour scheme. */
function probeElement(): HTMLElement {
  if (probe?.isConnected) return probe;
  probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.dataset.chartColourProbe = '';
  probe.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;visibility:hidden';
  document.body.append(probe);
  return probe;
}

/** One CSS colour (a variable, light-dark(), a name…) as the browser resolves it now. */
function resolve(element: HTMLElement, value: string, fallback: string): string {
  element.style.color = fallback;
  element.style.color = value;
  const resolved = getComputedStyle(element).color;
  return resolved || fallback;
}

/** Each colour resolved now; a string so equal colours compare equal across reads. */
function readKey(): string {
  const element = probeElement();
  return NAMES.map((name) => resolve(element, `var(${VARIABLES[name]})`, FALLBACK[name])).join('|');
}

/** The chart colours as the page shows them right now. */
export function chartColours(): ChartColours {
  return parse(readKey());
}

function parse(key: string): ChartColours {
  const values = key.split('|');
  return Object.fromEntries(NAMES.map((name, i) => [name, values[i] ?? FALLBACK[name]])) as Record<
    ChartColourName,
    string
  >;
}

/**
 * Calls `onChange` whenever the colours may have changed: the OS switched between light and
 * dark, or the app's theme (<html data-theme>) changed.
 */
export function subscribeToColourScheme(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style'],
  });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

let cachedKey = '';
let cached: ChartColours = FALLBACK;

function snapshot(): ChartColours {
  const key = readKey();
  if (key !== cachedKey) {
    cachedKey = key;
    cached = parse(key);
  }
  return cached;
}

/** The chart colours, re-read (and the component re-rendered) when the colour scheme changes. */
export function useChartColours(): ChartColours {
  return useSyncExternalStore(subscribeToColourScheme, snapshot, () => FALLBACK);
}
