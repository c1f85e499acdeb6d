import { compare } from './findings-view.js';
import type { Bar, Chart } from './view-model-types.js';

/** Chart geometry, shared with the template's SVG viewBox (label column + bar space + value). */
export const CHART_LABEL_SPACE = 150;
export const CHART_BAR_SPACE = 240;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 16;
/** Above this many bars the rest are summed into one "others" bar, so an estate of 300 accounts stays legible. */
const MAX_BARS = 12;
const LABEL_MAX_CHARS = 18;

export interface ChartInput {
  label: string;
  value: number;
  tone?: string;
}

/** Horizontal bar chart data; bar lengths are computed here so the template only places them. */
export function barChart(id: string, title: string, input: readonly ChartInput[]): Chart {
  let items = input.filter((i) => i.value > 0);
  if (items.length > MAX_BARS) {
    const sorted = [...items].sort((a, b) => b.value - a.value || compare(a.label, b.label));
    const rest = sorted.slice(MAX_BARS - 1);
    items = [
      ...sorted.slice(0, MAX_BARS - 1),
      { label: `${rest.length} others`, value: rest.reduce((n, i) => n + i.value, 0), tone: 'neutral' },
    ];
  }
  const max = Math.max(1, ...items.map((i) => i.value));
  const bars: Bar[] = items.map((item, index) => {
    // A non-zero value always shows at least a sliver, so a count of 1 next to 10,000 is visible.
    const width = Math.max(2, Math.round((item.value / max) * CHART_BAR_SPACE));
    return {
      label: item.label,
      shortLabel: item.label.length > LABEL_MAX_CHARS ? `${item.label.slice(0, LABEL_MAX_CHARS - 1)}…` : item.label,
      value: item.value,
      width,
      y: index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2,
      textY: index * ROW_HEIGHT + ROW_HEIGHT / 2 + 4,
      valueX: CHART_LABEL_SPACE + width + 6,
      tone: item.tone ?? 'neutral',
    };
  });
  return { id, title, height: Math.max(ROW_HEIGHT, bars.length * ROW_HEIGHT), bars, empty: bars.length === 0 };
}
