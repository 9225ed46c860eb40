/**
 * Draws a chart spec with chart.js. Only the parts the site uses are registered, so the bundle stays small;
 * this module is loaded on demand by charts.ts, never on a page without a chart.
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
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { ChartSpec } from '../model/chart.ts';
import { formatTicks, tickPrecision, tooltipLine } from '../lib/chart-format.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colours from the page's CSS variables (they follow the colour scheme); fallbacks match the light theme. */
function colours(element: Element) {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    series: [1, 2, 3, 4, 5, 6].map((index) => read(`--chart-${index}`, '#1f5f8b')),
    text: read('--text', '#1b1f24'),
    grid: read('--line', '#d5dbe1'),
    background: read('--bg', '#ffffff'),
  };
}

/** Fills the canvas with the page background, so the downloaded PNG is not transparent. */
const background = (fill: string): Plugin => ({
  id: 'background',
  beforeDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
});

/** Writes each bar's value (as the table prints it) above the bar: a small part stays readable. */
const barValues = (spec: ChartSpec, colour: string): Plugin => ({
  id: 'bar-values',
  afterDatasetsDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = colour;
    ctx.font = '12px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    spec.datasets.forEach((dataset, datasetIndex) => {
      chart.getDatasetMeta(datasetIndex).data.forEach((bar, index) => {
        const text = dataset.texts[index];
        if (text !== null && text !== undefined) ctx.fillText(text, bar.x, bar.y - 3);
      });
    });
    ctx.restore();
  },
});

export function renderChart(canvas: HTMLCanvasElement, spec: ChartSpec, animate: boolean): Chart {
  const theme = colours(canvas);
  const locale = document.documentElement.lang || 'en';
  Chart.defaults.color = theme.text;
  Chart.defaults.borderColor = theme.grid;
  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((dataset, index) => ({
        label: dataset.label,
        data: dataset.data,
        backgroundColor: theme.series[index % theme.series.length],
        borderColor: theme.series[index % theme.series.length],
        borderWidth: spec.type === 'line' ? 2 : 0,
        // A part far smaller than the others still shows as a bar.
        minBarLength: 3,
      })),
    },
    options: {
      animation: animate ? { duration: 400 } : false,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: spec.labelBars ? 18 : 0 } },
      scales: {
        x: { stacked: spec.stacked },
        y: {
          stacked: spec.stacked,
          beginAtZero: true,
          title: { display: Boolean(spec.unit), text: spec.unit },
          ticks: { precision: tickPrecision(spec.datasets.map((dataset) => dataset.data)) },
          // Every tick with the decimals the axis step needs (0.0001 steps print 0.0004, not 0).
          afterTickToLabelConversion: (axis) => {
            const labels = formatTicks(axis.ticks.map((tick) => tick.value), locale);
            axis.ticks.forEach((tick, index) => (tick.label = labels[index]));
          },
        },
      },
      plugins: {
        legend: { display: spec.datasets.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => tooltipLine(item.dataset.label ?? '', spec.datasets[item.datasetIndex]?.texts[item.dataIndex] ?? null, spec.unit),
          },
        },
      },
    },
    plugins: [background(theme.background), ...(spec.labelBars ? [barValues(spec, theme.text)] : [])],
  };
  return new Chart(canvas, config);
}
