/**
 * The scoring model of DESIGN.md, as one pure function. Every intermediate sum is kept in the
 * result so that `score --explain` can print the arithmetic and anyone can redo it by hand.
 */
import { quadraticKappa, type Kappa } from './kappa.js';
import { areaStatus, type AreaStatus } from './owners.js';
import type { Review, SectionId } from './schema.js';

export type Band = 'aligned' | 'watch' | 'misaligned';

export const DEFAULT_GAP_THRESHOLD = 2;

export interface QuestionScore {
  id: string;
  text: string;
  cio: number | null;
  cmo: number | null;
  ceo: number | null;
  /** |cio - cmo|, or null unless both rated. */
  gap: number | null;
  misaligned: boolean;
}

export interface SectionScore {
  id: SectionId;
  title: string;
  perceptionAlignment: number | null;
  maturity: number | null;
  meanGap: number | null;
  cioMean: number | null;
  cmoMean: number | null;
  ceoMean: number | null;
  /** Questions rated by both, and the sum of their gaps. */
  ratedByBoth: number;
  gapSum: number;
  /** Count and sum of (rating - 1) / 4 over every CIO and CMO rating. */
  maturityCount: number;
  maturitySum: number;
  questions: QuestionScore[];
}

export interface AreaScore {
  id: string;
  name: string;
  owner: string | null;
  status: AreaStatus;
  cioClaim: string | null;
  cmoClaim: string | null;
  /** 1 agreed, 0.5 contested or joint without process, 0 orphan. */
  credit: number;
}

export interface InvestmentScore {
  id: string;
  name: string;
  /** 0..100. */
  jointness: number;
  ownedByBoth: boolean;
  jointReporting: boolean;
  roiTarget: boolean;
}

export interface ScoreResult {
  organisation: string;
  period: string;
  gapThreshold: number;
  alignmentIndex: number | null;
  band: Band | null;
  perceptionAlignment: number | null;
  ownershipClarity: number | null;
  investmentJointness: number | null;
  kappa: Kappa;
  /** Over every question rated by both. */
  ratedByBoth: number;
  gapSum: number;
  sections: SectionScore[];
  areas: AreaScore[];
  investments: InvestmentScore[];
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** One decimal, for every 0..100 figure shown or written. */
export function round1(x: number): number;
export function round1(x: number | null): number | null;
export function round1(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10) / 10;
}

export function bandOf(index: number): Band {
  return index >= 80 ? 'aligned' : index >= 60 ? 'watch' : 'misaligned';
}

export function alignmentFromGaps(gapSum: number, count: number): number | null {
  return count ? 100 * (1 - gapSum / count / 4) : null;
}

const CREDIT: Record<AreaStatus, number> = { agreed: 1, contested: 0.5, 'joint-without-process': 0.5, orphan: 0 };

export function scoreReview(review: Review, gapThreshold = DEFAULT_GAP_THRESHOLD): ScoreResult {
  const pairs: [number, number][] = [];
  const sections: SectionScore[] = review.sections.map((section) => {
    let gapSum = 0;
    let ratedByBoth = 0;
    const maturity: number[] = [];
    const by = { cio: [] as number[], cmo: [] as number[], ceo: [] as number[] };
    const questions = section.questions.map((q): QuestionScore => {
      const cio = q.ratings?.cio ?? null;
      const cmo = q.ratings?.cmo ?? null;
      const ceo = q.ratings?.ceo ?? null;
      for (const [who, r] of [['cio', cio], ['cmo', cmo], ['ceo', ceo]] as const) if (r !== null) by[who].push(r);
      if (cio !== null) maturity.push((cio - 1) / 4);
      if (cmo !== null) maturity.push((cmo - 1) / 4);
      let gap: number | null = null;
      if (cio !== null && cmo !== null) {
        gap = Math.abs(cio - cmo);
        gapSum += gap;
        ratedByBoth++;
        pairs.push([cio, cmo]);
      }
      return { id: q.id, text: q.text, cio, cmo, ceo, gap, misaligned: gap !== null && gap >= gapThreshold };
    });
    const maturityMean = mean(maturity);
    return {
      id: section.id,
      title: section.title ?? section.id,
      perceptionAlignment: alignmentFromGaps(gapSum, ratedByBoth),
      maturity: maturityMean === null ? null : 100 * maturityMean,
      meanGap: ratedByBoth ? gapSum / ratedByBoth : null,
      cioMean: mean(by.cio),
      cmoMean: mean(by.cmo),
      ceoMean: mean(by.ceo),
      ratedByBoth,
      gapSum,
      maturityCount: maturity.length,
      maturitySum: maturity.reduce((a, b) => a + b, 0),
      questions,
    };
  });

  const ratedByBoth = sections.reduce((a, s) => a + s.ratedByBoth, 0);
  const gapSum = sections.reduce((a, s) => a + s.gapSum, 0);
  const perceptionAlignment = alignmentFromGaps(gapSum, ratedByBoth);

  const areas: AreaScore[] = review.blurredAreas.map((area) => {
    const status = areaStatus(area);
    return {
      id: area.id,
      name: area.name,
      owner: area.owner?.trim() || null,
      status,
      cioClaim: area.claims?.cio?.trim() || null,
      cmoClaim: area.claims?.cmo?.trim() || null,
      credit: CREDIT[status],
    };
  });
  const clarity = mean(areas.map((a) => a.credit));

  const investments: InvestmentScore[] = review.investments.map((inv) => {
    const ownedByBoth = inv.owners.includes('cio') && inv.owners.includes('cmo');
    const jointReporting = inv.jointReporting === true;
    const roiTarget = inv.roi?.target !== undefined;
    return { id: inv.id, name: inv.name, jointness: 100 * ((ownedByBoth ? 0.5 : 0) + (jointReporting ? 0.25 : 0) + (roiTarget ? 0.25 : 0)), ownedByBoth, jointReporting, roiTarget };
  });
  const jointness = mean(investments.map((i) => i.jointness));

  const parts = [perceptionAlignment, clarity === null ? null : 100 * clarity, jointness].filter((x): x is number => x !== null);
  const index = parts.length ? round1(mean(parts)!) : null;

  return {
    organisation: review.organisation,
    period: String(review.period),
    gapThreshold,
    alignmentIndex: index,
    band: index === null ? null : bandOf(index),
    perceptionAlignment,
    ownershipClarity: clarity === null ? null : 100 * clarity,
    investmentJointness: jointness,
    kappa: quadraticKappa(pairs),
    ratedByBoth,
    gapSum,
    sections,
    areas,
    investments,
  };
}
