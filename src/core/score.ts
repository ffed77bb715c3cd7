/**
 * The scoring model of DESIGN.md, version 2, as one pure function.
 *
 * Two questions are kept apart because a board asks both and one number cannot answer them:
 * how well does the partnership work (maturity), and do the two executives see it the same way
 * (consensus). Ownership is scored on its own. No figure blends them.
 *
 * Every intermediate sum is kept in the result so that `score --explain` can print the arithmetic
 * and anyone can redo it by hand.
 */
import { quadraticKappa, type Kappa } from './kappa.js';
import { areaStatus, type AreaStatus } from './owners.js';
import type { Review, SectionId } from './schema.js';

export const SCORING_VERSION = 2;
export const DEFAULT_GAP_THRESHOLD = 2;

/**
 * The mean gap of two people answering at random on a five-point scale: over the 25 equally likely
 * pairs, 5 have gap 0, 8 gap 1, 6 gap 2, 4 gap 3 and 2 gap 4, so (8 + 12 + 12 + 8) / 25 = 1.6.
 * Consensus 0 is no more agreement than that; 100 is identical answers.
 */
export const RANDOM_MEAN_GAP = 1.6;
/** A section needs this many statements rated by both before its measures are shown. */
export const MIN_SECTION_N = 3;
/** The whole review needs this many statements rated by both before it gets a verdict. */
export const MIN_VERDICT_N = 5;
/** Kappa reaches the headline only from this many statements rated by both. */
export const MIN_KAPPA_HEADLINE_N = 20;
/** Self-rating bias is put into words from this many statements and this size. */
export const MIN_BIAS_N = 3;
export const MIN_BIAS_SIZE = 0.5;

export type StatementClass = 'strength' | 'weakness' | 'neutral' | 'disputed' | 'unknown';
export type Verdict = 'partnership' | 'divided' | 'shared-concern' | 'at-odds' | 'not-enough-answers';
export type MaturityBand = 'strong' | 'developing' | 'weak';
export type ConsensusBand = 'close' | 'partly-shared' | 'divided';
/** What a rater gave: 1..5, `unsure`, `n/a`, or nothing (null). */
export type RatingValue = number | 'unsure' | 'n/a' | null;

export const STATEMENT_CLASSES: readonly StatementClass[] = ['strength', 'weakness', 'neutral', 'disputed', 'unknown'];

export interface QuestionScore {
  id: string;
  text: string;
  cio: RatingValue;
  cmo: RatingValue;
  ceo: RatingValue;
  /** |cio − cmo|, or null unless both gave a 1..5 rating. */
  gap: number | null;
  /** cio − cmo. */
  difference: number | null;
  /** (cio + cmo) / 2. */
  level: number | null;
  class: StatementClass;
}

export interface SectionScore {
  id: SectionId;
  title: string;
  /** Statements rated 1..5 by both the CIO and the CMO. */
  n: number;
  /** Every statement in the section, rated or not. */
  statements: number;
  /** Mean level, or null when n < 3. Unrounded; round with {@link round1}. */
  maturity: number | null;
  /** 0..100, or null when n < 3. Unrounded. */
  consensus: number | null;
  /** Mean gap over the n statements (null when n = 0). */
  meanGap: number | null;
  /** Σ (cio + cmo) / 2 and Σ gap over the n statements, for `--explain`. */
  levelSum: number;
  gapSum: number;
  /** Σ (cio − cmo) over the n statements, for the bias of the two role sections. */
  differenceSum: number;
  /** Each side's mean over the n statements (the radar's two views), and the CEO's over what the CEO rated. */
  cioMean: number | null;
  cmoMean: number | null;
  ceoMean: number | null;
  questions: QuestionScore[];
}

export interface Measure {
  /** Unrounded; null when there is nothing to score. */
  value: number | null;
  n: number;
}

export interface Bias {
  /** Mean of (own − other) ratings of the executive's own function; null when n = 0. */
  value: number | null;
  n: number;
}

export interface AreaScore {
  id: string;
  name: string;
  owner: string | null;
  status: AreaStatus;
  cioClaim: string | null;
  cmoClaim: string | null;
  /** 1 agreed; 0.5 contested, unconfirmed or joint without process; 0 orphan. */
  clarity: number;
}

export interface InvestmentScore {
  id: string;
  name: string;
  /** 0..1: 0.5 owned by both, + 0.25 jointly reported, + 0.25 an ROI target. */
  jointness: number;
  ownedByBoth: boolean;
  jointReporting: boolean;
  roiTarget: boolean;
}

export interface ScoreResult {
  scoringVersion: typeof SCORING_VERSION;
  organisation: string;
  period: string;
  gapThreshold: number;
  verdict: Verdict;
  maturity: { level: number | null; band: MaturityBand | null; n: number; levelSum: number };
  consensus: { value: number | null; band: ConsensusBand | null; meanGap: number | null; n: number; gapSum: number };
  ownership: { value: number | null; clarity: number | null; jointness: number | null };
  bias: { cio: Bias; cmo: Bias };
  kappa: Kappa;
  classes: Record<StatementClass, number>;
  sections: SectionScore[];
  areas: AreaScore[];
  investments: InvestmentScore[];
}

/** One decimal, for every figure shown or written. */
export function round1(x: number): number;
export function round1(x: number | null): number | null;
export function round1(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10 + Number.EPSILON * Math.sign(x)) / 10;
}

/** A rating as a number 1..5, or null for missing, `unsure` and `n/a`. */
export function numericRating(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
}

function ratingValue(value: unknown): RatingValue {
  if (value === 'unsure' || value === 'n/a') return value;
  return numericRating(value);
}

/** Bands are read from the one-decimal figure a reader sees, so a printed 4.0 is always strong. */
export function maturityBand(level: number | null): MaturityBand | null {
  if (level === null) return null;
  const l = round1(level);
  return l >= 4 ? 'strong' : l >= 3 ? 'developing' : 'weak';
}

export function consensusBand(value: number | null): ConsensusBand | null {
  if (value === null) return null;
  const v = round1(value);
  return v >= 75 ? 'close' : v >= 50 ? 'partly-shared' : 'divided';
}

export function consensusFromGap(meanGap: number | null): number | null {
  return meanGap === null ? null : 100 * Math.max(0, 1 - meanGap / RANDOM_MEAN_GAP);
}

export function classify(cio: number | null, cmo: number | null, gapThreshold: number): StatementClass {
  if (cio === null || cmo === null) return 'unknown';
  if (Math.abs(cio - cmo) >= gapThreshold) return 'disputed';
  const level = (cio + cmo) / 2;
  return level >= 3.5 ? 'strength' : level <= 2.5 ? 'weakness' : 'neutral';
}

/** The headline: maturity 3.5+ or below, consensus 50+ or below, from the one-decimal figures. */
export function verdictOf(maturity: number | null, consensus: number | null, n: number): Verdict {
  if (n < MIN_VERDICT_N || maturity === null || consensus === null) return 'not-enough-answers';
  const works = round1(maturity) >= 3.5;
  const shared = round1(consensus) >= 50;
  return works ? (shared ? 'partnership' : 'divided') : shared ? 'shared-concern' : 'at-odds';
}

const CLARITY: Record<AreaStatus, number> = { agreed: 1, contested: 0.5, unconfirmed: 0.5, 'joint-without-process': 0.5, orphan: 0 };

const mean = (sum: number, n: number): number | null => (n ? sum / n : null);

function trimmedOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function scoreAreas(review: Review): AreaScore[] {
  return review.blurredAreas.map((area) => {
    const status = areaStatus(area, review);
    const claims = (area.claims ?? {}) as Record<string, unknown>;
    return {
      id: area.id,
      name: area.name,
      owner: trimmedOrNull(area.owner),
      status,
      cioClaim: trimmedOrNull(claims.cio),
      cmoClaim: trimmedOrNull(claims.cmo),
      clarity: CLARITY[status],
    };
  });
}

function scoreInvestments(review: Review): InvestmentScore[] {
  return review.investments.map((inv) => {
    const owners = inv.owners.map((o) => o.trim());
    const joint = owners.includes('joint');
    const ownedByBoth = joint || (owners.includes('cio') && owners.includes('cmo'));
    const jointReporting = inv.jointReporting === true;
    const roiTarget = typeof inv.roi?.target === 'number';
    return {
      id: inv.id,
      name: inv.name,
      jointness: (ownedByBoth ? 0.5 : 0) + (jointReporting ? 0.25 : 0) + (roiTarget ? 0.25 : 0),
      ownedByBoth,
      jointReporting,
      roiTarget,
    };
  });
}

export function scoreReview(review: Review, gapThreshold = DEFAULT_GAP_THRESHOLD): ScoreResult {
  const pairs: [number, number][] = [];
  const classes: Record<StatementClass, number> = { strength: 0, weakness: 0, neutral: 0, disputed: 0, unknown: 0 };
  const sections: SectionScore[] = review.sections.map((section) => {
    let n = 0;
    let levelSum = 0;
    let gapSum = 0;
    let differenceSum = 0;
    let cioSum = 0;
    let ceoSum = 0;
    let ceoN = 0;
    const questions = section.questions.map((q): QuestionScore => {
      const ratings = (q.ratings ?? {}) as Record<string, unknown>;
      const cio = numericRating(ratings.cio);
      const cmo = numericRating(ratings.cmo);
      const cls = classify(cio, cmo, gapThreshold);
      classes[cls]++;
      let gap: number | null = null;
      let difference: number | null = null;
      let level: number | null = null;
      if (cio !== null && cmo !== null) {
        difference = cio - cmo;
        gap = Math.abs(difference);
        level = (cio + cmo) / 2;
        n++;
        levelSum += level;
        gapSum += gap;
        differenceSum += difference;
        cioSum += cio;
        pairs.push([cio, cmo]);
      }
      const ceo = numericRating(ratings.ceo);
      if (ceo !== null) {
        ceoSum += ceo;
        ceoN++;
      }
      return {
        id: q.id,
        text: q.text,
        cio: ratingValue(ratings.cio),
        cmo: ratingValue(ratings.cmo),
        ceo: ratingValue(ratings.ceo),
        gap,
        difference,
        level,
        class: cls,
      };
    });
    const enough = n >= MIN_SECTION_N;
    const meanGap = mean(gapSum, n);
    return {
      id: section.id,
      title: section.title ?? section.id,
      n,
      statements: questions.length,
      maturity: enough ? mean(levelSum, n) : null,
      consensus: enough ? consensusFromGap(meanGap) : null,
      meanGap,
      levelSum,
      gapSum,
      differenceSum,
      cioMean: mean(cioSum, n),
      cmoMean: mean(cioSum - differenceSum, n),
      ceoMean: mean(ceoSum, ceoN),
      questions,
    };
  });

  const n = pairs.length;
  const levelSum = sections.reduce((t, s) => t + s.levelSum, 0);
  const gapSum = sections.reduce((t, s) => t + s.gapSum, 0);
  const maturityLevel = mean(levelSum, n);
  const meanGap = mean(gapSum, n);
  const consensus = consensusFromGap(meanGap);

  // Self-rating bias: how much higher each executive rates their own function than the other does.
  const biasOf = (sectionId: SectionId, sign: 1 | -1): Bias => {
    let sum = 0;
    let count = 0;
    for (const s of sections) {
      if (s.id !== sectionId) continue;
      sum += sign * s.differenceSum;
      count += s.n;
    }
    return { value: mean(sum, count), n: count };
  };

  const areas = scoreAreas(review);
  const clarity = areas.length ? (100 * areas.reduce((t, a) => t + a.clarity, 0)) / areas.length : null;

  const investments = scoreInvestments(review);
  const jointness = investments.length ? (100 * investments.reduce((t, i) => t + i.jointness, 0)) / investments.length : null;
  const parts = [clarity, jointness].filter((x): x is number => x !== null);
  const ownership = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : null;

  return {
    scoringVersion: SCORING_VERSION,
    organisation: review.organisation,
    period: String(review.period),
    gapThreshold,
    verdict: verdictOf(maturityLevel, consensus, n),
    maturity: { level: maturityLevel, band: maturityBand(maturityLevel), n, levelSum },
    consensus: { value: consensus, band: consensusBand(consensus), meanGap, n, gapSum },
    ownership: { value: ownership, clarity, jointness },
    bias: { cio: biasOf('cio-role', 1), cmo: biasOf('cmo-role', -1) },
    kappa: quadraticKappa(pairs),
    classes,
    sections,
    areas,
    investments,
  };
}

/**
 * The three measures and each point's two, to one decimal, exactly as `score --format json` prints
 * them: what diff, trend and benchmark compare, so their figures always equal score's.
 */
/** One scored file as every year-over-year view names it: which file, whose, when, the verdict and the measures. */
export interface ScoredFile {
  file: string;
  organisation: string;
  period: string;
  verdict: Verdict;
  /** One decimal, exactly as `score --format json` prints them. */
  maturity: number | null;
  consensus: number | null;
  ownership: number | null;
}

/** {@link ScoredFile} of `file`'s score (diff's two sides, trend's periods). */
export function scoredFile(file: string, score: ScoreResult): ScoredFile {
  return { file, organisation: score.organisation, period: score.period, verdict: score.verdict, ...roundedMeasures(score) };
}

export function roundedMeasures(score: ScoreResult): Pick<ScoredFile, 'maturity' | 'consensus' | 'ownership'> {
  return { maturity: round1(score.maturity.level), consensus: round1(score.consensus.value), ownership: round1(score.ownership.value) };
}

export function roundedSections(score: ScoreResult): { id: SectionId; title: string; maturity: number | null; consensus: number | null }[] {
  return score.sections.map((s) => ({ id: s.id, title: s.title, maturity: round1(s.maturity), consensus: round1(s.consensus) }));
}

/** Where a measure stands, in the reader's words. */
export const VERDICT_TEXT: Record<Verdict, { title: string; meaning: string }> = {
  partnership: { title: 'Partnership', meaning: 'the partnership works, and both executives see it the same way' },
  divided: { title: 'Divided', meaning: 'parts of the partnership work, but the two executives see it differently' },
  'shared-concern': { title: 'Shared concern', meaning: 'both executives see the same weaknesses: fix them together' },
  'at-odds': { title: 'At odds', meaning: 'the partnership is weak, and the two executives see it differently' },
  'not-enough-answers': {
    title: 'Not enough answers',
    meaning: `fewer than ${MIN_VERDICT_N} statements were rated by both the CIO and the CMO`,
  },
};

/**
 * The self-rating bias in words, or null when it is too small or rests on too few statements.
 * It says who rates whom higher, and nothing more.
 */
export function biasSentence(who: 'cio' | 'cmo', bias: Bias): string | null {
  if (bias.value === null || bias.n < MIN_BIAS_N || Math.abs(bias.value) < MIN_BIAS_SIZE) return null;
  const self = who === 'cio' ? 'the CIO' : 'the CMO';
  const other = who === 'cio' ? 'the CMO' : 'the CIO';
  const fn = who === 'cio' ? "IT's role" : "marketing's role";
  const size = Math.abs(bias.value).toFixed(1);
  const sentence =
    bias.value > 0
      ? `${self} rates ${fn} ${size} points higher than ${other} does`
      : `${self} rates ${fn} ${size} points lower than ${other} does`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} (over ${bias.n} statements).`;
}
