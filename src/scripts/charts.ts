/**
 * Charts on a page: chart.js is imported only when a chart comes near the viewport (or the page is about
 * to print), animation is off for readers who ask for reduced motion and for print, and every chart is
 * drawn before printing. `data-chart-drawn` marks a drawn canvas (tests and the PDF build wait for it).
 */
import type { Chart } from 'chart.js';
import type { ChartSpec } from '../model/chart.ts';

const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
const charts = new Map<HTMLCanvasElement, Chart>();
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
let renderer: Promise<typeof import('./chart-render.ts')> | undefined;

async function draw(canvas: HTMLCanvasElement, animate: boolean): Promise<void> {
  if (charts.has(canvas)) return;
  renderer ??= import('./chart-render.ts');
  const { renderChart } = await renderer;
  if (charts.has(canvas)) return;
  const spec = JSON.parse(canvas.dataset.chart!) as ChartSpec;
  const chart = renderChart(canvas, spec, animate && !reducedMotion.matches);
  charts.set(canvas, chart);
  canvas.dataset.chartDrawn = 'true';
  const button = canvas.closest('figure')?.querySelector<HTMLButtonElement>('button[data-chart-png]');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const link = document.createElement('a');
      link.href = chart.toBase64Image('image/png', 1);
      link.download = `${spec.id}.png`;
      link.click();
    });
  }
}

/** Draw every chart now, without animation (for print and the PDF). */
export async function drawAll(): Promise<void> {
  await Promise.all(canvases.map((canvas) => draw(canvas, false)));
  for (const chart of charts.values()) chart.resize();
}

if (canvases.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLCanvasElement, true);
      }
    },
    { rootMargin: '200px' },
  );
  for (const canvas of canvases) observer.observe(canvas);
  addEventListener('beforeprint', () => void drawAll());
  matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) void drawAll();
  });
  // The PDF build calls this and waits for it: charts must be drawn before printing.
  (window as unknown as { esgDrawCharts: typeof drawAll }).esgDrawCharts = drawAll;
}
