/** Every schemaVersion 2 field survives `init --answers` and `merge`, and reads back the same. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const dir = tempDir('review-v2-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(file: string) {
  const loaded = loadReview(readFileSync(file));
  expect(loaded.problems).toEqual([]);
  return loaded.review!;
}

describe('schemaVersion 2 fields through init --answers and merge', () => {
  it('init --answers carries unsure and n/a, per-side notes, the facilitator, ROI direction, criteria, actions and decisions', async () => {
    const out = join(dir, '2027.yaml');
    const r = await run(['init', '--template', 'five-point@1', '--answers', join(ROOT, 'test/fixtures/v2/answers.yaml'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const review = read(out);
    expect(review.schemaVersion).toBe(2);
    expect(review.facilitator).toEqual({ name: 'Helena Marsh', organisation: 'Marsh Advisory' });
    const q = review.sections[0]!.questions;
    expect(q.find((x) => x.id === 'external-customer-boundary')).toMatchObject({
      ratings: { cio: 4, cmo: 2, ceo: 'unsure' },
      notes: { cio: 'Written down in June.', cmo: 'Nobody on my team has seen it.' },
    });
    expect(q.find((x) => x.id === 'accelerated-path')?.ratings).toEqual({ cio: 'n/a', cmo: 3 });
    expect(review.blurredAreas[0]!.claims).toEqual({ cio: 'joint', cmo: 'unsure' });
    expect(review.investments[0]!.roi).toEqual({
      metric: 'cost per acquired customer',
      baseline: 52,
      target: 38,
      actual: 41,
      direction: 'down',
      due: '2027-12-31',
    });
    expect(review.successCriteria?.joint?.[0]).toMatchObject({ id: 'dashboard', target: 12, actual: 9, status: 'open' });
    expect(review.actions).toEqual([
      {
        id: 'boundary-note',
        title: 'Publish the web support split to both teams',
        owner: 'cio',
        due: '2027-03-31',
        status: 'open',
        for: ['question:cio-role/external-customer-boundary'],
      },
    ]);
    expect(review.decisions).toEqual([
      { id: 'cdp-phase-two', ask: 'Fund the second phase of the customer data platform', by: '2027-06-30' },
    ]);
    const text = readFileSync(out, 'utf8');
    expect(text.indexOf('actions:')).toBeGreaterThan(text.indexOf('successCriteria:'));
    expect(text.indexOf('decisions:')).toBeGreaterThan(text.indexOf('actions:'));
  });

  it("merge keeps each side's evidence, and actions and decisions from either file", async () => {
    const base = readFileSync(join(ROOT, 'examples/northwind/2027.yaml'), 'utf8');
    const cio = base
      .replace(/\n {10}cmo: Both launches went live on time and nothing failed\./, '')
      .replace(/\ndecisions:[\s\S]*?\n\n/, '\n\n');
    const cmo = base
      .replace(/\n {10}cio: The launch checklist was skipped twice under campaign deadlines\./, '')
      .replace(/\nactions:[\s\S]*?\n\n/, '\n\n');
    writeFileSync(join(dir, 'cio.yaml'), cio);
    writeFileSync(join(dir, 'cmo.yaml'), cmo);
    const out = join(dir, 'merged.yaml');
    const r = await run(['merge', join(dir, 'cio.yaml'), join(dir, 'cmo.yaml'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const merged = read(out);
    const original = read(join(ROOT, 'examples/northwind/2027.yaml'));
    const kept = merged.sections[3]!.questions.find((q) => q.id === 'non-functional-kept');
    expect(kept?.notes).toEqual({
      cio: 'The launch checklist was skipped twice under campaign deadlines.',
      cmo: 'Both launches went live on time and nothing failed.',
    });
    expect(merged.actions).toEqual(original.actions);
    expect(merged.decisions).toEqual(original.decisions);
    expect(merged.successCriteria).toEqual(original.successCriteria);
    expect(merged.facilitator).toEqual(original.facilitator);
  });
});
