import { renderScoreJson } from './json.js';
import { renderScoreMarkdown } from './markdown.js';
import type { ScoreRenderer } from './model.js';
import { renderScoreTable } from './table.js';

/** Every `review score --format`; `table` is the version 1 name of `text`. */
export const SCORE_FORMATS = {
  text: renderScoreTable,
  table: renderScoreTable,
  json: renderScoreJson,
  markdown: renderScoreMarkdown,
} satisfies Record<string, ScoreRenderer>;

export type ScoreFormat = keyof typeof SCORE_FORMATS;
