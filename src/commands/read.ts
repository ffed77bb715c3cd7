/**
 * Reading a review for the commands that need zod for nothing else (check, score, trend, benchmark,
 * migrate): the file is validated by the generated validator, and zod (core/explain.ts) is loaded
 * the first time a file is refused, to say why. A file a command cannot use stops it with exit 2
 * and every problem as file:line:column. (init, agree and merge build with zod: commands/load.ts.)
 */
import { startLoad, type LoadedReview } from '../core/load.js';
import type { Review } from '../core/schema.js';
import type { SourceText } from '../core/yaml-read.js';
import { hasExplainer, provideExplainer } from '../core/validate.js';
import { InputError } from '../errors.js';
import type { IO } from '../io/context.js';
import { readInput, type InputFile } from '../io/files.js';
import { isRevisionPath, readRevision } from '../io/git.js';

export interface UsableReview {
  file: string;
  review: Review;
  source: SourceText;
  /** The whole load result, for commands that also run the check rules. */
  loaded: LoadedReview;
}

/** A file loaded, its problems explained by zod, which is loaded for the first file that has any. */
export async function loadExplained(bytes: Uint8Array, size = bytes.length): Promise<LoadedReview> {
  const started = startLoad(bytes, size);
  if (!('explain' in started)) return started;
  if (!hasExplainer()) provideExplainer((await import('../core/explain.js')).explainReview);
  return started.explain();
}

/** The review a command can use, or exit 2 with every problem located. */
export function usableReview(file: string, loaded: LoadedReview): UsableReview {
  if (loaded.problems.length || !loaded.review) {
    throw new InputError(
      `${file} is not a usable review (${loaded.problemCount} problem${loaded.problemCount === 1 ? '' : 's'}); \`review check ${file}\` lists them with their rules`,
      loaded.problems.map((p) => ({ file, line: p.line, column: p.column, message: p.message })),
    );
  }
  return { file, review: loaded.review, source: loaded.source, loaded };
}

export async function usableFromBytes(file: string, bytes: Uint8Array, size = bytes.length): Promise<UsableReview> {
  return usableReview(file, await loadExplained(bytes, size));
}

/** A file's bytes, from disk or, for `REV:path`, from git. */
export function readSource(io: IO, spec: string): InputFile {
  return isRevisionPath(io.cwd, spec) ? readRevision(io.cwd, spec) : readInput(io.cwd, spec);
}

/** A usable review from a file, or from git when given as `REV:path`. */
export async function readUsable(io: IO, file: string): Promise<UsableReview> {
  const input = readSource(io, file);
  return usableFromBytes(file, input.bytes, input.size);
}
