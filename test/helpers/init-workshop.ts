/** The scripted workshop of review init, shared by the workshop tests: a fresh folder, the quick template's answers, a run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runInit, type InitOptions } from '../../src/commands/init/index.js';
import { loadReview } from '../../src/core/load.js';
import type { Review } from '../../src/core/schema.js';
import { reportError } from '../../src/main.js';
import { fakeIO } from './fake-io.js';
import { DEFAULT, ScriptedPrompter, type Answer } from './scripted-prompter.js';
import { tempDir } from './temp.js';

/** A workshop in a fresh folder, on a terminal, on the day of the Contoso workshop. */
export function workspace() {
  const cwd = tempDir('review-init-');
  return { cwd, ...fakeIO(cwd, { now: '2026-03-12T10:00:00Z', env: { NO_COLOR: '1' }, tty: true }) };
}

export const QUICK_QUESTIONS = 10;

export interface QuickScript {
  org?: Answer;
  period?: Answer;
  execs?: Answer[];
  ratings?: Answer[];
  afterRatings?: Answer[];
  areas?: Answer[];
  investments?: Answer[];
  criteria?: Answer[];
  /** One answer per proposed action (an empty title leaves it), then more if titled. */
  actions?: Answer[];
  finish?: Answer[];
}

/** Answers for the quick template, in the order the flow asks them. */
export function quick(s: QuickScript = {}): Answer[] {
  return [
    s.org ?? 'Contoso Outfitters',
    s.period ?? '2026',
    'Alex Morgan',
    DEFAULT, // role: CEO
    '', // no facilitator
    ...(s.execs ?? ['Jordan Blake', 'Casey Lin', false]),
    ...(s.ratings ?? Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat()),
    ...(s.afterRatings ?? []),
    ...(s.areas ?? [
      ['mobile-web', 'customer-data-privacy'],
      false,
      'joint',
      'joint',
      DEFAULT,
      'One product team; releases need both signatures.',
      'quarterly',
      'cio',
      'cmo',
      'cio',
      '',
      'monthly',
    ]),
    ...(s.investments ?? [false]),
    ...(s.criteria ?? ['Site availability 99.9%', '', 'Conversion 3.5%', '', 'One board dashboard', '']),
    ...(s.actions ?? ['']),
    ...(s.finish ?? ['write']),
  ];
}

export async function run(ws: ReturnType<typeof workspace>, script: Answer[], options: Partial<InitOptions> = {}) {
  const prompter = new ScriptedPrompter(script);
  let code: number;
  try {
    code = await runInit({ template: 'quick@1', version: 'test', ...options }, ws.io, { prompter });
  } catch (error) {
    code = reportError(error, ws.io, false);
  }
  return { code, prompter };
}

export function written(ws: ReturnType<typeof workspace>, file = 'reviews/2026.yaml'): Review {
  const loaded = loadReview(readFileSync(join(ws.cwd, file)));
  expect(loaded.problems).toEqual([]);
  return loaded.review!;
}
