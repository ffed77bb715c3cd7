import type { CheckFormatter } from './model.js';

/**
 * Every `review check --format`, each renderer loaded when used, so the names cost nothing at
 * start-up (program.ts lists them as the flag's choices). Adding a format: one file and one line here.
 */
export const CHECK_FORMATS = {
  text: async () => (await import('./text.js')).renderCheckText,
  json: async () => (await import('./json.js')).renderCheckJson,
  github: async () => (await import('./github.js')).renderCheckGithub,
  junit: async () => (await import('./junit.js')).renderCheckJunit,
  sarif: async () => (await import('./sarif.js')).renderCheckSarif,
} satisfies Record<string, () => Promise<CheckFormatter>>;

export type CheckFormat = keyof typeof CHECK_FORMATS;
