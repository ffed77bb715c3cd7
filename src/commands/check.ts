/** `review check <path...>`: the CI gate. */
import type { FileFindings, Severity } from '../core/finding.js';
import { checkFile } from '../core/check.js';
import { summarize } from '../core/finding.js';
import { DEFAULT_GAP_THRESHOLD } from '../core/score.js';
import { colorEnabled, makePaint } from '../io/color.js';
import { isoDay, type IO } from '../io/context.js';
import { findReviewFiles, readInput } from '../io/files.js';
import { CHECK_FORMATS, type CheckFormat } from '../render/check/index.js';
import { fails } from '../render/check/model.js';
import { parseDay, parseMinimums, parseNumber, parseRuleSeverities } from './options.js';
import { UsageError } from '../errors.js';

export interface CheckCommandOptions {
  format?: string;
  rule?: string[];
  failOn?: string;
  today?: string;
  maxGap?: string;
  min?: string[];
  gapThreshold?: string;
  color?: boolean;
  version: string;
}

export async function runCheck(paths: readonly string[], options: CheckCommandOptions, io: IO): Promise<number> {
  const format = (options.format ?? 'text') as CheckFormat;
  if (!Object.hasOwn(CHECK_FORMATS, format)) throw new UsageError(`--format must be one of ${Object.keys(CHECK_FORMATS).join(', ')}`);
  const failOn = (options.failOn ?? 'error') as Severity;
  if (failOn !== 'error' && failOn !== 'warn') throw new UsageError('--fail-on must be error or warn');
  const checkOptions = {
    severities: parseRuleSeverities(options.rule),
    today: parseDay('--today', options.today) ?? isoDay(io.now()),
    gapThreshold: parseNumber('--gap-threshold', options.gapThreshold, { min: 1, max: 4, integer: true }) ?? DEFAULT_GAP_THRESHOLD,
    maxGap: parseNumber('--max-gap', options.maxGap, { min: 0, max: 4, integer: true }),
    minimums: parseMinimums(options.min),
  };
  if (!paths.length) throw new UsageError('name at least one file or folder to check, e.g. `review check reviews/`');

  const files = findReviewFiles(io.cwd, paths);
  if (!files.length) throw new UsageError(`no .yaml or .yml files found in ${paths.join(', ')}`);
  const results: FileFindings[] = [];
  for (const file of files) {
    const input = readInput(io.cwd, file);
    results.push({ file, findings: checkFile(file, input.bytes, checkOptions, input.size) });
  }
  const report = { files: results, summary: summarize(results) };
  const paint = makePaint(format === 'text' && colorEnabled(io, options.color));
  io.stdout(CHECK_FORMATS[format](report, { paint, failOn, version: options.version }));
  return results.some((r) => r.findings.some((f) => fails(f.severity, failOn))) ? 1 : 0;
}
