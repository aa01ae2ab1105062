/**
 * Draws one horizontal bar chart with Chart.js (loaded with this module, on demand).
 * Meaning never rests on colour alone: the second series is striped, every bar carries its value as
 * text, and a masked figure is written "moins de 5" instead of a bar, never drawn as 0.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import type { ChartSpec } from './chart-spec.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), dark enough for white stripes. */
const COLOURS = ['#0b5560', '#8a4b08'];
const INK = '#1a1a1a';

function stripes(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Writes each value's text (the table's wording) at the end of its bar, or at the axis when masked. */
function valueLabels(spec: ChartSpec): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = INK;
      ctx.font = '14px "Atkinson Hyperlegible Next", Verdana, sans-serif';
      ctx.textBaseline = 'middle';
      spec.series.forEach((series, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        meta.data.forEach((bar, j) => {
          const text = series.texts[j] ?? '';
          const value = series.values[j];
          const x = value === null || value === undefined ? chart.scales['x']!.getPixelForValue(0) : bar.x;
          ctx.fillText(text, x + 6, bar.y);
        });
      });
      ctx.restore();
    },
  };
}

/**
 * Calls `onDrawn` once, after the first frame drawn at a real width: Chart.js sizes the canvas from its
 * container, which may still be 0 px wide on a busy machine when the chart is created.
 */
function drawnSignal(onDrawn: () => void): Plugin<'bar'> {
  let done = false;
  return {
    id: 'drawnSignal',
    afterRender(chart) {
      if (done || chart.width <= 0 || chart.height <= 0) return;
      done = true;
      onDrawn();
    },
  };
}

/**
 * Renders the chart into the canvas; the figure's table stays the reference for the figures.
 * `onDrawn` runs once the chart has been drawn with a non-zero size.
 */
export function renderBarChart(
  canvas: HTMLCanvasElement,
  spec: ChartSpec,
  onDrawn: () => void = () => {},
): Chart<'bar'> {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: i === 1 ? stripes(COLOURS[1]!) : COLOURS[i % COLOURS.length]!,
        borderColor: COLOURS[i % COLOURS.length]!,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      locale: 'fr-FR',
      // Room on the right for the value written after the longest bar.
      scales: {
        x: { beginAtZero: true, suggestedMax: max * 1.25, ticks: { color: INK }, grid: { color: '#d9dfde' } },
        y: { ticks: { color: INK, font: { size: 14 } }, grid: { display: false } },
      },
      plugins: {
        legend: { display: spec.series.length > 1, labels: { color: INK, font: { size: 14 } } },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''} : ${spec.series[item.datasetIndex]?.texts[item.dataIndex] ?? ''}`,
          },
        },
      },
    },
    plugins: [valueLabels(spec), drawnSignal(onDrawn)],
  });
}
