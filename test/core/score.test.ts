/**
 * The scoring model, version 2, against a second implementation written here from DESIGN.md's
 * words (not from src/core/score.ts), on the bundled examples and on generated reviews; then the
 * properties DESIGN.md requires, each over at least 1,000 generated reviews.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import type { Review } from '../../src/core/schema.js';
import { SECTION_IDS } from '../../src/core/schema.js';
import { biasSentence, scoreReview } from '../../src/core/score.js';
import { serializeReview } from '../../src/core/serialize.js';

function example(name: string): Review {
  const loaded = loadReview(readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url)));
  expect(loaded.problems).toEqual([]);
  return loaded.review!;
}

// ---------------------------------------------------------------------------------------------
// The second implementation: DESIGN.md "Scoring model, version 2", written plainly.
// ---------------------------------------------------------------------------------------------
const PLACEHOLDERS = ['tbd', 'tbc', 'unknown', 'none', 'nobody', 'n/a', 'pending', 'unassigned', '-', '?'];
const isNum = (v: unknown): v is number => typeof v === 'number';
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const one = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

function oracle(r: Review) {
  const both: { section: string; cio: number; cmo: number }[] = [];
  for (const s of r.sections)
    for (const q of s.questions) {
      const { cio, cmo } = (q.ratings ?? {}) as Record<string, unknown>;
      if (isNum(cio) && isNum(cmo)) both.push({ section: s.id, cio, cmo });
    }
  const maturity = avg(both.map((p) => (p.cio + p.cmo) / 2));
  const meanGap = avg(both.map((p) => Math.abs(p.cio - p.cmo)));
  const consensus = meanGap === null ? null : 100 * Math.max(0, 1 - meanGap / 1.6);
  const noOwner = (o: unknown) => typeof o !== 'string' || o.trim() === '' || PLACEHOLDERS.includes(o.trim().toLowerCase());
  const clarity = r.blurredAreas.map((a) => {
    if (noOwner(a.owner)) return 0;
    const owner = a.owner!.trim();
    const claims = [a.claims?.cio, a.claims?.cmo];
    const firm = (c: unknown) => typeof c === 'string' && !noOwner(c) && c !== 'unsure';
    if (claims.some((c) => firm(c) && c!.trim() !== owner)) return 0.5;
    if (claims.some((c) => !firm(c))) return 0.5;
    if (owner === 'joint' && !a.process?.trim()) return 0.5;
    return 1;
  });
  const jointness = r.investments.map((i) => {
    const both = i.owners.includes('joint') || (i.owners.includes('cio') && i.owners.includes('cmo'));
    return (both ? 0.5 : 0) + (i.jointReporting ? 0.25 : 0) + (typeof i.roi?.target === 'number' ? 0.25 : 0);
  });
  const parts = [avg(clarity), avg(jointness)].filter((x): x is number => x !== null).map((x) => 100 * x);
  const ownership = avg(parts);
  let verdict = 'not-enough-answers';
  if (both.length >= 5) {
    const works = one(maturity)! >= 3.5;
    const shared = one(consensus)! >= 50;
    verdict = works ? (shared ? 'partnership' : 'divided') : shared ? 'shared-concern' : 'at-odds';
  }
  const bias = (section: string, sign: number) => avg(both.filter((p) => p.section === section).map((p) => sign * (p.cio - p.cmo)));
  return { n: both.length, maturity, consensus, meanGap, ownership, verdict, biasCio: bias('cio-role', 1), biasCmo: bias('cmo-role', -1) };
}

function expectAgrees(r: Review): void {
  const s = scoreReview(r);
  const o = oracle(r);
  expect(s.maturity.n).toBe(o.n);
  expect(s.verdict).toBe(o.verdict);
  for (const [ours, theirs] of [
    [s.maturity.level, o.maturity],
    [s.consensus.value, o.consensus],
    [s.consensus.meanGap, o.meanGap],
    [s.ownership.value, o.ownership],
    [s.bias.cio.value, o.biasCio],
    [s.bias.cmo.value, o.biasCmo],
  ] as const) {
    if (theirs === null) expect(ours).toBeNull();
    else expect(ours).toBeCloseTo(theirs, 10);
  }
}

describe('scoreReview: worked examples', () => {
  it('scores Northwind 2026 as redone by hand in the README', () => {
    const r = example('northwind/2026');
    const s = scoreReview(r);
    expectAgrees(r);
    // 25 statements rated by both; levels sum to 86 (3.44, shown 3.4), gaps to 18.
    expect(s.maturity).toMatchObject({ n: 25, levelSum: 86, band: 'developing' });
    expect(s.maturity.level).toBeCloseTo(3.44, 10);
    // 100 × (1 − 0.72 / 1.6) = 55.
    expect(s.consensus).toMatchObject({ n: 25, gapSum: 18, band: 'partly-shared' });
    expect(s.consensus.value).toBeCloseTo(55, 10);
    expect(s.verdict).toBe('shared-concern');
    expect(s.classes).toEqual({ strength: 17, weakness: 1, neutral: 4, disputed: 3, unknown: 0 });
    const cio = s.sections.find((x) => x.id === 'cio-role')!;
    expect(cio).toMatchObject({ n: 5, gapSum: 5, meanGap: 1, cioMean: 4, cmoMean: 3, ceoMean: 3.6 });
    expect(cio.maturity).toBeCloseTo(3.5, 10);
    expect(cio.consensus).toBeCloseTo(37.5, 10);
    expect(s.bias.cio).toEqual({ value: 1, n: 5 });
    expect(biasSentence('cio', s.bias.cio)).toBe("The CIO rates IT's role 1.0 points higher than the CMO does (over 5 statements).");
    expect(s.areas.find((a) => a.id === 'marketing-automation')).toMatchObject({ status: 'contested', clarity: 0.5 });
  });

  it('scores Northwind 2025 as at odds, with its orphans', () => {
    const r = example('northwind/2025');
    expectAgrees(r);
    const s = scoreReview(r);
    expect(s.verdict).toBe('at-odds');
    expect(s.areas.filter((a) => a.status === 'orphan').map((a) => a.id)).toEqual(['customer-data-privacy', 'vendor-selection']);
  });

  it('reads two executives who rate everything 1 as a shared concern, never as healthy', () => {
    const r = example('northwind/2026');
    for (const s of r.sections) for (const q of s.questions) q.ratings = { cio: 1, cmo: 1 };
    const s = scoreReview(r);
    expect(s.maturity.level).toBe(1);
    expect(s.consensus.value).toBe(100);
    expect(s.verdict).toBe('shared-concern');
    expect(s.classes.weakness).toBe(25);
  });

  it("redoes the README's example where both agree things are weak", () => {
    const r = example('northwind/2026');
    const cio = [2, 2, 1, 2, 3];
    const cmo = [2, 1, 2, 2, 3];
    r.sections = r.sections.map((sec, i) => ({
      ...sec,
      questions: i ? [] : cio.map((c, j) => ({ id: `q${j}`, text: 'T', ratings: { cio: c, cmo: cmo[j]! } })),
    }));
    const s = scoreReview(r);
    expect(s.maturity).toMatchObject({ level: 2, band: 'weak', levelSum: 10 });
    expect(s.consensus.value).toBeCloseTo(75, 10);
    expect(s.consensus.band).toBe('close');
    expect(s.verdict).toBe('shared-concern');
  });

  it('counts unsure, n/a and missing ratings in no average', () => {
    const r = example('northwind/2026');
    const q = r.sections[0]!.questions;
    (q[0]!.ratings as Record<string, unknown>) = { cio: 'unsure', cmo: 4 };
    (q[1]!.ratings as Record<string, unknown>) = { cio: 5, cmo: 'n/a' };
    q[2]!.ratings = { cio: 5 };
    const s = scoreReview(r);
    expect(s.maturity.n).toBe(22);
    expect(s.classes.unknown).toBe(3);
    expect(s.sections[0]!.questions.slice(0, 3).map((x) => x.class)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(s.sections[0]!.questions[0]!.cio).toBe('unsure');
    expectAgrees(r);
  });

  it('shows a section with fewer than 3 statements rated by both as counts only', () => {
    const r = example('northwind/2026');
    r.sections[1]!.questions = r.sections[1]!.questions.slice(0, 2);
    const s = scoreReview(r);
    expect(s.sections[1]).toMatchObject({ n: 2, maturity: null, consensus: null });
  });

  it('says not-enough-answers below 5 statements rated by both, and nothing to score at 0', () => {
    const r = example('northwind/2026');
    r.sections = r.sections.map((sec, i) => ({ ...sec, questions: i === 0 ? sec.questions.slice(0, 4) : [] }));
    expect(scoreReview(r).verdict).toBe('not-enough-answers');
    r.sections = r.sections.map((sec) => ({ ...sec, questions: [] }));
    const s = scoreReview(r);
    expect(s).toMatchObject({
      verdict: 'not-enough-answers',
      maturity: { level: null, band: null, n: 0 },
      consensus: { value: null, band: null },
    });
    expect(s.kappa.value).toBeNull();
  });

  it('leaves out an ownership part with nothing to score', () => {
    const r = example('northwind/2026');
    expect(scoreReview({ ...r, investments: [] }).ownership.jointness).toBeNull();
    expect(scoreReview({ ...r, blurredAreas: [], investments: [] }).ownership).toEqual({ value: null, clarity: null, jointness: null });
  });

  it('marks statements disputed at the threshold', () => {
    const disputed = (t: number) =>
      scoreReview(example('northwind/2026'), t)
        .sections.flatMap((x) => x.questions)
        .filter((q) => q.class === 'disputed')
        .map((q) => q.id);
    expect(disputed(2)).toEqual(['accelerated-path', 'works-within-governance', 'non-functional-kept']);
    expect(disputed(3)).toEqual([]);
  });

  it.each([
    [[5, 4, 5, 4, 4], [5, 4, 4, 4, 5], 'partnership'],
    [[5, 5, 5, 5, 5], [4, 4, 4, 4, 4], 'divided'],
    [[5, 5, 5, 5, 5], [2, 3, 2, 3, 2], 'divided'],
    [[2, 2, 2, 2, 2], [2, 2, 3, 2, 2], 'shared-concern'],
    [[1, 5, 1, 5, 1], [5, 1, 5, 1, 4], 'at-odds'],
  ])('gives %j against %j the verdict %s', (cio, cmo, verdict) => {
    const r = example('northwind/2026');
    r.sections = r.sections.map((sec, i) => ({
      ...sec,
      questions: i ? [] : cio.map((c, j) => ({ id: `q${j}`, text: 'T', ratings: { cio: c, cmo: cmo[j]! } })),
    }));
    expect(scoreReview(r).verdict).toBe(verdict);
    expectAgrees(r);
  });
});

// Generated reviews for the properties of DESIGN.md.
const rating = fc.integer({ min: 1, max: 5 });
const answer = fc.oneof({ weight: 8, arbitrary: rating }, { weight: 1, arbitrary: fc.constantFrom('unsure' as const, 'n/a' as const) });
const question = fc.record({
  cio: fc.option(answer, { nil: undefined }),
  cmo: fc.option(answer, { nil: undefined }),
  ceo: fc.option(answer, { nil: undefined }),
});
const owner = fc.constantFrom('cio', 'cmo', 'joint', 'coo', 'tbd', undefined);
const claim = fc.constantFrom('cio', 'cmo', 'joint', 'coo', 'tbd', 'unsure', undefined);
const area = fc.record({ owner, cio: claim, cmo: claim, process: fc.option(fc.constant('Weekly triage'), { nil: undefined }) });
const investment = fc.record({
  owners: fc.subarray(['cio', 'cmo', 'coo']),
  jointReporting: fc.boolean(),
  target: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
});
const generated = fc.record({
  sections: fc.tuple(...SECTION_IDS.map(() => fc.array(question, { minLength: 1, maxLength: 8 }))),
  areas: fc.array(area, { maxLength: 6 }),
  investments: fc.array(investment, { maxLength: 4 }),
});

type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

function build(g: Generated): Review {
  return {
    schemaVersion: 2,
    actions: [],
    decisions: [],
    organisation: 'Generated',
    period: 2026,
    executives: { cio: { name: 'A' }, cmo: { name: 'B' }, coo: { name: 'C' } },
    sections: SECTION_IDS.map((id, s) => ({
      id,
      questions: g.sections[s]!.map((r, i) => ({
        id: `q${i}`,
        text: 'T',
        ratings: Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
      })),
    })),
    blurredAreas: g.areas.map((a, i) => ({
      id: `a${i}`,
      name: `A${i}`,
      owner: a.owner,
      claims: Object.fromEntries(Object.entries({ cio: a.cio, cmo: a.cmo }).filter(([, v]) => v !== undefined)) as Record<string, string>,
      process: a.process,
    })),
    investments: g.investments.map((inv, i) => ({
      id: `i${i}`,
      name: `I${i}`,
      owners: inv.owners,
      jointReporting: inv.jointReporting,
      roi: inv.target === undefined ? undefined : { metric: 'm', target: inv.target },
    })),
    waivers: [],
  } as Review;
}

const RUNS = { numRuns: 1000 };
const ratedPairs = (r: Review) =>
  r.sections.flatMap((s) => s.questions.filter((q) => typeof q.ratings?.cio === 'number' && typeof q.ratings?.cmo === 'number'));

describe('scoreReview: the properties of DESIGN.md, over 1,000 generated reviews each', () => {
  it('agrees with the second implementation', () => {
    fc.assert(
      fc.property(generated, (g) => {
        expectAgrees(build(g));
      }),
      RUNS,
    );
  });

  it('scores identical answers of 5, agreed owners and fully joint investments 5.0, 100, 100, partnership', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const r = build(g);
        for (const s of r.sections) for (const q of s.questions) q.ratings = { cio: 5, cmo: 5 };
        r.blurredAreas = r.blurredAreas.map((a) => ({ ...a, owner: 'cio', claims: { cio: 'cio', cmo: 'cio' } }));
        r.investments = r.investments.map((inv) => ({
          ...inv,
          owners: ['cio', 'cmo'],
          jointReporting: true,
          roi: { metric: 'm', target: 1 },
        }));
        const s = scoreReview(r);
        expect(s.maturity.level).toBe(5);
        expect(s.consensus.value).toBe(100);
        if (r.blurredAreas.length || r.investments.length) expect(s.ownership.value).toBe(100);
        expect(s.verdict).toBe('partnership');
      }),
      RUNS,
    );
  });

  it('scores identical answers of 1 as maturity 1.0, consensus 100, shared-concern', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const r = build(g);
        for (const s of r.sections) for (const q of s.questions) q.ratings = { cio: 1, cmo: 1 };
        const s = scoreReview(r);
        expect([s.maturity.level, s.consensus.value, s.verdict]).toEqual([1, 100, 'shared-concern']);
      }),
      RUNS,
    );
  });

  it('never raises consensus when a gap widens', () => {
    fc.assert(
      fc.property(generated, fc.nat(), (g, pick) => {
        const r = build(g);
        const both = ratedPairs(r);
        fc.pre(both.length > 0);
        const q = both[pick % both.length]!;
        const { cio, cmo } = q.ratings as { cio: number; cmo: number };
        const wider = cmo >= cio ? cmo + 1 : cmo - 1;
        fc.pre(wider >= 1 && wider <= 5);
        const before = scoreReview(r);
        q.ratings = { ...q.ratings, cmo: wider };
        const after = scoreReview(r);
        expect(after.consensus.value!).toBeLessThanOrEqual(before.consensus.value!);
        after.sections.forEach((s, i) => {
          if (s.consensus !== null && before.sections[i]!.consensus !== null)
            expect(s.consensus).toBeLessThanOrEqual(before.sections[i]!.consensus!);
        });
      }),
      RUNS,
    );
  });

  it('never raises maturity when a rating is lowered', () => {
    fc.assert(
      fc.property(generated, fc.nat(), fc.boolean(), (g, pick, cioSide) => {
        const r = build(g);
        const both = ratedPairs(r);
        fc.pre(both.length > 0);
        const q = both[pick % both.length]!;
        const key = cioSide ? 'cio' : 'cmo';
        const value = q.ratings![key] as number;
        fc.pre(value > 1);
        const before = scoreReview(r);
        q.ratings = { ...q.ratings, [key]: value - 1 };
        const after = scoreReview(r);
        expect(after.maturity.level!).toBeLessThanOrEqual(before.maturity.level!);
        after.sections.forEach((s, i) => {
          if (s.maturity !== null && before.sections[i]!.maturity !== null)
            expect(s.maturity).toBeLessThanOrEqual(before.sections[i]!.maturity!);
        });
      }),
      RUNS,
    );
  });

  const removals: [string, (r: Review, i: number) => boolean][] = [
    [
      'a claim',
      (r, i) => {
        const a = r.blurredAreas[i % Math.max(1, r.blurredAreas.length)];
        if (!a?.claims || !Object.keys(a.claims).length) return false;
        delete (a.claims as Record<string, unknown>)[Object.keys(a.claims)[i % Object.keys(a.claims).length]!];
        return true;
      },
    ],
    [
      'a process',
      (r, i) => {
        const a = r.blurredAreas[i % Math.max(1, r.blurredAreas.length)];
        if (!a?.process) return false;
        delete a.process;
        return true;
      },
    ],
    [
      'an owner',
      (r, i) => {
        const a = r.blurredAreas[i % Math.max(1, r.blurredAreas.length)];
        if (!a?.owner) return false;
        delete a.owner;
        return true;
      },
    ],
    [
      'a joint owner',
      (r, i) => {
        const inv = r.investments[i % Math.max(1, r.investments.length)];
        if (!inv?.owners.length) return false;
        inv.owners = inv.owners.filter((o) => o !== 'cmo' && o !== 'joint');
        return true;
      },
    ],
    [
      'joint reporting',
      (r, i) => {
        const inv = r.investments[i % Math.max(1, r.investments.length)];
        if (!inv?.jointReporting) return false;
        inv.jointReporting = false;
        return true;
      },
    ],
    [
      'an ROI target',
      (r, i) => {
        const inv = r.investments[i % Math.max(1, r.investments.length)];
        if (!inv?.roi) return false;
        delete inv.roi;
        return true;
      },
    ],
  ];
  it.each(removals)('never raises ownership when %s is removed', (_what, remove) => {
    fc.assert(
      fc.property(generated, fc.nat(), (g, pick) => {
        const r = build(g);
        const before = scoreReview(r).ownership;
        fc.pre(remove(r, pick));
        const after = scoreReview(r).ownership;
        expect(after.value ?? 0).toBeLessThanOrEqual(before.value ?? 0);
        expect(after.clarity ?? 0).toBeLessThanOrEqual(before.clarity ?? 0);
        expect(after.jointness ?? 0).toBeLessThanOrEqual(before.jointness ?? 0);
      }),
      RUNS,
    );
  });

  it('gives ratings drawn uniformly at random over 50+ statements a partnership or shared concern in at most 1 run in 100', () => {
    let seed = 20261123;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const roll = () => 1 + Math.floor(random() * 5);
    const r = example('northwind/2026');
    let healthy = 0;
    const runs = 1000;
    for (let run = 0; run < runs; run++) {
      const n = 50 + Math.floor(random() * 50);
      r.sections = SECTION_IDS.map((id, s) => ({
        id,
        questions: Array.from({ length: Math.ceil(n / 5) }, (_, i) => ({
          id: `q${s}-${i}`,
          text: 'T',
          ratings: { cio: roll(), cmo: roll() },
        })),
      }));
      const v = scoreReview(r).verdict;
      expect(v).not.toBe('not-enough-answers');
      if (v === 'partnership' || v === 'shared-concern') healthy++;
    }
    expect(healthy).toBeLessThanOrEqual(runs / 100);
  });

  it('is unchanged by reordering questions, areas and investments', () => {
    fc.assert(
      fc.property(generated, fc.infiniteStream(fc.nat()), (g, seeds) => {
        const r = build(g);
        const shuffle = <T>(xs: T[]): T[] =>
          xs
            .map((x) => [seeds.next().value as number, x] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, x]) => x);
        const shuffled: Review = {
          ...r,
          sections: shuffle(r.sections.map((s) => ({ ...s, questions: shuffle(s.questions) }))),
          blurredAreas: shuffle(r.blurredAreas),
          investments: shuffle(r.investments),
        };
        const a = scoreReview(r);
        const b = scoreReview(shuffled);
        for (const key of ['verdict', 'maturity', 'consensus', 'ownership', 'classes'] as const) {
          expect(JSON.stringify(b[key], (_k, v) => (typeof v === 'number' ? Number(v.toFixed(9)) : v))).toBe(
            JSON.stringify(a[key], (_k, v) => (typeof v === 'number' ? Number(v.toFixed(9)) : v)),
          );
        }
        expect(b.kappa.value === null ? null : Number(b.kappa.value.toFixed(9))).toBe(
          a.kappa.value === null ? null : Number(a.kappa.value.toFixed(9)),
        );
        const byId = <T extends { id: string }>(xs: T[]) => Object.fromEntries(xs.map((x) => [x.id, x]));
        expect(byId(b.areas)).toEqual(byId(a.areas));
      }),
      RUNS,
    );
  });

  it('gives the same result for the review as written and read back (serialize, then load)', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const review = build(g);
        const loaded = loadReview(new TextEncoder().encode(serializeReview(review)));
        expect(loaded.problems).toEqual([]);
        expect(scoreReview(loaded.review!)).toEqual(scoreReview(review));
      }),
      { numRuns: 100 },
    );
  });
});
