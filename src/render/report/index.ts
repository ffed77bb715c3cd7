import { renderReportHtml } from './html.js';
import { renderReportJson } from './json.js';
import { renderReportMarkdown } from './markdown.js';
import type { ReportModel } from './model.js';

/** Every `review report --format`. */
export const REPORT_FORMATS = {
  markdown: renderReportMarkdown,
  html: renderReportHtml,
  json: renderReportJson,
} satisfies Record<string, (model: ReportModel) => string>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
