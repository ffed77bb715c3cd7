import { renderDiffJson } from './json.js';
import { renderDiffMarkdown } from './markdown.js';
import type { DiffRenderer } from './model.js';
import { renderDiffText } from './text.js';

/** Every `review diff --format`. */
export const DIFF_FORMATS = {
  text: renderDiffText,
  json: renderDiffJson,
  markdown: renderDiffMarkdown,
} satisfies Record<string, DiffRenderer>;

export type DiffFormat = keyof typeof DIFF_FORMATS;
