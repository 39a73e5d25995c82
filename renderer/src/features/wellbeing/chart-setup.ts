/**
 * Chart.js, registered once with only what the Insights charts use (bars and lines on category
 * and linear scales), so the rest of the library is tree-shaken away.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

let registered = false;

export function registerCharts(): void {
  if (registered) return;
  registered = true;
  Chart.register(
    BarController,
    BarElement,
    LineController,
    LineElement,
    PointElement,
    CategoryScale,
    LinearScale,
    Legend,
    Tooltip,
  );
  // Charts appear at once: no animation to wait for (and nothing moving for those who mind).
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
}

/** The theme's colours, read from the CSS variables so charts follow light and dark. */
export function chartColours(): Record<
  'accent' | 'text' | 'muted' | 'grid' | 'warn' | 'soft',
  string
> {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    accent: read('--accent', '#2d6a5d'),
    text: read('--text', '#1c2623'),
    muted: read('--muted', '#55625d'),
    grid: read('--border', '#d9e0db'),
    warn: read('--danger', '#a2352e'),
    soft: read('--border-strong', '#9aa8a2'),
  };
}
