/**
 * From bytes to a typed review: the one pipeline every command uses, so that `check`, `score`,
 * `diff` and `report` agree on what a valid file is and where its problems are.
 */
import { present } from './present.js';
import { MAX_FINDINGS_PER_RULE } from './finding.js';
import type { Review } from './schema.js';
import { formatCount, formatPath } from './text.js';
import type { Located } from './problem.js';
import { startValidation, type Validated } from './validate.js';
import { locate, readYaml, type ReadResult, type SourceText } from './yaml-read.js';

/** A problem of a loaded file, located, its path formatted (`blurredAreas[3].owner`). */
export type LocatedProblem = Located;

export interface LoadedReview {
  /** Present when the rules can run on the file (it may still have schema problems). */
  review?: Review;
  source: SourceText;
  /**
   * The schema problems, located, in file order: the first {@link MAX_FINDINGS_PER_RULE}, then one
   * that says how many more there are. Empty for a valid file.
   */
  problems: LocatedProblem[];
  /** The schemaVersion the file was written in; the review itself is always version 2. */
  sourceVersion?: number;
  /** How many problems the file has in all (more than `problems` holds when they were capped). */
  problemCount: number;
}

/** Sort by position and keep the first {@link MAX_FINDINGS_PER_RULE}, then say how many more. */
function bounded(problems: LocatedProblem[]): LocatedProblem[] {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length <= MAX_FINDINGS_PER_RULE) return problems;
  const first = present(problems[MAX_FINDINGS_PER_RULE], 'problems[MAX_FINDINGS_PER_RULE]');
  const more = problems.length - MAX_FINDINGS_PER_RULE;
  return [
    ...problems.slice(0, MAX_FINDINGS_PER_RULE),
    {
      message: `… and ${formatCount(more)} more problems in this file, from line ${first.line} on (the first ${MAX_FINDINGS_PER_RULE} are listed)`,
      line: first.line,
      column: first.column,
      path: first.path,
    },
  ];
}

export function loadReview(bytes: Uint8Array, size = bytes.length): LoadedReview {
  const started = startLoad(bytes, size);
  return 'explain' in started ? started.explain() : started;
}

/**
 * loadReview up to zod: the loaded review, or for a file the fast validator refused, what finishes
 * loading it once an explainer is provided (validate.ts), without reading the file again.
 */
export function startLoad(bytes: Uint8Array, size = bytes.length): LoadedReview | { explain: () => LoadedReview } {
  const read = readYaml(bytes, size);
  if (read.problems.length) {
    return {
      source: read.source,
      problems: bounded(read.problems.map((p) => ({ message: p.message, line: p.line, column: p.column, path: formatPath(p.path) }))),
      problemCount: read.problems.length,
    };
  }
  const started = startValidation(read.value);
  return 'explain' in started ? { explain: () => located(read, started.explain()) } : located(read, started);
}

function located(read: ReadResult, validated: Validated): LoadedReview {
  return {
    review: validated.review,
    sourceVersion: validated.sourceVersion,
    source: read.source,
    problems: bounded(
      validated.problems.map((p) => ({
        message: p.message,
        ...locate(read.source, p.path, p.at),
        path: formatPath(p.path),
        ...(p.target !== undefined ? { target: p.target } : {}),
      })),
    ),
    problemCount: validated.problems.length,
  };
}
