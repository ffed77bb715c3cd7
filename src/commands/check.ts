/** `review check <path...>`: the CI gate. */
import type { FileFindings, Severity } from '../core/finding.js';
import { checkLoadedWithWaived, severityOf, type CheckOptions } from '../core/check.js';
import { addToSummary, type CheckSummary } from '../core/finding.js';
import { comparePeriods } from '../core/trend.js';
import { detach } from '../core/text.js';

import { colorEnabled, makePaint } from '../io/color.js';
import { isoDay, type IO } from '../io/context.js';
import { findReviewFiles, makeExcluder, type FoundFile } from '../io/files.js';
import { isRevisionPath, readRevision } from '../io/git.js';
import { CHECK_FORMATS, type CheckFormat } from '../render/check/index.js';
import { fails } from '../render/check/model.js';
import { parseDay, parseMinimums, parseNumber, parseRuleSeverities, parseGapThreshold } from './options.js';
import { UsageError } from '../errors.js';
import { Option, type Command } from 'commander';
import { examples, collect, type CommandModule, formatOption, gapThresholdOption } from './define.js';
import { loadExplained } from './read.js';
import { RULE_METAS } from '../core/rules/index.js';
import { rulesHelpParagraph } from '../render/rules/help.js';
import { present } from '../core/present.js';

export interface CheckCommandOptions {
  format?: string;
  rule?: string[];
  exclude?: string[];
  latest?: boolean;
  failOn?: string;
  today?: string;
  maxGap?: string;
  min?: string[];
  gapThreshold?: string;
  color?: boolean;
  version: string;
}

/** One file's findings, plus what `--latest` needs to know about it. */
interface Checked extends FileFindings {
  organisation?: string;
  period?: string;
}

async function checkOne(found: FoundFile, options: CheckOptions): Promise<Checked> {
  if ('problem' in found) {
    // A per-file problem (unreadable, a dangling link, a FIFO…) is a `schema` finding at 1:1, like
    // any file that cannot be read as a review; the run goes on.
    const severity = severityOf('schema', options);
    const message = found.problem.startsWith(`${found.display}: `) ? found.problem.slice(found.display.length + 2) : found.problem;
    const findings =
      severity === 'off' ? [] : [{ rule: 'schema' as const, severity, message, file: found.display, line: 1, column: 1, path: '' }];
    return { file: found.display, findings, suppressed: [] };
  }
  // zod is loaded only to explain the first refused file: a run over valid files never loads it.
  const loaded = await loadExplained(found.bytes, found.size);
  const { findings, suppressed } = checkLoadedWithWaived(found.display, loaded, options);
  const review = loaded.review;
  return {
    file: found.display,
    findings,
    suppressed,
    organisation: review?.organisation.trim().toLowerCase(),
    period: review ? String(review.period) : undefined,
  };
}

/** A result kept past its file's turn, with strings of its own (none that pins the file's text). */
function held(result: Checked): Checked {
  const own = <T extends { message: string; path: string; target?: string }>(f: T): T => ({
    ...f,
    message: detach(f.message),
    path: detach(f.path),
    ...(f.target !== undefined ? { target: detach(f.target) } : {}),
  });
  return {
    ...result,
    findings: result.findings.map(own),
    suppressed: result.suppressed?.map(own),
    ...(result.organisation !== undefined ? { organisation: detach(result.organisation) } : {}),
    ...(result.period !== undefined ? { period: detach(result.period) } : {}),
  };
}

const newer = (a: string, b: string) => comparePeriods(a, b) > 0;

export async function runCheck(paths: readonly string[], options: CheckCommandOptions, io: IO): Promise<number> {
  const format = (options.format ?? 'text') as CheckFormat;
  if (!Object.hasOwn(CHECK_FORMATS, format)) throw new UsageError(`--format must be one of ${Object.keys(CHECK_FORMATS).join(', ')}`);
  const failOn = (options.failOn ?? 'error') as Severity;
  if (failOn !== 'error' && failOn !== 'warn') throw new UsageError('--fail-on must be error or warn');
  const checkOptions: CheckOptions = {
    severities: parseRuleSeverities(options.rule),
    today: parseDay('--today', options.today) ?? isoDay(io.now()),
    gapThreshold: parseGapThreshold(options.gapThreshold),
    maxGap: parseNumber('--max-gap', options.maxGap, { min: 0, max: 4, integer: true }),
    minimums: parseMinimums(options.min),
  };
  if (!paths.length) throw new UsageError('name at least one file or folder to check, e.g. `review check reviews/`');

  // REV:path arguments are read from git; every other argument from disk (ambiguity is an error).
  // Both are resolved before any output, so a missing file or revision is exit 2 with nothing printed.
  const revisions = paths.filter((p) => isRevisionPath(io.cwd, p)).map((spec) => readRevision(io.cwd, spec));
  const onDisk = paths.filter((p) => !revisions.some((r) => r.display === p));
  const found = onDisk.length ? findReviewFiles(io.cwd, onDisk, makeExcluder(options.exclude ?? [])) : [];
  const sources = function* (): Generator<FoundFile> {
    yield* revisions;
    yield* found;
  };

  const paint = makePaint(format === 'text' && colorEnabled(io, options.color));
  const writer = (await CHECK_FORMATS[format]())({ paint, failOn, version: options.version });
  const summary: CheckSummary = { files: 0, errors: 0, warnings: 0, suppressed: 0 };
  let failed = false;
  let started = false;
  const emit = (result: FileFindings) => {
    if (!started) io.stdout(writer.start());
    started = true;
    addToSummary(summary, result);
    failed ||= result.findings.some((f) => fails(f.severity, failOn));
    io.stdout(writer.file({ file: result.file, findings: result.findings, suppressed: result.suppressed }));
  };

  if (!options.latest) {
    // Streamed: each file's findings are written, then forgotten.
    for (const found of sources()) emit(await checkOne(found, checkOptions));
  } else {
    // Only the newest period of each organisation; a file whose organisation and period cannot be
    // read is always reported. Held: one result per organisation, plus those unattributed.
    const kept: (Checked & { order: number })[] = [];
    const newest = new Map<string, Checked & { order: number }>();
    let order = 0;
    for (const found of sources()) {
      const result = { ...held(await checkOne(found, checkOptions)), order: order++ };
      if (result.organisation === undefined || result.period === undefined) kept.push(result);
      else {
        const best = newest.get(result.organisation);
        if (!best || newer(result.period, present(best.period, 'the period of the newest file'))) newest.set(result.organisation, result);
        else if (best.period === result.period) kept.push(result);
      }
    }
    const chosen = [...newest.values()];
    const sameAsNewest = kept.filter((r) => r.organisation === undefined || newest.get(r.organisation)?.period === r.period);
    for (const r of [...chosen, ...sameAsNewest].sort((a, b) => a.order - b.order)) emit(r);
  }
  if (!summary.files)
    throw new UsageError(`no .yaml or .yml files found in ${paths.join(', ')}${options.exclude?.length ? ' (after --exclude)' : ''}`);
  io.stdout(writer.end(summary));
  return failed ? 1 : 0;
}

export const command: CommandModule = {
  summary: 'validate review files against the rules: the CI gate',
  define: (c, { io, setExit, version, color }) => {
    c.description(
      'Validate review files, or folders of them (recursively, .yaml/.yml), against the schema and the ownership rules. Exits 1 when a finding is at or above the failing severity, so a CI job fails on an unowned blurred area.',
    )
      .argument('<path...>', 'review files or folders, or REV:path to read a file from git')
      .addOption(formatOption(Object.keys(CHECK_FORMATS)))
      .option('-r, --rule <id=severity>', 'set a rule to off, warn or error (one per flag; repeat the flag)', collect)
      .option('-x, --exclude <glob>', 'leave out paths matching the glob (repeatable): `*.cio.yaml`, `reviews/2025/**`', collect)
      .option('--latest', 'check only the newest period of each organisation found (history does not fail the build)')
      .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warn']).default('error'))
      .option('--max-gap <n>', "turn on max-gap: fail when a question's CIO-CMO gap exceeds n (0-4)")
      .option(
        '--min <measure=n>',
        'turn on min-score: fail when maturity (1-5), consensus or ownership (0-100) is below n, or has nothing to score; one measure per flag, repeatable',
        collect,
      )
      .addOption(gapThresholdOption())
      .option('--today <yyyy-mm-dd>', 'the date waivers are judged against (default: today)')
      // A function, so the rules paragraph is written only when help is shown, not on every run.
      .addHelpText(
        'after',
        () => `${examples(
          'review check reviews/',
          'review check reviews/2026.yaml --format github',
          'review check reviews/ --rule board-reporting=error --rule unanswered=off --fail-on warn',
          "review check reviews/ --latest --exclude '*.cio.yaml' --exclude '*.cmo.yaml'",
          'review check origin/main:reviews/2026.yaml   # the file as git has it',
          'review check reviews/ --min maturity=3 --min consensus=50 --max-gap 2 --format sarif > review.sarif',
        )}
${rulesHelpParagraph(RULE_METAS)}
A live waiver in the file silences its rule for its target until it expires; waived findings are
still shown (counted in text, listed under "suppressed" in JSON, as SARIF suppressions).
In folders, links are followed only to files inside the folder; an unreadable entry, a dangling
link, a FIFO or device, or a name that is not UTF-8 is a finding of its own and the run goes on.`,
      )
      .action(async (paths: string[], opts, cmd: Command) =>
        setExit(await runCheck(paths, { ...opts, color: color(cmd), version: version }, io)),
      );
  },
};
