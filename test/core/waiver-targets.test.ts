/**
 * A waiver's target must name something in the file. A few waivers are looked up item by item,
 * many through the set of every target: both must say the same of every kind of target.
 */
import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateReview } from '../../src/core/validate.js';

const raw = () =>
  jsyaml.load(readFileSync('examples/northwind/2026.yaml', 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as Record<string, unknown>;

function unknownTargets(targets: string[]): string[] {
  const value = raw();
  value.waivers = targets.map((target) => ({
    rule: 'board-reporting',
    target,
    reason: 'R',
    approvedBy: 'D',
    approved: '2026-01-01',
    expires: '2026-12-31',
  }));
  return validateReview(value)
    .problems.filter((p) => p.message.includes('matches no'))
    .map((p) => p.target ?? '');
}

describe('waiver targets', () => {
  const review = validateReview(raw()).review;
  const section = review?.sections[1];
  const question = section?.questions[0];
  const criterion = review?.successCriteria?.joint?.[0];
  const candidates = [
    'cio',
    'cmo',
    'joint',
    'coo',
    Object.keys(review?.executives ?? {}).at(-1) ?? '',
    section?.id ?? '',
    question?.id ?? '',
    `${section?.id}/${question?.id}`,
    `${review?.sections[0]?.id}/${question?.id}`,
    `${section?.id}/`,
    criterion?.id ?? '',
    `joint/${criterion?.id}`,
    `cio/${criterion?.id}`,
    review?.blurredAreas[0]?.id ?? '',
    review?.investments[0]?.id ?? '',
    review?.actions[0]?.id ?? '',
    review?.decisions[0]?.id ?? '',
    'social-media-x',
    'nothing/at/all',
  ];

  it('has one of every kind of target to try', () => {
    expect(section && question && criterion && review.blurredAreas.length && review.investments.length).toBeTruthy();
    expect(review?.actions.length && review.decisions.length).toBeTruthy();
  });

  it.each(candidates.map((c) => [c]))('says the same of %j alone as among nine waivers', (target) => {
    const alone = unknownTargets([target]);
    const many = unknownTargets(Array.from({ length: 9 }, () => target));
    expect(many).toEqual(alone.length ? Array.from({ length: 9 }, () => target) : []);
  });

  it('finds the targets that name nothing', () => {
    expect(unknownTargets(['social-media-x', 'nothing/at/all', `${section?.id}/`, 'cio'])).toEqual([
      'social-media-x',
      'nothing/at/all',
      `${section?.id}/`,
    ]);
  });
});
