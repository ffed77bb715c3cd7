/**
 * From bytes to a typed review: the one pipeline every command uses, so that `check`, `score`,
 * `diff` and `report` agree on what a valid file is and where its problems are.
 */
import type { Review } from './schema.js';
import { formatPath } from './text.js';
import { validateReview } from './validate.js';
import { locate, readYaml, type SourceText } from './yaml-read.js';

export interface LocatedProblem {
  message: string;
  line: number;
  column: number;
  /** YAML path, formatted (`blurredAreas[3].owner`). */
  path: string;
  target?: string;
}

export interface LoadedReview {
  /** Present when the rules can run on the file (it may still have schema problems). */
  review?: Review;
  source: SourceText;
  /** Every schema problem, located. Empty for a valid file. */
  problems: LocatedProblem[];
  /** The schemaVersion the file was written in; the review itself is always version 2. */
  sourceVersion?: number;
}

export function loadReview(bytes: Uint8Array, size = bytes.length): LoadedReview {
  const read = readYaml(bytes, size);
  if (read.problems.length) {
    return {
      source: read.source,
      problems: read.problems.map((p) => ({ message: p.message, line: p.line, column: p.column, path: formatPath(p.path) })),
    };
  }
  const validated = validateReview(read.value);
  return {
    review: validated.review,
    sourceVersion: validated.sourceVersion,
    source: read.source,
    problems: validated.problems.map((p) => ({
      message: p.message,
      ...locate(read.source, p.path, p.at),
      path: formatPath(p.path),
      ...(p.target !== undefined ? { target: p.target } : {}),
    })),
  };
}
