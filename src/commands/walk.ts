/**
 * The reviews under files and folders, one at a time, for the commands that read a portfolio
 * (trend, benchmark): the same walk as `check` (recursive, .yaml/.yml, --exclude, safe with links
 * and FIFOs), but a file a command cannot use stops the run with its located problems (exit 2),
 * since a trend or a benchmark with a file silently left out would mislead.
 */
import { InputError, UsageError } from '../errors.js';
import type { IO } from '../io/context.js';
import { findReviewFiles, makeExcluder } from '../io/files.js';
import { usableFromBytes, type UsableReview } from './read.js';

export async function* walkReviews(io: IO, paths: readonly string[], exclude: readonly string[] = []): AsyncGenerator<UsableReview> {
  if (!paths.length) throw new UsageError('name at least one file or folder, e.g. `reviews/`');
  let any = false;
  for (const found of findReviewFiles(io.cwd, paths, makeExcluder(exclude))) {
    any = true;
    if ('problem' in found) throw new InputError(found.problem, [{ file: found.display, line: 1, column: 1, message: found.problem }]);
    yield await usableFromBytes(found.display, found.bytes, found.size);
  }
  if (!any) throw new UsageError(`no .yaml or .yml files found in ${paths.join(', ')}${exclude.length ? ' (after --exclude)' : ''}`);
}

/** Organisation names compare without case or surrounding space. */
export const orgKey = (name: string): string => name.trim().toLowerCase();
