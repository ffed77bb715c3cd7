/** The actions a workshop proposes from the findings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import { behindTarget, proposeActions } from '../../src/core/proposals.js';
import { scoreReview } from '../../src/core/score.js';
import { ROOT } from '../helpers/cli.js';

describe('proposed actions', () => {
  const review = loadReview(readFileSync(join(ROOT, 'examples/northwind/2026.yaml'))).review!;
  const score = scoreReview(review);

  it('proposes one for each disputed statement, weakness and area not agreed, disputes first', () => {
    const proposals = proposeActions(score, review.investments);
    const disputed = score.sections.flatMap((s) =>
      s.questions.filter((q) => q.class === 'disputed').map((q) => `question:${s.id}/${q.id}`),
    );
    const weak = score.sections.flatMap((s) => s.questions.filter((q) => q.class === 'weakness').map((q) => `question:${s.id}/${q.id}`));
    const areas = score.areas.filter((a) => a.status !== 'agreed').map((a) => `area:${a.id}`);
    const behind = review.investments.filter((i) => behindTarget(i.roi)).map((i) => `investment:${i.id}`);
    expect(disputed.length * areas.length * behind.length).toBeGreaterThan(0);
    expect(proposals.map((p) => p.ref)).toEqual([...disputed, ...areas, ...behind, ...weak]);
    expect(proposals.find((p) => p.kind === 'area')?.about).toMatch(/disagree on the owner|not confirmed|no owner|no agreed process/);
  });

  it('leaves out what an action already addresses', () => {
    const all = proposeActions(score, review.investments);
    const rest = proposeActions(score, review.investments, new Set([all[0]!.ref]));
    expect(rest.map((p) => p.ref)).toEqual(all.slice(1).map((p) => p.ref));
  });

  it('judges ROI in its direction', () => {
    expect(behindTarget({ target: 0.18, actual: 0.11 })).toBe(true);
    expect(behindTarget({ target: 38, actual: 41, direction: 'down' })).toBe(true);
    expect(behindTarget({ target: 38, actual: 35, direction: 'down' })).toBe(false);
    expect(behindTarget({ target: 38 })).toBe(false);
    const proposals = proposeActions(score, [{ id: 'crm', name: 'CRM', roi: { target: 52, actual: 41, direction: 'up' } }]);
    expect(proposals.filter((p) => p.kind === 'investment')).toEqual([
      { ref: 'investment:crm', kind: 'investment', about: 'CRM: the return is 41 against a target of 52' },
    ]);
  });
});
