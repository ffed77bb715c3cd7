/**
 * Why a review is refused, from zod: the strict parse's problems in plain words (unknown keys
 * reported), and the review as the lenient parse reads it (unknown keys stripped) when the rules can
 * still run on it. validateReview asks this only for a value the fast validator refused, so zod is
 * loaded for a file with problems and for the commands that build with zod, never for a clean check.
 */
import { lenientReviewSchema, reviewSchema } from './schema-zod.js';
import { toProblem, type Explained, type Issue } from './validate.js';

export function explainReview(value: unknown): Explained {
  const strict = reviewSchema();
  const parsed = strict.safeParse(value, { reportInput: true });
  if (parsed.success) return { review: parsed.data, problems: [] };
  const problems = parsed.error.issues.flatMap((issue) => toProblem(issue as Issue, strict));
  const lenient = lenientReviewSchema().safeParse(value);
  return lenient.success ? { review: lenient.data, problems } : { problems };
}
