import type { Rule, RuleHit } from '../finding.js';
import { isNoOwner } from '../owners.js';
import type { BlurredArea, Investment, Review } from '../schema.js';
import { BUNDLED_TEMPLATE_IDS, STATEMENT_FACTS, type MirroredFact } from '../statement-facts.js';
import { clip } from '../text.js';

interface FactCheck {
  /** The items of the record the fact is about. */
  items(review: Review): { name: string; holds: boolean }[];
  /** What the fact says of one item that breaks it, and of all items when every one keeps it. */
  broken: string;
  kept: (n: number) => string;
}

const investments = (review: Review, holds: (i: Investment) => boolean) =>
  review.investments.map((i) => ({ name: i.name, holds: holds(i) }));
const areas = (review: Review, holds: (a: BlurredArea) => boolean) => review.blurredAreas.map((a) => ({ name: a.name, holds: holds(a) }));
const ownedByBoth = (i: Investment) => i.owners.includes('joint') || (i.owners.includes('cio') && i.owners.includes('cmo'));

const FACTS: Record<MirroredFact, FactCheck> = {
  'investments-jointly-reported': {
    items: (r) => investments(r, (i) => i.jointReporting === true),
    broken: 'not reported jointly',
    kept: (n) => `${n === 1 ? 'the one investment is' : `all ${n} investments are`} reported jointly`,
  },
  'investments-jointly-owned': {
    items: (r) => investments(r, ownedByBoth),
    broken: 'not owned by both the CIO and the CMO',
    kept: (n) => `${n === 1 ? 'the one investment is' : `all ${n} investments are`} owned by both the CIO and the CMO`,
  },
  'investments-roi-agreed': {
    items: (r) => investments(r, (i) => Boolean(i.roi?.metric) && i.roi?.target !== undefined),
    broken: 'without an ROI metric and target',
    kept: (n) => `${n === 1 ? 'the one investment has' : `all ${n} investments have`} an ROI metric and target`,
  },
  'areas-owned': {
    items: (r) => areas(r, (a) => !isNoOwner(a.owner, r)),
    broken: 'without an owner',
    kept: (n) => `${n === 1 ? 'the one blurred area has' : `all ${n} blurred areas have`} an owner`,
  },
  'areas-board-reported': {
    items: (r) => areas(r, (a) => a.boardReporting != null && a.boardReporting !== 'none'),
    broken: 'not reported to the board',
    kept: (n) => `${n === 1 ? 'the one blurred area is' : `all ${n} blurred areas are`} reported to the board`,
  },
};

const AGREE = 4;
const DISAGREE = 2;
const MAX_NAMED = 3;

/** The statement ids the map speaks for apply to the bundled templates (or a file that names none). */
function bundled(review: Review): boolean {
  if (!review.template) return true;
  const id = review.template.replace(/@\d+$/, '');
  return (BUNDLED_TEMPLATE_IDS as readonly string[]).includes(id);
}

function named(names: string[]): string {
  const shown = names.slice(0, MAX_NAMED).map((n) => `"${clip(n, 60)}"`);
  const more = names.length - shown.length;
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}` : (shown[0] ?? '');
  return more > 0 ? `${shown.join(', ')} and ${more} more` : list;
}

export const perceptionContradictsRecord: Rule = {
  id: 'perception-contradicts-record',
  description:
    'A statement that mirrors a recorded fact (investments jointly reported, areas reported to the board) is not rated against the record: both executives agree (4 or 5) while the file says otherwise, or both disagree (1 or 2) while it says so.',
  defaultSeverity: 'warn',
  rationale:
    'When both executives say a thing is true that the file itself shows is not (or the reverse), either the record is out of date or the two are describing how they would like things to be. A board that reads warm agreement beside a record that contradicts it cannot trust either.',
  remedy:
    'Check the record first: if it is out of date, correct it (`jointReporting`, `boardReporting`). If the record is right, ask both executives to rate the statement again against what the file shows, and note why under `notes`.',
  example: `investments:
  - id: crm-replatform
    jointReporting: true   # if they really do report it jointly`,
  check({ review }) {
    if (!bundled(review)) return [];
    const hits: RuleHit[] = [];
    review.sections.forEach((section, s) => {
      section.questions.forEach((question, q) => {
        const fact = Object.hasOwn(STATEMENT_FACTS, question.id) ? STATEMENT_FACTS[question.id] : undefined;
        const cio = question.ratings?.cio;
        const cmo = question.ratings?.cmo;
        if (!fact || typeof cio !== 'number' || typeof cmo !== 'number') return;
        const items = FACTS[fact].items(review);
        if (!items.length) return;
        const statement = `"${clip(question.text, 80)}"`;
        const both = `both the CIO (${cio}) and the CMO (${cmo})`;
        const broken = items.filter((i) => !i.holds).map((i) => i.name);
        let message: string | undefined;
        if (cio >= AGREE && cmo >= AGREE && broken.length) {
          message = `${both} agree with ${statement}, but the file records ${named(broken)} as ${FACTS[fact].broken}`;
        } else if (cio <= DISAGREE && cmo <= DISAGREE && !broken.length) {
          message = `${both} disagree with ${statement}, but the file records that ${FACTS[fact].kept(items.length)}`;
        }
        if (message)
          hits.push({
            message: `${message}; check the record or the ratings`,
            path: ['sections', s, 'questions', q, 'ratings'],
            target: `${section.id}/${question.id}`,
          });
      });
    });
    return hits;
  },
};
