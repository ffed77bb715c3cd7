import type { Trend } from '../../core/trend.js';
import type { Paint } from '../paint.js';
import { renderTrendJson } from './json.js';
import { renderTrendMarkdown } from './markdown.js';
import { renderTrendText } from './text.js';

export interface TrendFormatOptions {
  paint: Paint;
  version: string;
}

/** Every `review trend --format`; HTML is imported only when asked for. */
export const TREND_FORMATS = {
  text: async (t: Trend, o: TrendFormatOptions) => renderTrendText(t, o),
  json: async (t: Trend) => renderTrendJson(t),
  markdown: async (t: Trend) => renderTrendMarkdown(t),
  html: async (t: Trend, o: TrendFormatOptions) => (await import('./html.js')).renderTrendHtml(t, o.version),
} satisfies Record<string, (t: Trend, o: TrendFormatOptions) => Promise<string>>;

export type TrendFormat = keyof typeof TREND_FORMATS;
