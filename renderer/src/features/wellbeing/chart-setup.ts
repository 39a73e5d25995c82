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
