import type { ScoreRenderer } from './model.js';

/**
 * Every `review score --format`, each loaded when used; `table` is the version 1 name of `text`.
 * Adding a format: one file and one line here.
 */
export const SCORE_FORMATS = {
  text: async () => (await import('./table.js')).renderScoreTable,
  table: async () => (await import('./table.js')).renderScoreTable,
  json: async () => (await import('./json.js')).renderScoreJson,
  markdown: async () => (await import('./markdown.js')).renderScoreMarkdown,
} satisfies Record<string, () => Promise<ScoreRenderer>>;

export type ScoreFormat = keyof typeof SCORE_FORMATS;
