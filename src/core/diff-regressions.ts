/**
 * The regressions a diff reports: what got worse from one review to the next (a verdict, a
 * measure, a section, an area, a statement, an investment). `check --since` fails on these.
 */
import type { AreaDiff, QuestionDiff, Regression, SectionDiff } from './diff-types.js';
import { present } from './present.js';
import { MIN_SECTION_N, roundedMeasures, type ScoreResult, type Verdict } from './score.js';

const VERDICT_RANK: Record<Verdict, number | null> = {
  partnership: 2,
  divided: 1,
  'shared-concern': 1,
  'at-odds': 0,
  'not-enough-answers': null,
};

/** A figure a regression compares: present whenever its delta is (a delta needs both ends). */
const fixed1 = (v: number | null): string => present(v, 'a figure behind a delta').toFixed(1);

/** What got worse between two reviews, in the order the contract lists them. */
export function findRegressions(
  a: ScoreResult,
  b: ScoreResult,
  sections: SectionDiff[],
  areas: AreaDiff[],
  questions: QuestionDiff[],
): Regression[] {
  return [
    ...overallRegressions(a, b),
    ...sectionRegressions(sections),
    ...areaRegressions(areas),
    ...statementRegressions(questions),
    ...investmentRegressions(a, b),
  ];
}

function overallRegressions(a: ScoreResult, b: ScoreResult): Regression[] {
  const regressions: Regression[] = [];
  const ra = VERDICT_RANK[a.verdict];
  const rb = VERDICT_RANK[b.verdict];
  if (ra !== null && (rb === null || rb < ra)) {
    regressions.push({ kind: 'verdict-worsened', message: `the verdict went from ${a.verdict} to ${b.verdict}` });
  }
  for (const [label, key] of [
    ['maturity', 'maturity'],
    ['consensus', 'consensus'],
    ['ownership', 'ownership'],
  ] as const) {
    const was = roundedMeasures(a)[key];
    const now = roundedMeasures(b)[key];
    if (was !== null && now === null)
      regressions.push({
        kind: 'measure-lost',
        target: label,
        message: `${label} was scored last time (${was.toFixed(1)}) and has nothing to score now`,
      });
  }
  return regressions;
}

function sectionRegressions(sections: SectionDiff[]): Regression[] {
  const regressions: Regression[] = [];
  for (const s of sections) {
    if (!s.from || !s.to || s.from.n < MIN_SECTION_N || s.to.n < MIN_SECTION_N) continue;
    if (s.maturityDelta !== null && s.maturityDelta <= -0.5) {
      regressions.push({
        kind: 'section-maturity-fell',
        target: s.id,
        message: `maturity of "${s.title}" fell from ${fixed1(s.from.maturity)} to ${fixed1(s.to.maturity)}`,
      });
    }
    if (s.consensusDelta !== null && s.consensusDelta <= -20) {
      regressions.push({
        kind: 'section-consensus-fell',
        target: s.id,
        message: `consensus on "${s.title}" fell from ${fixed1(s.from.consensus)} to ${fixed1(s.to.consensus)}`,
      });
    }
  }
  return regressions;
}

function areaRegressions(areas: AreaDiff[]): Regression[] {
  const regressions: Regression[] = [];
  for (const area of areas) {
    if (area.change === 'removed' && area.fromStatus === 'orphan') {
      regressions.push({
        kind: 'orphan-area-removed',
        target: area.id,
        message: `"${area.name}" had no owner and was removed instead of being given one`,
      });
    } else if (area.fromStatus && area.fromStatus !== 'orphan' && area.toStatus === 'orphan') {
      regressions.push({ kind: 'area-lost-owner', target: area.id, message: `"${area.name}" lost its owner (was ${area.fromOwner})` });
    } else if (area.fromStatus && area.fromStatus !== 'contested' && area.toStatus === 'contested') {
      regressions.push({
        kind: 'area-contested',
        target: area.id,
        message: `"${area.name}" became contested: the CIO and the CMO disagree on the owner`,
      });
    }
  }
  return regressions;
}

function statementRegressions(questions: QuestionDiff[]): Regression[] {
  const regressions: Regression[] = [];
  for (const q of questions) {
    if (q.toClass === 'disputed' && q.fromClass !== 'disputed' && q.fromGap !== null && q.toGap !== null && q.toGap - q.fromGap >= 2) {
      regressions.push({
        kind: 'statement-disputed',
        target: `${q.section}/${q.id}`,
        message: `the CIO and the CMO now disagree on "${q.text}" (gap ${q.fromGap} → ${q.toGap})`,
      });
    }
  }
  return regressions;
}

function investmentRegressions(a: ScoreResult, b: ScoreResult): Regression[] {
  const regressions: Regression[] = [];
  const later = new Map(b.investments.map((i) => [i.id, i]));
  for (const x of a.investments) {
    const y = later.get(x.id);
    if (!y) continue;
    if (x.ownedByBoth && !y.ownedByBoth)
      regressions.push({
        kind: 'investment-lost-joint-ownership',
        target: y.id,
        message: `"${y.name}" is no longer owned by both the CIO and the CMO`,
      });
    if (x.jointReporting && !y.jointReporting)
      regressions.push({ kind: 'investment-lost-joint-reporting', target: y.id, message: `"${y.name}" is no longer reported jointly` });
  }
  return regressions;
}
