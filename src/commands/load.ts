/**
 * For the commands that build with zod anyway (diff, report, merge, init, agree): a usable review,
 * read at once, or exit 2 and every problem as file:line:column. The commands that need zod for
 * nothing else read through commands/read.ts, which loads it only to explain a refused file.
 */
import { loadReview } from '../core/load.js';
import type { Review } from '../core/schema.js';
import { formatPath } from '../core/text.js';
import { explainReview } from '../core/explain.js';
import { provideExplainer, validateReview } from '../core/validate.js';
import { migrateValue } from '../core/migrate.js';
import { InputError } from '../errors.js';
import type { IO } from '../io/context.js';
import { readSource, usableReview, type UsableReview } from './read.js';

// These commands build with zod or print what it explains: it is there from the start.
provideExplainer(explainReview);

export type { UsableReview } from './read.js';

/**
 * A review assembled by the tool (from answers, a template, merged files) validated like any file.
 * A problem here is something none of the sources supplied; it is reported against `label`.
 */
export function requireValidReview(value: unknown, label: string, message: string): Review {
  // Criteria the workshop typed as text become items with an id, as in a migrated file.
  const plain = JSON.parse(JSON.stringify(value)) as unknown;
  const validated = validateReview(
    plain !== null && typeof plain === 'object' && !Array.isArray(plain) ? migrateValue(plain as Record<string, unknown>) : plain,
  );
  if (validated.problems.length || !validated.review) {
    throw new InputError(
      message,
      validated.problems.map((p) => ({
        file: label,
        line: 1,
        column: 1,
        message: `${p.message}${p.path.length > 1 ? ` (at ${formatPath(p.path)})` : ''}`,
      })),
    );
  }
  return validated.review;
}

/** Read a review from a file, or from git when given as `REV:path`. */
export function readReview(io: IO, file: string): UsableReview {
  const input = readSource(io, file);
  return usableReview(file, loadReview(input.bytes, input.size));
}
