/** `review report <file>`: the combined board report, in Markdown or self-contained HTML. */
import { checkLoaded } from '../core/check.js';
import { diffReviews } from '../core/diff.js';
import { scoreReview } from '../core/score.js';
import { UsageError } from '../errors.js';
import { isoDay, type IO } from '../io/context.js';
import { writeFileAtomic } from '../io/files.js';
import { REPORT_FORMATS, type ReportFormat } from '../render/report/index.js';
import { buildReportModel } from '../render/report/model.js';
import { readReview } from './load.js';
import { parseDay, parseGapThreshold } from './options.js';
import { collectTrend } from './trend.js';
import { extname, resolve } from 'node:path';
import { Option } from 'commander';
import { examples, type CommandModule, gapThresholdOption } from './define.js';

export interface ReportCommandOptions {
  format?: string;
  out?: string;
  force?: boolean;
  previous?: string;
  trend?: string;
  gapThreshold?: string;
  today?: string;
  version: string;
}

const EXTENSIONS: Record<string, ReportFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/**
 * The format: `--format`, or else what `--out`'s extension says (case does not matter), or else
 * Markdown on standard output. An extension that says another format, or none we write (`.pdf`),
 * is refused rather than written with the wrong content.
 */
export function reportFormat(format: string | undefined, out: string | undefined): ReportFormat {
  if (format !== undefined && !Object.hasOwn(REPORT_FORMATS, format))
    throw new UsageError(`--format must be one of ${Object.keys(REPORT_FORMATS).join(', ')}`);
  if (out === undefined) return (format ?? 'markdown') as ReportFormat;
  const ext = extname(out).toLowerCase();
  const known = Object.keys(EXTENSIONS).join(', ');
  const byExtension = Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
  if (!byExtension) {
    throw new UsageError(
      ext
        ? `--out ${out}: review writes no \`${ext}\` report; name the file ${known}`
        : `--out ${out} has no extension: name the file ${known}`,
    );
  }
  if (format !== undefined && format !== byExtension) {
    throw new UsageError(`--format ${format} does not match --out ${out}, which names ${byExtension}; change one of them`);
  }
  return byExtension;
}

export async function runReport(file: string, options: ReportCommandOptions, io: IO): Promise<number> {
  const format = reportFormat(options.format, options.out);
  const gapThreshold = parseGapThreshold(options.gapThreshold);
  const current = readReview(io, file);
  const previous = options.previous ? readReview(io, options.previous) : undefined;
  const today = parseDay('--today', options.today) ?? isoDay(io.now());
  const findings = checkLoaded(file, current.loaded, { severities: {}, today, gapThreshold });
  const model = buildReportModel({
    file,
    review: current.review,
    score: scoreReview(current.review, gapThreshold),
    findings,
    previous: previous ? diffReviews(previous.file, previous.review, file, current.review, { gapThreshold, today }) : undefined,
    version: options.version,
    today,
  });
  // The trend page follows this organisation through the folder, whatever else the folder holds.
  if (options.trend !== undefined)
    model.trend = await collectTrend([options.trend], { org: current.review.organisation, gapThreshold: options.gapThreshold }, io);
  const text = (await REPORT_FORMATS[format]())(model);
  if (options.out) {
    const inputs = [current.file, previous?.file].filter((f): f is string => f !== undefined).map((f) => resolve(io.cwd, f));
    writeFileAtomic(resolve(io.cwd, options.out), text, { force: options.force, display: options.out, inputs });
    io.stderr(`Wrote ${options.out} (${format}, ${Buffer.byteLength(text)} bytes).\n`);
  } else io.stdout(text);
  return 0;
}

export const command: CommandModule = {
  summary: 'the combined board report, in Markdown or self-contained HTML',
  define: (c, { io, setExit, version }) => {
    c.description(
      'Write the combined report of the CIO and CMO functions for the board: the verdict with maturity, consensus, ownership and whether the review meets the agreed rules; priorities and conversations; self-rating bias in words; a radar chart of the five points; the ownership matrix of the blurred areas; the digital investments; the success criteria; and open points in plain words. The HTML is one self-contained file.',
    )
      .argument('<file>', 'a review file (or REV:path)')
      .addOption(
        new Option(
          '-f, --format <format>',
          `${Object.keys(REPORT_FORMATS).join(', ')} (default: from the --out extension, else markdown)`,
        ).choices(Object.keys(REPORT_FORMATS)),
      )
      .option(
        '-o, --out <file>',
        'write to a file (atomically, mode 0600) instead of standard output; .md, .markdown, .html, .htm or .json',
      )
      .option('--force', 'replace --out if it exists (never a folder, FIFO, device, link or an input)')
      .option('--previous <file>', "last year's review, to show the change (a file, or REV:path)")
      .option(
        '--trend <folder>',
        "add a page on the years: this organisation's reviews in the folder (or files), as review trend shows them",
      )
      .option('--today <yyyy-mm-dd>', 'the date overdue actions, criteria and exceptions in force are judged against (default: today)')
      .addOption(gapThresholdOption())
      .addHelpText(
        'after',
        examples(
          'review report reviews/2026.yaml --previous reviews/2025.yaml --format html --out board.html',
          'review report reviews/2026.yaml > board.md',
          'review report reviews/2027.yaml --trend reviews/ --out board.html   # with a page on the years',
        ),
      )
      .action(async (file: string, opts) => setExit(await runReport(file, { ...opts, version: version }, io)));
  },
};
