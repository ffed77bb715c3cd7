/**
 * The review file, schemaVersion 2, as zod. Key names are the contract (DESIGN.md); `review schema`
 * prints this as JSON Schema for editors. A file is checked by the validator generated from this
 * schema (review-validate.ts, by `npm run docs`); zod is loaded to explain a file it refuses.
 *
 * Two variants are built from one definition: the strict one reports unknown keys (typo detection),
 * the lenient one strips them, so the check rules can still run on a file with a typo in it.
 */
import * as z from 'zod';
import { RULE_IDS } from './rule-ids.js';
import {
  ACTION_STATUSES,
  BOARD_REPORTING,
  CRITERION_STATUSES,
  DECISION_OUTCOMES,
  EXECUTIVE_KEY_PATTERN as EXECUTIVE_KEY,
  KEBAB,
  LIMITS,
  NON_RATINGS,
  REFERENCE,
  SCHEMA_VERSION,
  SECTION_IDS,
  isCalendarDate,
} from './schema.js';

const id = (what: string) =>
  z
    .string()
    .max(LIMITS.id, { message: `must be at most ${LIMITS.id} characters` })
    .regex(KEBAB, { message: `must be kebab-case (lower-case words joined by hyphens, e.g. \`customer-data\`)` })
    .describe(`Stable id of the ${what}, unique in its list; used to match items across years.`);

/** A name or a title: one line a board reads, at most 200 characters. */
const name = (description: string) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(LIMITS.name, { message: `must be at most ${LIMITS.name} characters` })
    .describe(description);
/** Prose: at most 4,000 characters. */
const prose = (description: string) =>
  z
    .string()
    .max(LIMITS.text, { message: `must be at most ${LIMITS.text} characters` })
    .describe(description);
const text = (description: string) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(LIMITS.text, { message: `must be at most ${LIMITS.text} characters` })
    .describe(description);

const rating = z
  .union([z.number().int({ message: 'must be a whole number from 1 to 5' }).min(1).max(5), z.enum(NON_RATINGS)])
  .describe('1 (strongly disagree) to 5 (strongly agree); unsure (does not know) or n/a (does not apply).');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'is not a real calendar date' });

const objectMaker =
  (strict: boolean) =>
  <T extends z.ZodRawShape>(shape: T) =>
    strict ? z.strictObject(shape) : z.object(shape);
type ObjectMaker = ReturnType<typeof objectMaker>;

/** Executives, the statements and the blurred areas: what the room rates and owns. */
function ratedParts(obj: ObjectMaker) {
  const executive = obj({
    name: name('Full name of the executive or body.'),
    title: name('Job title, for executives other than the CIO and CMO.').optional(),
    email: z.string().max(LIMITS.name).optional(),
  });

  const ratings = obj({
    cio: rating.optional(),
    cmo: rating.optional(),
    ceo: rating.optional(),
  }).describe('Each rater answers 1..5, unsure or n/a; a missing key means unanswered.');

  const notes = z
    .union([
      prose('Notes on the statement.'),
      obj({
        cio: prose("The CIO's evidence.").optional(),
        cmo: prose("The CMO's evidence.").optional(),
        ceo: prose("The CEO's view.").optional(),
      }),
    ])
    .nullable()
    .describe("Text, or each side's evidence: { cio, cmo, ceo }.");

  const question = obj({
    id: id('question'),
    text: text('The statement each executive rates.'),
    ratings: ratings.optional(),
    notes: notes.optional(),
  });

  const section = obj({
    id: z.enum(SECTION_IDS).describe('One of the five points of the review.'),
    title: name('The point, as the board reads it.').optional(),
    questions: z.array(question).default([]),
  });

  const ownerRef = z
    .string()
    .max(LIMITS.id)
    .nullable()
    .describe(
      'cio | cmo | joint | another key of executives. Empty or a placeholder (tbd, tbc, unknown, none, nobody, n/a, pending, unassigned, -, ?) means no owner.',
    );

  const blurredArea = obj({
    id: id('blurred area'),
    name: name('What the area is, as the board would say it.'),
    owner: ownerRef.optional(),
    claims: z
      .record(z.string().regex(EXECUTIVE_KEY, { message: 'must be a key of executives' }), ownerRef)
      .optional()
      .describe('Who each executive says owns the area; unsure when they do not know.'),
    process: prose('How the area is run day to day; required for joint areas.').nullable().optional(),
    boardReporting: z.enum(BOARD_REPORTING).nullable().optional().describe('How often the area is reported to the board.'),
    notes: prose('Notes on the area.').nullable().optional(),
  });
  return { executive, section, blurredArea, ownerRef };
}

/** Investments, success criteria, actions, decisions and waivers: what the review plans and decides. */
function plannedParts(obj: ObjectMaker, ownerRef: ReturnType<typeof ratedParts>['ownerRef']) {
  const investment = obj({
    id: id('investment'),
    name: name('The investment, as the board knows it.'),
    owners: z.array(z.string().max(LIMITS.id)).default([]).describe('Keys of executives, or joint.'),
    budget: obj({
      amount: z.number().nonnegative(),
      currency: z.string().regex(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 4217 code such as GBP' }),
    }).optional(),
    roi: obj({
      metric: name('What is measured.').optional(),
      baseline: z.number().optional().describe('Where the measure stood before the investment.'),
      target: z.number().optional(),
      actual: z.number().nullable().optional(),
      direction: z.enum(['up', 'down']).optional().describe('up (default): higher is better; down: lower is better, as for a cost.'),
      due: isoDate.optional().describe('When the target is to be met (YYYY-MM-DD).'),
    }).optional(),
    jointReporting: z.boolean().optional(),
    notes: prose('Notes on the investment.').nullable().optional(),
  });

  const criterion = obj({
    id: id('success criterion'),
    text: text('A measurable success criterion.'),
    metric: name('What is measured.').optional(),
    target: z.union([z.number(), name('The target, in words.')]).optional(),
    actual: z
      .union([z.number(), name('Where it stands, in words.')])
      .nullable()
      .optional(),
    due: isoDate.optional().describe('When it is to be met (YYYY-MM-DD).'),
    status: z.enum(CRITERION_STATUSES).default('open').describe('open | met | missed | dropped.'),
  });

  const action = obj({
    id: id('action'),
    title: name('What will be done, as one line.'),
    owner: ownerRef.optional().describe('A key of executives, or joint.'),
    due: isoDate.optional().describe('When it is due (YYYY-MM-DD).'),
    status: z.enum(ACTION_STATUSES).default('open').describe('open | done | dropped.'),
    for: z
      .array(
        z.string().max(LIMITS.text).regex(REFERENCE, {
          message: 'must be question:<section>/<id>, area:<id>, investment:<id>, criterion:<cio|cmo|joint>/<id> or finding:<rule>/<target>',
        }),
      )
      .default([])
      .describe(
        'What prompted it: question:<section>/<id>, area:<id>, investment:<id>, criterion:<cio|cmo|joint>/<id>, finding:<rule>/<target>.',
      ),
    measure: prose('How anyone will know it is done.').optional(),
    notes: prose('Notes on the action.').nullable().optional(),
  });

  const decision = obj({
    id: id('decision'),
    ask: text('What the board is asked to decide.'),
    by: isoDate.optional().describe('When the board should decide (YYYY-MM-DD).'),
    outcome: z.enum(DECISION_OUTCOMES).optional().describe('approved | rejected | deferred | amended; absent until decided.'),
    notes: prose('Notes on the decision.').nullable().optional(),
  });

  const waiver = obj({
    rule: z.enum(RULE_IDS).describe('The check rule this waiver silences.'),
    target: name('The id of the item the rule is waived for.'),
    reason: text('Why the exception is accepted.'),
    approvedBy: name('Who accepted it.'),
    approved: isoDate.optional().describe('When it was accepted (YYYY-MM-DD); required in version 2, and expires at most 366 days later.'),
    expires: isoDate.describe('Last day the waiver applies (YYYY-MM-DD).'),
  });
  return { investment, criterion, action, decision, waiver };
}

function build(strict: boolean) {
  const obj = objectMaker(strict);
  const { executive, section, blurredArea, ownerRef } = ratedParts(obj);
  const { investment, criterion, action, decision, waiver } = plannedParts(obj, ownerRef);
  return obj({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Format version of this file.'),
    organisation: name('The organisation under review.'),
    period: z
      .union([
        z.number().int().min(1900).max(2999),
        z
          .string()
          .max(LIMITS.id)
          .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'must be a year or a short label such as 2026-H1' }),
      ])
      .describe('A year, or a label such as "2026-H1".'),
    template: z
      .string()
      .max(LIMITS.id)
      .regex(/^[a-z0-9-]+@\d+$/, { message: 'must be a template id and version, such as five-point@2' })
      .optional()
      .describe('The template id@version the questions came from.'),
    reviewer: obj({ name: name('Who ran the review.'), role: name('Their role, in words (CEO by default).').optional() }).optional(),
    facilitator: obj({ name: name('Who facilitated the workshop.'), organisation: name('Their firm.').optional() }).optional(),
    executives: obj({ cio: executive, cmo: executive })
      .catchall(executive)
      .describe('Who may own things. cio and cmo are required; add others (coo, a steering group...) as keys.'),
    sections: z.array(section).describe('The five points, in order.'),
    blurredAreas: z.array(blurredArea).default([]),
    investments: z.array(investment).default([]),
    successCriteria: obj({
      cio: z.array(criterion).optional(),
      cmo: z.array(criterion).optional(),
      joint: z.array(criterion).optional(),
    }).optional(),
    actions: z.array(action).default([]).describe('What will be done, by whom and when.'),
    decisions: z.array(decision).default([]).describe('What the board is asked to decide.'),
    waivers: z.array(waiver).default([]),
  });
}

let strictSchema: ReturnType<typeof build> | undefined;
let lenientSchema: ReturnType<typeof build> | undefined;

/** The schema that reports unknown keys. */
export function reviewSchema(): ReturnType<typeof build> {
  return (strictSchema ??= build(true));
}

/** The same schema, stripping unknown keys instead of reporting them. */
export function lenientReviewSchema(): ReturnType<typeof build> {
  return (lenientSchema ??= build(false));
}

export type Review = z.output<ReturnType<typeof build>>;
export type Section = Review['sections'][number];
export type Question = Section['questions'][number];
export type BlurredArea = Review['blurredAreas'][number];
export type Investment = Review['investments'][number];
export type Waiver = Review['waivers'][number];
export type Criterion = NonNullable<NonNullable<Review['successCriteria']>['cio']>[number];
export type Action = Review['actions'][number];
export type Decision = Review['decisions'][number];

/** The review file's JSON Schema (draft-07), for editors and other tools; `version` is the tool's. */
export function reviewJsonSchema(version: string): Record<string, unknown> {
  const generated = z.toJSONSchema(reviewSchema(), { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: 'review-file.schema.json',
    title: 'review file (schemaVersion 2)',
    description: `The CEO's annual review of the CIO and CMO functions. Generated by review ${version}; validate with \`review check\`.`,
  };
}
