import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import type { Review } from '../../src/core/schema.js';
import { SECTION_IDS } from '../../src/core/schema.js';
import { bandOf, scoreReview } from '../../src/core/score.js';

function example(year: number): Review {
  const loaded = loadReview(readFileSync(new URL(`../../examples/northwind/${year}.yaml`, import.meta.url)));
  expect(loaded.problems).toEqual([]);
  return loaded.review!;
}

describe('scoreReview: worked examples', () => {
  it('scores Northwind 2026 as computed by hand', () => {
    const s = scoreReview(example(2026));
    // 25 questions, gaps summing to 18: 100 × (1 − 0.72 / 4) = 82.
    expect(s.ratedByBoth).toBe(25);
    expect(s.gapSum).toBe(18);
    expect(s.perceptionAlignment).toBeCloseTo(82, 10);
    // Seven areas, one contested: 6.5 / 7.
    expect(s.ownershipClarity).toBeCloseTo((100 * 6.5) / 7, 10);
    // (1 + 1 + 0.75) / 3.
    expect(s.investmentJointness).toBeCloseTo((100 * 2.75) / 3, 10);
    // (82 + 92.857 + 91.667) / 3 = 88.84.
    expect(s.alignmentIndex).toBe(88.8);
    expect(s.band).toBe('aligned');
    const cio = s.sections.find((x) => x.id === 'cio-role')!;
    expect(cio).toMatchObject({ ratedByBoth: 5, gapSum: 5, meanGap: 1, perceptionAlignment: 75, maturity: 62.5, cioMean: 4, cmoMean: 3, ceoMean: 3.6 });
    expect(s.areas.find((a) => a.id === 'marketing-automation')).toMatchObject({ status: 'contested', credit: 0.5 });
    expect(s.kappa.value).toBeCloseTo(-0.1627906977, 9);
  });

  it('scores Northwind 2025 lower, with its orphans', () => {
    const s = scoreReview(example(2025));
    expect(s.alignmentIndex).toBeLessThan(scoreReview(example(2026)).alignmentIndex!);
    expect(s.areas.filter((a) => a.status === 'orphan').map((a) => a.id)).toEqual(['customer-data-privacy', 'vendor-selection']);
    expect(s.areas.find((a) => a.id === 'analytics-insight')?.status).toBe('joint-without-process');
    // Clarity: seo agreed 1, mobile contested 0.5, privacy 0, automation contested 0.5, analytics 0.5, vendor 0.
    expect(s.ownershipClarity).toBeCloseTo((100 * 2.5) / 6, 10);
    // crm: cio only, no joint reporting, no target = 0; app: both, not joint reporting, no ROI = 0.5.
    expect(s.investmentJointness).toBeCloseTo(25, 10);
  });

  it('leaves out a part with nothing to score', () => {
    const r = example(2026);
    const s = scoreReview({ ...r, blurredAreas: [], investments: [] });
    expect(s.ownershipClarity).toBeNull();
    expect(s.investmentJointness).toBeNull();
    expect(s.alignmentIndex).toBe(82);
    const none = scoreReview({ ...r, sections: r.sections.map((x) => ({ ...x, questions: [] })), blurredAreas: [], investments: [] });
    expect(none).toMatchObject({ alignmentIndex: null, band: null, perceptionAlignment: null });
  });

  it('marks questions misaligned at the threshold', () => {
    const s = scoreReview(example(2026), 2);
    expect(s.sections.flatMap((x) => x.questions).filter((q) => q.misaligned).map((q) => q.id)).toEqual(['accelerated-path', 'works-within-governance', 'non-functional-kept']);
    expect(scoreReview(example(2026), 3).sections.flatMap((x) => x.questions).filter((q) => q.misaligned)).toEqual([]);
  });

  it.each([
    [80, 'aligned'],
    [79.9, 'watch'],
    [60, 'watch'],
    [59.9, 'misaligned'],
  ] as const)('puts %s in the %s band', (index, band) => {
    expect(bandOf(index)).toBe(band);
  });
});

// Generated reviews for the properties of DESIGN.md.
const rating = fc.integer({ min: 1, max: 5 });
const question = fc.record({ cio: fc.option(rating, { nil: undefined }), cmo: fc.option(rating, { nil: undefined }), ceo: fc.option(rating, { nil: undefined }) });
const owner = fc.constantFrom('cio', 'cmo', 'joint', 'coo', 'tbd', undefined);
const area = fc.record({ owner, cio: owner, cmo: owner, process: fc.option(fc.constant('Weekly triage'), { nil: undefined }) });
const investment = fc.record({ owners: fc.subarray(['cio', 'cmo', 'coo']), jointReporting: fc.boolean(), target: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) });
const generated = fc.record({
  sections: fc.tuple(...SECTION_IDS.map(() => fc.array(question, { maxLength: 6 }))),
  areas: fc.array(area, { maxLength: 6 }),
  investments: fc.array(investment, { maxLength: 4 }),
});

type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

function build(g: Generated): Review {
  return {
    schemaVersion: 1,
    organisation: 'Generated',
    period: 2026,
    executives: { cio: { name: 'A' }, cmo: { name: 'B' }, coo: { name: 'C' } },
    sections: SECTION_IDS.map((id, s) => ({
      id,
      questions: g.sections[s].map((r, i) => ({ id: `q${i}`, text: 'T', ratings: Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) })),
    })),
    blurredAreas: g.areas.map((a, i) => ({
      id: `a${i}`,
      name: `A${i}`,
      owner: a.owner,
      claims: Object.fromEntries(Object.entries({ cio: a.cio, cmo: a.cmo }).filter(([, v]) => v !== undefined)) as Record<string, string>,
      process: a.process,
    })),
    investments: g.investments.map((inv, i) => ({ id: `i${i}`, name: `I${i}`, owners: inv.owners, jointReporting: inv.jointReporting, roi: inv.target === undefined ? undefined : { metric: 'm', target: inv.target } })),
    waivers: [],
  } as Review;
}

const headline = (r: Review) => {
  const s = scoreReview(r);
  return [s.alignmentIndex, s.perceptionAlignment, s.ownershipClarity, s.investmentJointness, s.kappa.value, s.kappa.n];
};

describe('scoreReview: properties', () => {
  it('scores identical answers, agreed owners and fully joint investments 100', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const r = build(g);
        for (const s of r.sections) for (const q of s.questions) q.ratings = { cio: q.ratings?.cio ?? 3, cmo: q.ratings?.cio ?? 3 };
        r.blurredAreas = r.blurredAreas.map((a) => ({ ...a, owner: 'cio', claims: { cio: 'cio', cmo: 'cio' } }));
        r.investments = r.investments.map((inv) => ({ ...inv, owners: ['cio', 'cmo'], jointReporting: true, roi: { metric: 'm', target: 1 } }));
        const s = scoreReview(r);
        for (const part of [s.perceptionAlignment, s.ownershipClarity, s.investmentJointness, s.alignmentIndex]) if (part !== null) expect(part).toBe(100);
        for (const sec of s.sections) if (sec.perceptionAlignment !== null) expect(sec.perceptionAlignment).toBe(100);
      }),
      { numRuns: 300 },
    );
  });

  it('never raises a score when a gap widens', () => {
    fc.assert(
      fc.property(generated, fc.nat(), (g, pick) => {
        const r = build(g);
        const both = r.sections.flatMap((s) => s.questions.filter((q) => q.ratings?.cio !== undefined && q.ratings?.cmo !== undefined));
        fc.pre(both.length > 0);
        const q = both[pick % both.length];
        const { cio, cmo } = q.ratings as { cio: number; cmo: number };
        // Move the CMO one step away from the CIO, if the scale allows.
        const wider = cmo >= cio ? cmo + 1 : cmo - 1;
        fc.pre(wider >= 1 && wider <= 5);
        const before = scoreReview(r);
        q.ratings = { ...q.ratings, cmo: wider };
        const after = scoreReview(r);
        expect(after.perceptionAlignment!).toBeLessThanOrEqual(before.perceptionAlignment!);
        expect(after.alignmentIndex!).toBeLessThanOrEqual(before.alignmentIndex!);
        after.sections.forEach((s, i) => {
          if (s.perceptionAlignment !== null) expect(s.perceptionAlignment).toBeLessThanOrEqual(before.sections[i].perceptionAlignment!);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is unchanged by reordering questions, areas and investments', () => {
    fc.assert(
      fc.property(generated, fc.infiniteStream(fc.nat()), (g, seeds) => {
        const r = build(g);
        const shuffle = <T,>(xs: T[]): T[] => xs.map((x) => [seeds.next().value as number, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
        const shuffled: Review = {
          ...r,
          sections: shuffle(r.sections.map((s) => ({ ...s, questions: shuffle(s.questions) }))),
          blurredAreas: shuffle(r.blurredAreas),
          investments: shuffle(r.investments),
        };
        expect(headline(shuffled)).toEqual(headline(r));
        const byId = <T extends { id: string }>(xs: T[]) => Object.fromEntries(xs.map((x) => [x.id, x]));
        expect(byId(scoreReview(shuffled).areas)).toEqual(byId(scoreReview(r).areas));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same file, every time', () => {
    fc.assert(
      fc.property(generated, (g) => {
        expect(scoreReview(build(g))).toEqual(scoreReview(build(g)));
      }),
      { numRuns: 100 },
    );
  });
});
