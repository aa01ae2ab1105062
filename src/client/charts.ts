/**
 * Chart island. This loader is tiny: Chart.js itself is fetched with a dynamic import, only when a
 * chart comes near the screen, so pages stay light and pages without charts never load it.
 * Every chart already has its table and sentence in the HTML; the canvas is a visual extra.
 */
import { parseChartSpec, type ChartSpec } from './chart-spec.ts';

/** Selector of the chart figures written by src/components/charts/BarChart.astro. */
const FIGURE = 'figure[data-chart]';

async function draw(figure: HTMLElement): Promise<void> {
  const source = figure.querySelector('script[type="application/json"]');
  const canvas = figure.querySelector('canvas');
  const spec = source?.textContent ? parseChartSpec(source.textContent) : undefined;
  if (!spec || !canvas) return;
  const { renderBarChart } = await import('./bar-chart.ts');
  // The canvas box is laid out before Chart.js measures it; `chart-ready` then says the chart is drawn
  // at its real size, not merely created.
  figure.classList.add('chart-drawing');
  renderBarChart(canvas, spec satisfies ChartSpec, () => figure.classList.add('chart-ready'));
}

function start(): void {
  const figures = [...document.querySelectorAll<HTMLElement>(FIGURE)];
  if (figures.length === 0) return;
  if (!('IntersectionObserver' in window)) return; // old browsers keep the tables, which hold every figure
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const figure of figures) observer.observe(figure);
}

start();
