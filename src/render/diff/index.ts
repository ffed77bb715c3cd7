import type { DiffRenderer } from './model.js';

/** Every `review diff --format`, each loaded when used. Adding a format: one file and one line here. */
export const DIFF_FORMATS = {
  text: async () => (await import('./text.js')).renderDiffText,
  json: async () => (await import('./json.js')).renderDiffJson,
  markdown: async () => (await import('./markdown.js')).renderDiffMarkdown,
} satisfies Record<string, () => Promise<DiffRenderer>>;

export type DiffFormat = keyof typeof DIFF_FORMATS;
