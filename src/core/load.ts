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

/**
 * The problems in file order: the first {@link MAX_FINDINGS_PER_RULE}, then one that says how many
 * more there are. Each problem's place is all the sorting needs; the located problem (its message
 * and formatted path) is built only for those listed, so 80,000 unknown keys cost 80,000 places and
 * 101 problems. The sort is stable: problems at one place keep their order.
 */
function bounded(
  count: number,
  place: (i: number) => { line: number; column: number },
  build: (i: number, at: { line: number; column: number }) => LocatedProblem,
): LocatedProblem[] {
  const places = Array.from({ length: count }, (_, i) => place(i));
  const order = places.map((_, i) => i);
  order.sort((a, b) => {
    const pa = present(places[a], 'a place');
    const pb = present(places[b], 'a place');
    return pa.line - pb.line || pa.column - pb.column;
  });
  const shown = order.slice(0, MAX_FINDINGS_PER_RULE).map((i) => build(i, present(places[i], 'a place')));
  const next = order[MAX_FINDINGS_PER_RULE];
  if (next === undefined) return shown;
  const first = build(next, present(places[next], 'a place'));
  return [
    ...shown,
    {
      message: `… and ${formatCount(count - MAX_FINDINGS_PER_RULE)} more problems in this file, from line ${first.line} on (the first ${MAX_FINDINGS_PER_RULE} are listed)`,
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
      problems: bounded(
        read.problems.length,
        (i) => present(read.problems[i], 'a problem'),
        (i, { line, column }) => {
          const p = present(read.problems[i], 'a problem');
          return { message: p.message, line, column, path: formatPath(p.path) };
        },
      ),
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
      validated.problems.length,
      (i) => {
        const p = present(validated.problems[i], 'a problem');
        return locate(read.source, p.path, p.at);
      },
      (i, { line, column }) => {
        const p = present(validated.problems[i], 'a problem');
        return { message: p.message, line, column, path: formatPath(p.path), ...(p.target !== undefined ? { target: p.target } : {}) };
      },
    ),
    problemCount: validated.problems.length,
  };
}
