/** The end of a workshop (init or agree): the file written, and what the room sees afterwards. */
import type { Review } from '../../core/schema.js';
import { gateOfReview } from '../../core/check.js';
import { DEFAULT_GAP_THRESHOLD, scoreReview } from '../../core/score.js';
import { serializeReview } from '../../core/serialize.js';
import { UsageError } from '../../errors.js';
import { isoDay, type IO } from '../../io/context.js';
import { pathExists, writeNewFile } from '../../io/workshop-files.js';
import type { Paint } from '../../render/paint.js';
import { renderScoreTable } from '../../render/score/table.js';
import type { Role } from './draft.js';
import { RATER_LABEL, nextSteps, shown } from './wording.js';

/**
 * Write the review atomically (0600). An existing file is replaced only with `overwrite`; the
 * refusal says how to go on without losing anything (`keep` names where the answers are).
 */
export function writeReviewFile(
  io: IO,
  out: string,
  review: Review,
  header: string,
  options: { overwrite: boolean; keep?: string; resume?: string; inputs?: readonly string[] },
): void {
  if (!options.overwrite && pathExists(io.cwd, out)) {
    throw new UsageError(
      `${out} already exists and was not replaced.` +
        (options.keep
          ? ` Your answers are kept in ${options.keep}.\n  Replace it:       ${options.resume} --overwrite\n  Or write elsewhere: ${options.resume} --out <file>`
          : ' Pass --overwrite to replace it, or --out <file>.'),
    );
  }
  writeNewFile(io.cwd, out, serializeReview(review, header), options.overwrite, options.inputs);
}

export function fileHeader(io: IO, how: string, template: string | undefined): string {
  return ` ${how} on ${isoDay(io.now())}${template ? `, template ${template}` : ''}.\n Check it with: review check <this file>`;
}

/** The gate shown beside the verdict: how the written review fares in `review check`. */
export function gateOf(io: IO, review: Review): { errors: number; warnings: number } {
  return gateOfReview(review, { severities: {}, today: isoDay(io.now()), gapThreshold: DEFAULT_GAP_THRESHOLD });
}

/** The score (for a whole review) or what one executive gave (for a role file), then the next steps. */
export function printResult(io: IO, paint: Paint, out: string, review: Review, role: Role | undefined, other?: string): void {
  io.stdout(`\n${paint.green('✔')} Wrote ${shown(out)}\n\n`);
  if (!role) {
    io.stdout(
      renderScoreTable(
        { file: out, review, score: scoreReview(review), gate: gateOf(io, review), explain: false },
        { paint, width: io.columns },
      ),
    );
    io.stdout(`\n${nextSteps({ kind: 'review', out, period: String(review.period) })}\n`);
    return;
  }
  const answered = review.sections.reduce((n, s) => n + s.questions.filter((q) => q.ratings?.[role] !== undefined).length, 0);
  const total = review.sections.reduce((n, s) => n + s.questions.length, 0);
  io.stdout(
    `The ${RATER_LABEL[role]} rated ${answered} of ${total} statements and named owners for ${review.blurredAreas.filter((a) => a.claims?.[role]).length} blurred areas.\n`,
  );
  io.stdout(`\n${nextSteps({ kind: 'role', out, role, other })}\n`);
}
