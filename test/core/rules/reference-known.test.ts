import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

// The header has one question per section (`q-<section>`) and criteria cio/a, cmo/b, joint/c.
const ITEMS =
  'blurredAreas:\n' +
  '  - id: social-media\n' +
  '    name: Social media\n' +
  '    owner: cmo\n' +
  'investments:\n' +
  '  - id: crm-replatform\n' +
  '    name: CRM re-platform\n' +
  '    owners: [cio, cmo]\n';

/** ITEMS (8 lines), then one action whose `for` starts on line 14. */
const refs = (...forRefs: string[]) =>
  `${ITEMS}actions:\n  - id: plan\n    title: Agree a plan\n    owner: joint\n    for:\n${forRefs.map((r) => `      - ${r}\n`).join('')}`;

const known = (...forRefs: string[]) => findingsOf('reference-known', refs(...forRefs));

describe('reference-known', () => {
  it('accepts references to what the file holds', () => {
    expect(
      known(
        'question:cio-role/q-cio-role',
        'area:social-media',
        'investment:crm-replatform',
        'criterion:joint/c',
        'finding:unanswered/processes/q-processes',
        'finding:unanswered/q-processes',
        'finding:contested-ownership/social-media',
        'finding:roi-behind-target/crm-replatform',
        'finding:criterion-missed/cmo/b',
        'finding:action-overdue/plan',
        'finding:success-criteria/joint',
        'finding:owner-known/coo',
      ),
    ).toEqual([]);
  });

  it('fails at the reference to a question not in its section, suggesting the nearest', () => {
    expect(known('area:social-media', 'question:cio-role/q-cio-rol')).toEqual([
      {
        line: 15,
        column: 9,
        severity: 'error',
        message:
          'action "Agree a plan" is for `question:cio-role/q-cio-rol`, which names nothing in this file: there is no question `q-cio-rol` in cio-role; did you mean `question:cio-role/q-cio-role`?',
        path: 'actions[0].for[1]',
        target: 'plan',
      },
    ]);
  });

  it('says which part is wrong for each kind of reference', () => {
    const found = known(
      'question:cmo-rol/q-cmo-role',
      'question:boundaries/q-cio-role',
      'area:social',
      'investment:crm',
      'criterion:cio/b',
      'finding:contested-ownership/seo',
      'finding:contested/social-media',
    );
    expect(found.map((f) => [f.line, f.column, f.path])).toEqual([
      [14, 9, 'actions[0].for[0]'],
      [15, 9, 'actions[0].for[1]'],
      [16, 9, 'actions[0].for[2]'],
      [17, 9, 'actions[0].for[3]'],
      [18, 9, 'actions[0].for[4]'],
      [19, 9, 'actions[0].for[5]'],
      [20, 9, 'actions[0].for[6]'],
    ]);
    expect(found.map((f) => f.message.replace(/^action "Agree a plan" is for `[^`]+`, which names nothing in this file: /, ''))).toEqual([
      'there is no section `cmo-rol`; did you mean `question:cmo-role/q-cmo-role`?',
      'there is no question `q-cio-role` in boundaries',
      'there is no blurred area `social`',
      'there is no investment `crm`',
      'there is no success criterion `b` for cio; did you mean `criterion:cio/a`?',
      '`seo` is no id in this file',
      '`contested` is not a check rule',
    ]);
  });

  it('suggests the nearest area, investment and finding', () => {
    const found = known('area:social-medai', 'investment:crm-replatfrom', 'finding:contested-ownershp/social-meda');
    expect(found.map((f) => f.message.replace(/.*; did you mean /, ''))).toEqual([
      '`area:social-media`?',
      '`investment:crm-replatform`?',
      '`finding:contested-ownership/social-media`?',
    ]);
  });

  it('suggests nothing when there are more than 200 candidates, so a check stays linear', () => {
    const areas = Array.from({ length: 201 }, (_, i) => `  - { id: area-${i}, name: Area ${i}, owner: cmo }\n`).join('');
    const body = `blurredAreas:\n${areas}actions:\n  - { id: plan, title: Agree a plan, owner: joint, for: ['area:area-1x'] }\n`;
    expect(findingsOf('reference-known', body)).toEqual([
      {
        line: 204,
        column: 58,
        severity: 'error',
        message: 'action "Agree a plan" is for `area:area-1x`, which names nothing in this file: there is no blurred area `area-1x`',
        path: 'actions[0].for[0]',
        target: 'plan',
      },
    ]);
    const few = `blurredAreas:\n${areas.split('\n').slice(0, 200).join('\n')}\nactions:\n  - { id: plan, title: Agree a plan, owner: joint, for: ['area:area-1x'] }\n`;
    expect(findingsOf('reference-known', few)[0]!.message).toContain('did you mean `area:area-1`?');
  });
});
