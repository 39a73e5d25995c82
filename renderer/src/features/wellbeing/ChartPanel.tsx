import type { ChartData, ChartOptions, ChartType, Plugin } from 'chart.js';
import type { Chart as ChartJS } from 'chart.js';
import { useId, useRef } from 'react';
import { Chart } from 'react-chartjs-2';
import { registerCharts } from './chart-setup';
import { useChartColours } from './chartColours';
import { dataUrlToBlob, downloadBlob } from './download';

registerCharts();

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the augmented interface's own parameter
  interface PluginOptionsByType<TType extends ChartType> {
    netwellBackground?: { color: string };
  }
}

export interface DataTable {
  columns: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

export interface ChartPanelProps {
  title: string;
  /** One or two sentences with the numbers that matter: the chart's accessible description. */
  summary: string;
  /** The numbers behind the chart, for screen readers (visually hidden). */
  table: DataTable;
  data: ChartData<'bar' | 'line'>;
  options?: ChartOptions<'bar' | 'line'>;
  fileName: string;
}

/**
 * Paints the card's background (its resolved colour, passed as the plugin's `color` option) under
 * the chart, so an exported PNG is readable in any viewer.
 */
const background: Plugin<'bar' | 'line', { color: string }> = {
  id: 'netwellBackground',
  beforeDraw(chart, _args, options) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * One chart: a figure with a heading, the canvas (an image named by its summary), the summary as
 * text, the data as a visually hidden table, and "Download PNG".
 */
export function ChartPanel({ title, summary, table, data, options, fileName }: ChartPanelProps) {
  const id = useId();
  const chartRef = useRef<ChartJS<'bar' | 'line'> | null>(null);
  const colours = useChartColours();
  const axis = { grid: { color: colours.grid } };
  const merged = {
    responsive: true,
    // Data are plain numbers in label order: no parsing or sorting needed.
    normalized: true,
    ...options,
    plugins: {
      legend: { labels: { color: colours.text } },
      netwellBackground: { color: colours.surface },
      ...options?.plugins,
    },
    scales: {
      // A year of days is 365 labels: a dozen flat ones are enough, and far cheaper to fit.
      x: {
        ...axis,
        ticks: { color: colours.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 13 },
        ...options?.scales?.['x'],
      },
      // Counts and minutes: whole numbers on the axis, never "0.2 overrides".
      y: {
        beginAtZero: true,
        ...axis,
        ticks: { color: colours.muted, precision: 0 },
        ...options?.scales?.['y'],
      },
    },
  } as ChartOptions<'bar' | 'line'>;
  const download = () => {
    const chart = chartRef.current;
    if (!chart) return;
    downloadBlob(dataUrlToBlob(chart.toBase64Image('image/png', 1)), fileName);
  };
  return (
    <figure className="panel chart-panel" aria-labelledby={`${id}-title`}>
      <div className="chart-panel-head">
        <h3 id={`${id}-title`} className="card-title">
          {title}
        </h3>
        <button type="button" className="button button-small" onClick={download}>
          Download PNG<span className="visually-hidden">: {title}</span>
        </button>
      </div>
      <div className="chart-canvas">
        <Chart
          ref={chartRef}
          type="bar"
          data={data}
          options={merged}
          plugins={[background]}
          role="img"
          aria-label={`${title}. ${summary}`}
        />
      </div>
      <figcaption className="chart-summary">{summary}</figcaption>
      <table className="visually-hidden">
        <caption>{title}: data</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
