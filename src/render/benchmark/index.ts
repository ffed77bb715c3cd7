import type { Benchmark } from '../../core/benchmark.js';
import type { Paint } from '../paint.js';
import { renderBenchmarkJson } from './json.js';
import { renderBenchmarkMarkdown } from './markdown.js';
import { renderBenchmarkText } from './text.js';

export interface BenchmarkFormatOptions {
  paint: Paint;
  version: string;
}

/** Every `review benchmark --format`; HTML is imported only when asked for. */
export const BENCHMARK_FORMATS = {
  text: async (b: Benchmark, o: BenchmarkFormatOptions) => renderBenchmarkText(b, o),
  json: async (b: Benchmark) => renderBenchmarkJson(b),
  markdown: async (b: Benchmark) => renderBenchmarkMarkdown(b),
  html: async (b: Benchmark, o: BenchmarkFormatOptions) => (await import('./html.js')).renderBenchmarkHtml(b, o.version),
} satisfies Record<string, (b: Benchmark, o: BenchmarkFormatOptions) => Promise<string>>;

export type BenchmarkFormat = keyof typeof BENCHMARK_FORMATS;
