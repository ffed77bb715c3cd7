/**
 * For the commands that need a usable review (score, diff, report, merge): load it, or stop with
 * exit 2 and every problem as file:line:column.
 */
import { loadReview, type LoadedReview } from '../core/load.js';
import type { Review } from '../core/schema.js';
import { formatPath } from '../core/text.js';
import { explainReview } from '../core/explain.js';
import { provideExplainer, validateReview } from '../core/validate.js';
import { migrateValue } from '../core/migrate.js';
import type { SourceText } from '../core/yaml-read.js';
import { InputError } from '../errors.js';
import type { IO } from '../io/context.js';
import { readInput, type InputFile } from '../io/files.js';
import { isRevisionPath, readRevision } from '../io/git.js';

// These commands build with zod or print what it explains; only `review check` loads it lazily.
provideExplainer(explainReview);

export interface UsableReview {
  file: string;
  review: Review;
  source: SourceText;
  /** The whole load result, for commands that also run the check rules. */
  loaded: LoadedReview;
}

export function reviewFromBytes(file: string, bytes: Uint8Array, size = bytes.length): UsableReview {
  const loaded = loadReview(bytes, size);
  if (loaded.problems.length || !loaded.review) {
    throw new InputError(
      `${file} is not a usable review (${loaded.problemCount} problem${loaded.problemCount === 1 ? '' : 's'}); \`review check ${file}\` lists them with their rules`,
      loaded.problems.map((p) => ({ file, line: p.line, column: p.column, message: p.message })),
    );
  }
  return { file, review: loaded.review, source: loaded.source, loaded };
}

/** A file's bytes, from disk or, for `REV:path`, from git. */
export function readSource(io: IO, spec: string): InputFile {
  return isRevisionPath(io.cwd, spec) ? readRevision(io.cwd, spec) : readInput(io.cwd, spec);
}

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
  return reviewFromBytes(file, input.bytes, input.size);
}
