import type { RulesRenderer } from './model.js';

/** Every `review rules --format`, each loaded when used. Adding a format: one file and one line here. */
export const RULES_FORMATS = {
  text: async () => (await import('./text.js')).renderRulesText,
  json: async () => (await import('./json.js')).renderRulesJson,
  markdown: async () => (await import('./markdown.js')).renderRulesMarkdown,
} satisfies Record<string, () => Promise<RulesRenderer>>;

export type RulesFormat = keyof typeof RULES_FORMATS;
