/** `review rules [id]`, run in-process: what a user sees, in each format, and the exit codes. */
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { main } from '../../src/main.js';
import { ROOT } from '../helpers/cli.js';
import { fakeIO } from '../helpers/fake-io.js';

async function rules(...args: string[]) {
  const { io, out, err } = fakeIO(ROOT);
  const code = await main(['rules', ...args], io);
  return { code, out: out(), err: err() };
}

describe('review rules', () => {
  it('lists every rule with its severity, what it checks, why it matters and how to fix it', async () => {
    const r = await rules();
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const id of RULE_IDS) expect(r.out).toMatch(new RegExp(`^${id}  (error|warn|off)$`, 'm'));
    expect(r.out.match(/Why it matters\./g)).toHaveLength(RULE_IDS.length);
    expect(r.out.match(/How to fix it\./g)).toHaveLength(RULE_IDS.length);
  });

  it('shows one rule, with its example', async () => {
    const r = await rules('waiver-too-long');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^waiver-too-long {2}error\n/);
    expect(r.out).toContain('How to fix it. Give the waiver the date it was approved');
    expect(r.out).toContain('        approved: 2026-01-15');
    expect(r.out).not.toContain('blurred-area-owner');
  });

  it('refuses an unknown id with exit 2 and the nearest known one', async () => {
    const r = await rules('blured-area-owner');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('review: unknown rule `blured-area-owner`; did you mean `blurred-area-owner`? (`review rules` lists them all)\n');
    const far = await rules('zzzz');
    expect(far.code).toBe(2);
    expect(far.err).toBe('review: unknown rule `zzzz` (`review rules` lists them all)\n');
  });

  it('shows a hostile id as visible escapes', async () => {
    const r = await rules('evil\u001b[31m\u202e');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown rule `evil\\x1B[31m\\u202E`');
    expect(r.err).not.toContain('\u001b');
  });

  it('gives JSON with a version, each rule as data', async () => {
    const all = JSON.parse((await rules('--format', 'json')).out);
    expect(all.version).toBe(1);
    expect(all.rules.map((x: { id: string }) => x.id).sort()).toEqual([...RULE_IDS].sort());
    const one = JSON.parse((await rules('max-gap', '--format', 'json')).out);
    expect(one.rules).toHaveLength(1);
    expect(one.rules[0]).toMatchObject({
      id: 'max-gap',
      defaultSeverity: 'off',
      description: expect.stringContaining('--max-gap'),
      rationale: expect.any(String),
      remedy: expect.any(String),
    });
  });

  it('gives Markdown: the page docs/rules/<id>.md holds', async () => {
    const r = await rules('board-reporting', '--format', 'markdown');
    expect(r.out).toMatch(/^# `board-reporting`\n\nDefault severity: \*\*warn\*\*\.\n/);
    expect(r.out).toContain('```yaml\n    boardReporting: quarterly\n```');
    const all = await rules('--format', 'markdown');
    expect(all.out).toContain('| [`schema`](rules/schema.md) | error |');
  });

  it('colours without changing the words or where lines break', async () => {
    const plain = await rules();
    const { io, out } = fakeIO(ROOT, { env: { FORCE_COLOR: '1' } });
    expect(await main(['rules'], io)).toBe(0);
    expect(out()).toContain('\u001b[1mWhy it matters.\u001b[22m');
    expect(out().replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.out);
  });

  it('refuses an unknown format with exit 2', async () => {
    const r = await rules('--format', 'html');
    expect(r.code).toBe(2);
    expect(r.err).toContain("argument 'html' is invalid. Allowed choices are text, json, markdown.");
  });

  it('documents itself with examples, and check --help lists the rules from their data', async () => {
    const help = await rules('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('$ review rules blurred-area-owner');
    const { io, out } = fakeIO(ROOT);
    expect(await main(['check', '--help'], io)).toBe(0);
    const paragraph = out().slice(out().indexOf('Rules by default severity'));
    for (const id of RULE_IDS) expect(paragraph).toContain(id);
    expect(paragraph).toMatch(/off until --max-gap \/ --min turn them on: max-gap, min-score/);
    const viaHelp = fakeIO(ROOT);
    await main(['help', 'check'], viaHelp.io);
    expect(viaHelp.out()).toContain('error: schema, empty-review, blurred-area-owner');
  });
});
