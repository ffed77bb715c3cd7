/**
 * Format names come from the renderer records alone: each command's --format choices are the
 * record's keys, every entry loads a renderer, and an index loads nothing until a format is used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { CHECK_FORMATS } from '../../src/render/check/index.js';
import { DIFF_FORMATS } from '../../src/render/diff/index.js';
import { REPORT_FORMATS } from '../../src/render/report/index.js';
import { RULES_FORMATS } from '../../src/render/rules/index.js';
import { SCORE_FORMATS } from '../../src/render/score/index.js';
import { ROOT } from '../helpers/cli.js';
import { fakeIO } from '../helpers/fake-io.js';

const RECORDS: [string, string, Record<string, () => Promise<unknown>>][] = [
  ['check', 'check', CHECK_FORMATS],
  ['score', 'score', SCORE_FORMATS],
  ['diff', 'diff', DIFF_FORMATS],
  ['report', 'report', REPORT_FORMATS],
  ['rules', 'rules', RULES_FORMATS],
];

describe('format records', () => {
  it.each(RECORDS)('review %s --help offers exactly the formats of its record', async (command, folder, record) => {
    const { io, out } = fakeIO(ROOT);
    expect(await main([command, '--help'], io)).toBe(0);
    const line = out()
      .split('\n')
      .find((l) => l.includes('--format'))!;
    // Commander wraps long option lines; the choices sit together on the flag's paragraph.
    const paragraph = out()
      .slice(out().indexOf(line))
      .split(/\n {2}-/)[0]!
      .replace(/\s+/g, ' ');
    const choices = [.../choices: (.*?)(?:, default: |\))/.exec(paragraph)![1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(choices).toEqual(Object.keys(record));
    for (const [name, load] of Object.entries(record)) expect(typeof (await load()), `${folder} ${name}`).toBe('function');
  });

  it.each(RECORDS.map(([, folder]) => folder))('render/%s/index.ts imports no renderer at load time (only types)', (folder) => {
    const text = readFileSync(join(ROOT, 'src/render', folder, 'index.ts'), 'utf8');
    const staticImports = [...text.matchAll(/^import (?!type )[^\n]*$/gm)].map((m) => m[0]);
    expect(staticImports).toEqual([]);
  });
});
