/**
 * What a page hands to the chart island: the same figures as the HTML table next to the chart.
 * Shared by the Astro component (which writes it as JSON) and the browser script (which reads it).
 */

/** One series of bars, e.g. "Personnes qui attendent". */
export interface ChartSeries {
  /** Legend text, in French. */
  label: string;
  /** One value per category; `null` is a masked or missing figure and is never drawn as 0. */
  values: (number | null)[];
  /** Text shown for each value, exactly as in the table ("moins de 5" for a masked figure). */
  texts: string[];
}

/** A horizontal bar chart: categories on the left, one or two series of bars. */
export interface ChartSpec {
  /** Category labels, e.g. T1 … T5+ or commune names. */
  labels: string[];
  series: ChartSeries[];
}

/** Reads a chart spec embedded in the page; returns undefined when it is not valid JSON of that shape. */
export function parseChartSpec(text: string): ChartSpec | undefined {
  try {
    const spec = JSON.parse(text) as ChartSpec;
    if (!Array.isArray(spec.labels) || !Array.isArray(spec.series)) return undefined;
    return spec;
  } catch {
    return undefined;
  }
}
