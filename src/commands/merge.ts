/** `review merge <file...> --out <file>`: combine answers collected separately from each executive. */
import { resolve } from 'node:path';
import { conflictProblem, mergeReviews } from '../core/merge.js';
import { serializeReview } from '../core/serialize.js';
import { escapeControl, safeJson } from '../render/escape.js';
import { InputError, UsageError } from '../errors.js';
import { isoDay, type IO } from '../io/context.js';
import { refuseInputAsOutput, writeFileAtomic } from '../io/files.js';
import { readReview, requireValidReview } from './load.js';
import { Option } from 'commander';
import { examples, type CommandModule } from './define.js';

export async function runMerge(files: string[], options: { out?: string; force?: boolean; format?: string }, io: IO): Promise<number> {
  if (files.length < 2) throw new UsageError('name at least two review files to merge');
  if (!options.out) throw new UsageError('--out <file> is required: merge never writes over its inputs');
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  refuseInputAsOutput(
    resolve(io.cwd, options.out),
    files.map((f) => resolve(io.cwd, f)),
    options.out,
  );
  const inputs = files.map((f) => readReview(io, f));
  const { review, conflicts } = mergeReviews(inputs);
  if (format === 'json' && conflicts.length) {
    io.stdout(`${safeJson({ version: 1, out: options.out, written: false, conflicts })}\n`);
    return 2;
  }
  if (conflicts.length) {
    // Each conflict once, located in the first file and naming the others.
    throw new InputError(
      `${conflicts.length} conflict(s): the files give different values for the same field; nothing was written.\n` +
        'Settle each one in one of the files (or remove it from one side) and merge again. Names that differ only in case or spacing are not conflicts.',
      conflicts.map(conflictProblem),
    );
  }
  const r = requireValidReview(review, options.out, 'the merged answers do not make a valid review');
  const path = resolve(io.cwd, options.out);
  writeFileAtomic(path, serializeReview(r, ` Merged by review on ${isoDay(io.now())} from ${files.join(', ')}.`), {
    force: options.force,
    display: options.out,
    // Never over one of the files being merged, even with --force.
    inputs: files.map((f) => resolve(io.cwd, f)),
  });
  if (format === 'json') {
    io.stdout(`${safeJson({ version: 1, out: options.out, written: true, conflicts: [] })}\n`);
    return 0;
  }
  const rated = (who: 'cio' | 'cmo') =>
    r.sections.reduce((n, s) => n + s.questions.filter((q) => q.ratings?.[who] !== undefined).length, 0);
  const total = r.sections.reduce((n, s) => n + s.questions.length, 0);
  const out = /^[\w./@%+=:,-]+$/.test(options.out) ? options.out : `'${options.out.replace(/'/g, `'\\''`)}'`;
  io.stdout(
    `Merged ${files.length} files into ${escapeControl(options.out)}: CIO rated ${rated('cio')} of ${total}, CMO ${rated('cmo')} of ${total}; ${r.blurredAreas.length} blurred areas.\n` +
      `Next, together: review agree ${escapeControl(out)}     settles the owners, processes and board reporting still open; every rating is kept\n`,
  );
  return 0;
}

export const command: CommandModule = {
  summary: 'combine answers collected separately from each executive',
  define: (c, { io, setExit }) => {
    c.description(
      'Combine reviews collected separately (review init --role cio / --role cmo) by id at every level. Two different values for the same field are a conflict: each is shown with its file:line:column and nothing is written.',
    )
      .argument('<file...>', 'review files to combine')
      .requiredOption('-o, --out <file>', 'the merged review to write (never one of the files merged)')
      .option('--force', 'replace --out if it exists (never one of the inputs)')
      .addOption(new Option('-f, --format <format>', 'text, or json (conflicts as data)').choices(['text', 'json']).default('text'))
      .addHelpText('after', examples('review merge roles/2026/cio.yaml roles/2026/cmo.yaml --out roles/2026/merged.yaml'))
      .action(async (files: string[], opts) => setExit(await runMerge(files, opts, io)));
  },
};
