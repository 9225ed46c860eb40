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

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A white background, so the downloaded PNG is not transparent. */
const whiteBackground: Plugin = {
  id: 'white-background',
  beforeDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** The brand colour first, then Okabe–Ito colours, which stay apart for colour-blind readers. */
function palette(element: Element): string[] {
  const brand = getComputedStyle(element).getPropertyValue('--brand').trim() || '#1f5f8b';
  return [brand, '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#0072b2', '#f0e442'];
}

export function renderChart(canvas: HTMLCanvasElement, spec: ChartSpec, animate: boolean): Chart {
  const colours = palette(canvas);
  const number = new Intl.NumberFormat(document.documentElement.lang || 'en');
  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((dataset, index) => ({
        label: dataset.label,
        data: dataset.data,
        backgroundColor: colours[index % colours.length],
        borderColor: colours[index % colours.length],
        borderWidth: spec.type === 'line' ? 2 : 0,
      })),
    },
    options: {
      animation: animate ? { duration: 400 } : false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: spec.stacked },
        y: {
          stacked: spec.stacked,
          beginAtZero: true,
          title: { display: Boolean(spec.unit), text: spec.unit },
          ticks: { callback: (value) => number.format(Number(value)) },
        },
      },
      plugins: {
        legend: { display: spec.datasets.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${item.raw === null ? '–' : number.format(Number(item.raw))} ${spec.unit}`,
          },
        },
      },
    },
    plugins: [whiteBackground],
  };
  return new Chart(canvas, config);
}
