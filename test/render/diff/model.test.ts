/**
 * One diff model, walked by every writer: a diff with one change of every kind, each carrying a
 * marker word, must show every marker in text, markdown and json. A writer that drops a kind of
 * change (as markdown once dropped executives and new statements) fails here.
 */
import { describe, expect, it } from 'vitest';
import type { ReviewDiff } from '../../../src/core/diff.js';
import { DIFF_FORMATS } from '../../../src/render/diff/index.js';
import { SHOWN_IN, diffParts } from '../../../src/render/diff/model.js';
import { plain } from '../../../src/render/paint.js';

const side = (file: string, period: string) => ({
  file,
  organisation: 'Acme',
  period,
  verdict: 'divided' as const,
  maturity: 3,
  consensus: 50,
  ownership: 60,
  template: null,
});
const question = (id: string, text: string, change: ReviewDiff['questions'][number]['change']) => ({
  section: 'cio-role',
  id,
  text,
  change,
  fromGap: change === 'added' ? null : 1,
  toGap: change === 'removed' ? null : 3,
  fromClass: 'neutral' as const,
  toClass: change === 'widened' ? ('disputed' as const) : ('neutral' as const),
  from: { cio: 3, cmo: 2 },
  to: { cio: 4, cmo: 1 },
});

/** Every list holds one changed entry; each marker names the kind it belongs to. */
const EVERY_KIND: ReviewDiff = {
  from: side('2025.yaml', '2025'),
  to: side('2026.yaml', '2026'),
  deltas: { maturity: 0.5, consensus: -10, ownership: 5 },
  kappa: { from: null, to: null },
  gapThreshold: 2,
  sections: [
    {
      id: 'cio-role',
      title: 'MarkSection',
      change: 'modified',
      from: { n: 3, maturity: 3, consensus: 50 },
      to: { n: 3, maturity: 3.5, consensus: 40 },
      maturityDelta: 0.5,
      consensusDelta: -10,
    },
  ],
  questions: [
    question('mark-widened', 'MarkWidened statement', 'widened'),
    question('mark-added', 'MarkAdded statement', 'added'),
    question('mark-removed', 'MarkRemoved statement', 'removed'),
  ],
  replaced: [
    {
      section: 'cio-role',
      id: 'q0',
      text: 'MarkReplaced earlier statement',
      kind: 'retired',
      successors: [],
      comparable: false,
      message: 'MarkReplacedMessage',
    },
  ],
  areas: [
    {
      id: 'web',
      name: 'MarkArea',
      change: 'modified',
      fromOwner: 'CIO',
      toOwner: 'CMO',
      fromStatus: 'agreed',
      toStatus: 'contested',
      details: [],
    },
  ],
  investments: [{ id: 'crm', name: 'MarkInvestment', change: 'added', fromJointness: null, toJointness: 1, changes: [] }],
  executives: [{ key: 'coo', change: 'modified', from: 'MarkOldExecutive', to: 'MarkNewExecutive' }],
  successCriteria: [{ who: 'joint', id: 'c1', text: 'MarkCriterion', change: 'modified', fromStatus: 'open', toStatus: 'met' }],
  actions: [{ id: 'a1', title: 'MarkAction', change: 'added', fromStatus: null, toStatus: 'open', due: '2026-09-30', overdue: false }],
  decisions: [{ id: 'd1', ask: 'MarkDecision', change: 'modified', fromOutcome: null, toOutcome: 'approved' }],
  regressions: [{ kind: 'area-contested', target: 'web', message: 'MarkRegression' }],
  warnings: ['MarkWarning'],
  identical: false,
};

const MARKERS = [
  'MarkSection',
  'MarkWidened',
  'MarkAdded',
  'MarkRemoved',
  'MarkReplacedMessage',
  'MarkArea',
  'MarkInvestment',
  'MarkNewExecutive',
  'MarkCriterion',
  'MarkAction',
  'MarkDecision',
  'MarkRegression',
];

const STATEMENT_IDS: Record<string, string> = { MarkWidened: 'mark-widened', MarkAdded: 'mark-added', MarkRemoved: 'mark-removed' };

const render = async (format: keyof typeof DIFF_FORMATS, d: ReviewDiff) => (await DIFF_FORMATS[format]())(d, { paint: plain });

describe('the diff model', () => {
  it('gives every field of the diff a part, and every part reaches the walk', () => {
    expect(Object.keys(SHOWN_IN).sort()).toEqual(Object.keys(EVERY_KIND).sort());
    const kinds = diffParts(EVERY_KIND).map((p) => p.kind);
    for (const shownIn of new Set(Object.values(SHOWN_IN))) if (shownIn !== 'title') expect(kinds).toContain(shownIn);
  });

  it('leaves out optional parts that hold nothing, and keeps sections, gaps and areas', () => {
    const empty: ReviewDiff = {
      ...EVERY_KIND,
      questions: [],
      replaced: [],
      investments: [],
      executives: [],
      successCriteria: [],
      actions: [],
      decisions: [],
      regressions: [],
      areas: [],
    };
    expect(diffParts(empty).map((p) => p.kind)).toEqual(['warnings', 'headline', 'sections', 'gaps', 'areas']);
  });

  for (const format of Object.keys(DIFF_FORMATS) as (keyof typeof DIFF_FORMATS)[]) {
    it(`${format} shows every kind of change`, async () => {
      const out = await render(format, EVERY_KIND);
      // JSON names statements by id (the contract leaves their text to the review file).
      const markers = format === 'json' ? MARKERS.map((m) => STATEMENT_IDS[m] ?? m) : MARKERS;
      for (const marker of markers) expect(out, `${format} dropped ${marker}`).toContain(marker);
    });
  }

  it('markdown says the warnings in the document; text leaves them to the command (standard error)', async () => {
    expect(await render('markdown', EVERY_KIND)).toContain('> **Note:** MarkWarning');
    expect(await render('text', EVERY_KIND)).not.toContain('MarkWarning');
  });

  it('says "no change" for an identical pair, in text and markdown', async () => {
    const same = { ...EVERY_KIND, identical: true };
    expect(await render('text', same)).toBe('Acme: 2025 → 2026   (2025.yaml → 2026.yaml)\n\n  No change: the two reviews say the same.\n');
    expect(await render('markdown', same)).toBe(
      '## Acme: 2025 → 2026\n\n> **Note:** MarkWarning\n\nNo change: the two reviews say the same.\n',
    );
  });

  it("counts a template's many new statements in text instead of listing them", async () => {
    const many = Array.from({ length: 11 }, (_, i) => question(`n${i}`, `MarkNew${i}`, 'added'));
    const d: ReviewDiff = { ...EVERY_KIND, to: { ...EVERY_KIND.to, template: 'five-point@2' }, questions: many };
    const text = await render('text', d);
    expect(text).toContain('  added    11 statements not asked last time (five-point@2); --format markdown or json lists them');
    expect(text).not.toContain('MarkNew0');
    expect(await render('markdown', d)).toContain('MarkNew10');
  });
});
