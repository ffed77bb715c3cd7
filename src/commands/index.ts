/**
 * Every command, in the order `review --help` lists them, each module loaded only when its command
 * is named. Adding a command: one file in commands/ exporting `command` (see define.ts) and one
 * line here.
 */
import type { CommandModule } from './define.js';

export const COMMANDS = {
  init: () => import('./init/index.js'),
  check: () => import('./check.js'),
  score: () => import('./score.js'),
  diff: () => import('./diff.js'),
  report: () => import('./report.js'),
  trend: () => import('./trend.js'),
  benchmark: () => import('./benchmark.js'),
  template: () => import('./template.js'),
  merge: () => import('./merge.js'),
  migrate: () => import('./migrate.js'),
  agree: () => import('./agree.js'),
  rules: () => import('./rules.js'),
  schema: () => import('./schema.js'),
} satisfies Record<string, () => Promise<{ command: CommandModule }>>;

export type CommandName = keyof typeof COMMANDS;
