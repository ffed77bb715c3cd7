/**
 * The review file, schemaVersion 1, as zod. Key names are the contract (DESIGN.md); `review schema`
 * prints this as JSON Schema for editors.
 *
 * Two variants are built from one definition: the strict one reports unknown keys (typo detection),
 * the lenient one strips them, so the check rules can still run on a file with a typo in it.
 */
import * as z from 'zod';
import { RULE_IDS } from './rule-ids.js';

export const SCHEMA_VERSION = 1;

/** The five points, in order. Their ids are stable across years. */
export const SECTION_IDS = ['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const BOARD_REPORTING = ['none', 'monthly', 'quarterly', 'annually'] as const;

/** Owner values that mean "nobody": an area with one of these has no owner. */
export const OWNER_PLACEHOLDERS = ['tbd', 'tbc', 'unknown', 'none', 'nobody', 'n/a', 'pending', 'unassigned', '-', '?'] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXECUTIVE_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const id = (what: string) =>
  z
    .string()
    .regex(KEBAB, { message: `must be kebab-case (lower-case words joined by hyphens, e.g. \`customer-data\`)` })
    .describe(`Stable id of the ${what}, unique in its list; used to match items across years.`);

const text = (description: string) => z.string().trim().min(1, { message: 'must not be empty' }).describe(description);

const rating = z.number().int({ message: 'must be a whole number from 1 to 5' }).min(1).max(5).describe('1 (strongly disagree) to 5 (strongly agree).');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a real calendar date',
  });

function build(strict: boolean) {
  const obj = <T extends z.ZodRawShape>(shape: T) => (strict ? z.strictObject(shape) : z.object(shape));

  const executive = obj({
    name: text('Full name of the executive or body.'),
    title: z.string().optional().describe('Job title, for executives other than the CIO and CMO.'),
    email: z.string().optional(),
  });

  const ratings = obj({
    cio: rating.optional(),
    cmo: rating.optional(),
    ceo: rating.optional(),
  }).describe('Each rater scores the statement 1..5; a missing key means unanswered.');

  const question = obj({
    id: id('question'),
    text: text('The statement each executive rates.'),
    ratings: ratings.optional(),
    notes: z.string().nullable().optional(),
  });

  const section = obj({
    id: z.enum(SECTION_IDS).describe('One of the five points of the review.'),
    title: z.string().optional(),
    questions: z.array(question).default([]),
  });

  const ownerRef = z.string().nullable().describe('cio | cmo | joint | another key of executives. Empty or a placeholder (tbd, tbc, unknown, none, nobody, n/a, pending, unassigned, -, ?) means no owner.');

  const blurredArea = obj({
    id: id('blurred area'),
    name: text('What the area is, as the board would say it.'),
    owner: ownerRef.optional(),
    claims: z
      .record(z.string().regex(EXECUTIVE_KEY, { message: 'must be a key of executives' }), ownerRef)
      .optional()
      .describe('Who each executive says owns the area.'),
    process: z.string().nullable().optional().describe('How the area is run day to day; required for joint areas.'),
    boardReporting: z.enum(BOARD_REPORTING).nullable().optional().describe('How often the area is reported to the board.'),
    notes: z.string().nullable().optional(),
  });

  const investment = obj({
    id: id('investment'),
    name: text('The investment, as the board knows it.'),
    owners: z.array(z.string()).default([]).describe('Keys of executives, or joint.'),
    budget: obj({
      amount: z.number().nonnegative(),
      currency: z.string().regex(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 4217 code such as GBP' }),
    }).optional(),
    roi: obj({
      metric: z.string().optional(),
      target: z.number().optional(),
      actual: z.number().nullable().optional(),
    }).optional(),
    jointReporting: z.boolean().optional(),
    notes: z.string().nullable().optional(),
  });

  const criteria = z.array(text('A measurable success criterion.'));

  const waiver = obj({
    rule: z.enum(RULE_IDS).describe('The check rule this waiver silences.'),
    target: text('The id of the item the rule is waived for.'),
    reason: text('Why the exception is accepted.'),
    approvedBy: text('Who accepted it.'),
    expires: isoDate.describe('Last day the waiver applies (YYYY-MM-DD).'),
  });

  return obj({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Format version of this file.'),
    organisation: text('The organisation under review.'),
    period: z
      .union([
        z.number().int().min(1900).max(2999),
        z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'must be a year or a short label such as 2026-H1' }),
      ])
      .describe('A year, or a label such as "2026-H1".'),
    template: z
      .string()
      .regex(/^[a-z0-9-]+@\d+$/, { message: 'must be a template id and version, such as five-point@1' })
      .optional()
      .describe('The template id@version the questions came from.'),
    reviewer: obj({ name: text('Who ran the review.'), role: z.string().optional() }).optional(),
    executives: obj({ cio: executive, cmo: executive })
      .catchall(executive)
      .describe('Who may own things. cio and cmo are required; add others (coo, a steering group...) as keys.'),
    sections: z.array(section).describe('The five points, in order.'),
    blurredAreas: z.array(blurredArea).default([]),
    investments: z.array(investment).default([]),
    successCriteria: obj({
      cio: criteria.optional(),
      cmo: criteria.optional(),
      joint: criteria.optional(),
    }).optional(),
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

export const EXECUTIVE_KEY_PATTERN = EXECUTIVE_KEY;
