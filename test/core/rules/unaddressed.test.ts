import { describe, expect, it } from 'vitest';
import { checkText, doc, findingsOf } from '../../helpers/review-text.js';

const SECTIONS =
  'sections:\n' +
  '  - id: cio-role\n' +
  '    questions:\n' +
  '      - id: accelerated-path\n' +
  '        text: There is an accelerated path for marketing requests.\n' +
  '        ratings: { cio: 4, cmo: 1 }\n' +
  '      - id: shared-roadmap\n' +
  '        text: IT and marketing share one roadmap.\n' +
  '        ratings: { cio: 2, cmo: 3 }\n' +
  '      - id: agreed\n' +
  '        text: Security reviews are on time.\n' +
  '        ratings: { cio: 4, cmo: 4, ceo: 1 }\n' +
  '      - id: not-known\n' +
  '        text: The CMO knows the IT budget.\n' +
  '        ratings: { cio: 1, cmo: unsure }\n';

const AREAS =
  'blurredAreas:\n' +
  '  - id: social\n' +
  '    name: Social media\n' +
  '    owner: cmo\n' +
  '    claims: { cio: cmo, cmo: unsure }\n' +
  '  - id: seo\n' +
  '    name: SEO\n' +
  '    owner: cmo\n' +
  '    claims: { cio: cio, cmo: cmo }\n' +
  '  - id: web\n' +
  '    name: Web support\n' +
  '  - id: email\n' +
  '    name: Email\n' +
  '    owner: cmo\n' +
  '    claims: { cio: cmo, cmo: cmo }\n';

const INVESTMENTS =
  'investments:\n' +
  '  - id: crm\n' +
  '    name: CRM re-platform\n' +
  '    owners: [cio, cmo]\n' +
  '    roi: { metric: cost per acquired customer, target: 38, actual: 41, direction: down }\n' +
  '  - id: site\n' +
  '    name: Website\n' +
  '    owners: [cio, cmo]\n' +
  '    roi: { metric: conversion, target: 0.03, actual: 0.04 }\n';

const BODY = SECTIONS + AREAS + INVESTMENTS;

const ALL_REFS = [
  'question:cio-role/accelerated-path',
  'question:cio-role/shared-roadmap',
  'area:social',
  'area:seo',
  'area:web',
  'investment:crm',
];

const actions = (refs: readonly string[], status = 'open') =>
  `actions:\n  - id: plan\n    title: Agree a plan\n    owner: joint\n    status: ${status}\n    for:\n${refs.map((r) => `      - ${r}\n`).join('')}`;

const unaddressed = (body: string, extra: { gapThreshold?: number } = {}) => findingsOf('unaddressed', body, { sections: '', ...extra });

describe('unaddressed', () => {
  it('accepts a review where an action names every open point', () => {
    expect(unaddressed(BODY + actions(ALL_REFS))).toEqual([]);
  });

  it('warns at each disputed statement, weakness, unconfirmed, contested or orphan area and investment behind target', () => {
    expect(unaddressed(BODY)).toEqual([
      {
        line: 6,
        column: 18,
        severity: 'warn',
        message:
          'the CIO and the CMO disagree on "There is an accelerated path for marketing requests." (gap 3) and no action addresses it; add one whose for names question:cio-role/accelerated-path',
        path: 'sections[0].questions[0].ratings',
        target: 'cio-role/accelerated-path',
      },
      {
        line: 9,
        column: 18,
        severity: 'warn',
        message:
          'the CIO and the CMO rate "IT and marketing share one roadmap." low (2 and 3) and no action addresses it; add one whose for names question:cio-role/shared-roadmap',
        path: 'sections[0].questions[1].ratings',
        target: 'cio-role/shared-roadmap',
      },
      {
        line: 19,
        column: 5,
        severity: 'warn',
        message: 'the owner of "Social media" is not confirmed by the CMO and no action addresses it; add one whose for names area:social',
        path: 'blurredAreas[0].owner',
        target: 'social',
      },
      {
        line: 23,
        column: 5,
        severity: 'warn',
        message:
          'who owns "SEO" is disputed (the CIO says cio, the CMO says cmo, the file records cmo) and no action addresses it; add one whose for names area:seo',
        path: 'blurredAreas[1].owner',
        target: 'seo',
      },
      {
        line: 25,
        column: 5,
        severity: 'warn',
        message: 'nobody owns "Web support" and no action addresses it; add one whose for names area:web',
        path: 'blurredAreas[2]',
        target: 'web',
      },
      {
        line: 35,
        column: 10,
        severity: 'warn',
        message:
          'investment "CRM re-platform" is behind its ROI target (cost per acquired customer is 41 against a target of 38, where lower is better) and no action addresses it; add one whose for names investment:crm',
        path: 'investments[0].roi',
        target: 'crm',
      },
    ]);
  });

  it('names every side that has not confirmed an area', () => {
    const body = 'blurredAreas:\n  - id: social\n    name: Social media\n    owner: cmo\n';
    expect(findingsOf('unaddressed', body)[0]!.message).toBe(
      'the owner of "Social media" is not confirmed by the CIO or the CMO and no action addresses it; add one whose for names area:social',
    );
  });

  it('counts only what an action names: one point left out is still reported', () => {
    expect(unaddressed(BODY + actions(ALL_REFS.filter((r) => r !== 'area:seo'))).map((f) => f.target)).toEqual(['seo']);
  });

  it('does not count a dropped action, but counts a done one', () => {
    expect(unaddressed(BODY + actions(ALL_REFS, 'dropped'))).toHaveLength(6);
    expect(unaddressed(BODY + actions(ALL_REFS, 'done'))).toEqual([]);
  });

  it('follows --gap-threshold: at 4, a gap of 3 is not disputed, and 4 and 1 average as a weakness', () => {
    const [first] = unaddressed(BODY, { gapThreshold: 4 });
    expect(first).toMatchObject({ line: 6, target: 'cio-role/accelerated-path' });
    expect(first!.message).toMatch(/^the CIO and the CMO rate "There is an accelerated path for marketing requests\." low \(4 and 1\)/);
  });

  it('says nothing about a version 1 file, which cannot record actions', () => {
    const { text } = doc(BODY, { sections: '' });
    const v1 = text.replace('schemaVersion: 2', 'schemaVersion: 1');
    expect(checkText(v1).filter((f) => f.rule === 'schema')).toEqual([]);
    expect(checkText(v1).filter((f) => f.rule === 'unaddressed')).toEqual([]);
    expect(checkText(text).filter((f) => f.rule === 'unaddressed')).toHaveLength(6);
  });
});
