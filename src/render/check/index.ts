import { renderCheckGithub } from './github.js';
import { renderCheckJson } from './json.js';
import { renderCheckJunit } from './junit.js';
import type { CheckFormatter } from './model.js';
import { renderCheckSarif } from './sarif.js';
import { renderCheckText } from './text.js';

/** Every `review check --format`. Adding a format: one file and one line here. */
export const CHECK_FORMATS = {
  text: renderCheckText,
  json: renderCheckJson,
  github: renderCheckGithub,
  junit: renderCheckJunit,
  sarif: renderCheckSarif,
} satisfies Record<string, CheckFormatter>;

export type CheckFormat = keyof typeof CHECK_FORMATS;
