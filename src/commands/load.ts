/**
 * For the commands that need a usable review (score, diff, report, merge): load it, or stop with
 * exit 2 and every problem as file:line:column.
 */
import { loadReview } from '../core/load.js';
import type { Review } from '../core/schema.js';
import type { SourceText } from '../core/yaml-read.js';
import { InputError } from '../errors.js';
import type { IO } from '../io/context.js';
import { readInput } from '../io/files.js';
import { isRevisionPath, readRevision } from '../io/git.js';

export interface UsableReview {
  file: string;
  review: Review;
  source: SourceText;
}

export function reviewFromBytes(file: string, bytes: Uint8Array, size = bytes.length): UsableReview {
  const loaded = loadReview(bytes, size);
  if (loaded.problems.length || !loaded.review) {
    throw new InputError(
      `${file} is not a usable review (${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}); \`review check ${file}\` lists them with their rules`,
      loaded.problems.map((p) => ({ file, line: p.line, column: p.column, message: p.message })),
    );
  }
  return { file, review: loaded.review, source: loaded.source };
}

/** Read a review from a file, or from git when given as `REV:path`. */
export function readReview(io: IO, file: string): UsableReview {
  const input = isRevisionPath(io.cwd, file) ? readRevision(io.cwd, file) : readInput(io.cwd, file);
  return reviewFromBytes(file, input.bytes, input.size);
}
