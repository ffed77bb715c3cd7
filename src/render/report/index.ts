import type { ReportModel } from './model.js';

/**
 * Every `review report --format`, each loaded when used (the HTML renderer is its own file in the
 * build: see scripts/build.mjs). Adding a format: one file and one line here.
 */
export const REPORT_FORMATS = {
  markdown: async () => (await import('./markdown.js')).renderReportMarkdown,
  html: async () => (await import('./html.js')).renderReportHtml,
  json: async () => (await import('./json.js')).renderReportJson,
} satisfies Record<string, () => Promise<(model: ReportModel) => string>>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
