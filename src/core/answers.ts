/**
 * The answers file of `review init --answers`: a partial review in the same format. Whatever it
 * leaves out comes from the template (questions, area names) or from last year's file (`--from`).
 * Derived from the review schema, so it stays strict about typos in every key.
 */
import * as z from 'zod';
import { reviewSchema } from './schema-zod.js';
import { type Action, type Decision, type Investment, type Question, type RatingAnswer, type Review, type Waiver } from './schema.js';

let schema: z.ZodType | undefined;

export function answersSchema(): z.ZodType {
  if (schema) return schema;
  const base = reviewSchema();
  const section = base.shape.sections.element;
  const question = section.shape.questions.unwrap().element.partial({ text: true });
  const area = base.shape.blurredAreas.unwrap().element.partial({ name: true });
  schema = base
    .extend({
      executives: base.shape.executives.partial(),
      sections: z.array(section.extend({ questions: z.array(question).optional() })),
      blurredAreas: z.array(area),
      // No defaults here: a list the answers leave out must stay absent, so --from can fill it.
      investments: z.array(base.shape.investments.unwrap().element),
      waivers: z.array(base.shape.waivers.unwrap().element),
      actions: z.array(base.shape.actions.unwrap().element),
      decisions: z.array(base.shape.decisions.unwrap().element),
      // An answers file may still say `schemaVersion: 1` and list criteria as text: read as version 2.
      schemaVersion: z.union([z.literal(1), z.literal(2)]),
    })
    .partial();
  return schema;
}

export type AnswerQuestion = {
  id: string;
  text?: string;
  ratings?: { cio?: RatingAnswer; cmo?: RatingAnswer; ceo?: RatingAnswer };
  notes?: Question['notes'];
};
export type AnswerArea = {
  id: string;
  name?: string;
  owner?: string | null;
  claims?: Record<string, string | null>;
  process?: string | null;
  boardReporting?: 'none' | 'monthly' | 'quarterly' | 'annually' | null;
  notes?: string | null;
};

/** What a parsed answers file holds; every key optional. */
export interface Answers {
  schemaVersion?: 1 | 2;
  organisation?: string;
  period?: string | number;
  template?: string;
  reviewer?: { name: string; role?: string };
  facilitator?: { name: string; organisation?: string };
  executives?: Record<string, { name: string; title?: string; email?: string }>;
  sections?: { id: string; title?: string; questions?: AnswerQuestion[] }[];
  blurredAreas?: AnswerArea[];
  investments?: Investment[];
  successCriteria?: NonNullable<Review['successCriteria']>;
  actions?: Action[];
  decisions?: Decision[];
  waivers?: Waiver[];
}
