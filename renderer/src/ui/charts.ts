// echarts, trimmed to the parts Tandem draws, plus the theme colours read from CSS variables.
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, VisualMapComponent, AriaComponent, CanvasRenderer]);

export { echarts };

/** echarts renders tooltip strings as HTML: every name that came from a user goes through this. */
export const escapeHtml = (text: string) => echarts.format.encodeHTML(text);

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  plan: string;
  /** Money promised but not yet spent: between the plan's grey and the actual's accent. */
  committed: string;
  actual: string;
  ok: string;
  warn: string;
  danger: string;
  surface: string;
  /** The page's font stack: canvas text can't "inherit". */
  font: string;
}

export function readChartColors(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    text: v('--text'),
    muted: v('--text-muted'),
    grid: v('--border'),
    plan: v('--chart-plan'),
    committed: v('--chart-committed'),
    actual: v('--accent'),
    ok: v('--ok'),
    warn: v('--warn'),
    danger: v('--danger'),
    surface: v('--surface'),
    font: getComputedStyle(document.body).fontFamily,
  };
}
