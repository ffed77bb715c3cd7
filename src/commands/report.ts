/** `review report <file>`: the combined board report, in Markdown or self-contained HTML. */
import { checkLoaded } from '../core/check.js';
import { diffReviews } from '../core/diff.js';
import { DEFAULT_GAP_THRESHOLD, scoreReview } from '../core/score.js';
import { UsageError } from '../errors.js';
import { isoDay, type IO } from '../io/context.js';
import { writeFileAtomic } from '../io/files.js';
import { REPORT_FORMATS, type ReportFormat } from '../render/report/index.js';
import { buildReportModel } from '../render/report/model.js';
import { readReview } from './load.js';
import { parseDay, parseNumber } from './options.js';
import { resolve } from 'node:path';

export interface ReportCommandOptions {
  format?: string;
  out?: string;
  force?: boolean;
  previous?: string;
  gapThreshold?: string;
  today?: string;
  version: string;
}

export async function runReport(file: string, options: ReportCommandOptions, io: IO): Promise<number> {
  const format = (options.format ?? (options.out?.endsWith('.html') ? 'html' : options.out?.endsWith('.json') ? 'json' : 'markdown')) as ReportFormat;
  if (!Object.hasOwn(REPORT_FORMATS, format)) throw new UsageError(`--format must be one of ${Object.keys(REPORT_FORMATS).join(', ')}`);
  const gapThreshold = parseNumber('--gap-threshold', options.gapThreshold, { min: 1, max: 4, integer: true }) ?? DEFAULT_GAP_THRESHOLD;
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
  const text = REPORT_FORMATS[format](model);
  if (options.out) {
    writeFileAtomic(resolve(io.cwd, options.out), text, { force: options.force });
    io.stderr(`Wrote ${options.out} (${format}, ${Buffer.byteLength(text)} bytes).\n`);
  } else io.stdout(text);
  return 0;
}
