/**
 * The records a year-over-year diff is made of (dyff style): every output format renders these.
 * `core/diff.ts` builds them and re-exports them, so importers keep using `core/diff.js`.
 */
import type { AreaStatus } from './owners.js';
import type { ScoredFile, StatementClass } from './score.js';

export type Change = 'added' | 'removed' | 'modified' | 'unchanged';
export type GapChange = 'closed' | 'opened' | 'narrowed' | 'widened' | 'unchanged' | 'added' | 'removed';

export interface Side extends ScoredFile {
  /** The template the review names (`five-point@1`), or null. */
  template: string | null;
}

export interface SectionFigures {
  n: number;
  maturity: number | null;
  consensus: number | null;
}

export interface SectionDiff {
  id: string;
  title: string;
  change: Change;
  from: SectionFigures | null;
  to: SectionFigures | null;
  maturityDelta: number | null;
  consensusDelta: number | null;
}

export interface QuestionDiff {
  section: string;
  id: string;
  text: string;
  change: GapChange;
  fromGap: number | null;
  toGap: number | null;
  fromClass: StatementClass | null;
  toClass: StatementClass | null;
  from: { cio: number | string | null; cmo: number | string | null } | null;
  to: { cio: number | string | null; cmo: number | string | null } | null;
  /** When the later template replaced the earlier statement by this one: the earlier id. */
  previousId?: string;
}

/**
 * What became of a statement the later template replaced (its `replaces`): compared with its one
 * successor, or not comparable, and why, in words.
 */
export interface Replacement {
  section: string;
  /** The earlier statement's id. */
  id: string;
  text: string;
  kind: 'reworded' | 'split' | 'retired' | 'merged' | 'moved' | 'not-asked';
  /** Its successors, as the later template lists them. */
  successors: string[];
  comparable: boolean;
  message: string;
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface AreaDiff {
  id: string;
  name: string;
  change: Change;
  fromOwner: string | null;
  toOwner: string | null;
  fromStatus: AreaStatus | null;
  toStatus: AreaStatus | null;
  /** What else changed: claims, process, board reporting. */
  details: FieldChange[];
}

export interface InvestmentDiff {
  id: string;
  name: string;
  change: Change;
  fromJointness: number | null;
  toJointness: number | null;
  changes: FieldChange[];
}

export interface ExecutiveDiff {
  key: string;
  change: Change;
  from: string | null;
  to: string | null;
}

export type Who = 'cio' | 'cmo' | 'joint';

export interface CriterionDiff {
  who: Who;
  id: string;
  text: string;
  change: Change;
  fromStatus: string | null;
  toStatus: string | null;
}

export interface ActionDiff {
  id: string;
  title: string;
  change: Change;
  fromStatus: string | null;
  toStatus: string | null;
  due: string | null;
  /** Still open after its due date, judged against the later review's period end or `today`. */
  overdue: boolean;
}

export interface DecisionDiff {
  id: string;
  ask: string;
  change: Change;
  fromOutcome: string | null;
  toOutcome: string | null;
}

export type RegressionKind =
  | 'verdict-worsened'
  | 'section-maturity-fell'
  | 'section-consensus-fell'
  | 'area-lost-owner'
  | 'area-contested'
  | 'orphan-area-removed'
  | 'statement-disputed'
  | 'investment-lost-joint-ownership'
  | 'investment-lost-joint-reporting'
  | 'measure-lost';

export interface Regression {
  kind: RegressionKind;
  target?: string;
  message: string;
}

export interface ReviewDiff {
  from: Side;
  to: Side;
  deltas: { maturity: number | null; consensus: number | null; ownership: number | null };
  kappa: { from: number | null; to: number | null };
  gapThreshold: number;
  sections: SectionDiff[];
  questions: QuestionDiff[];
  /** Statements of the earlier year that the later template replaced, and how each was followed. */
  replaced: Replacement[];
  areas: AreaDiff[];
  investments: InvestmentDiff[];
  executives: ExecutiveDiff[];
  successCriteria: CriterionDiff[];
  actions: ActionDiff[];
  decisions: DecisionDiff[];
  regressions: Regression[];
  /** Said before anything else: two organisations, a year with itself, years in reverse order. */
  warnings: string[];
  /** True when nothing at all differs. */
  identical: boolean;
}
