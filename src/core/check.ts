/**
 * The check engine: run every enabled rule over one file, honour live waivers, give each finding
 * its severity and position. Pure: bytes and options in, findings out.
 */
import { present } from './present.js';
import {
  MAX_FINDINGS_PER_RULE,
  type Finding,
  type Minimums,
  type RuleContext,
  type RuleHit,
  type SeveritySetting,
  type SuppressedFinding,
  type WaiverInfo,
} from './finding.js';
import { loadReview, type LoadedReview } from './load.js';
import type { RuleId } from './rule-ids.js';
import type { Review, Waiver } from './schema.js';
import { RULES, ruleMeta } from './rules/index.js';
import { formatCount, formatPath } from './text.js';
import { locate } from './yaml-read.js';

export interface CheckOptions {
  /** Severity overrides from `--rule id=off|warn|error`. */
  severities: Partial<Record<RuleId, SeveritySetting>>;
  /** YYYY-MM-DD. */
  today: string;
  gapThreshold: number;
  maxGap?: number;
  minimums?: Minimums;
}

/**
 * The severity a rule runs at. `max-gap` and `min-score` are off until a threshold is given (`--max-gap`, `--min`);
 * giving it turns them on as errors unless `--rule` says otherwise.
 */
export function severityOf(id: RuleId, options: CheckOptions): SeveritySetting {
  const explicit = options.severities[id];
  if (explicit) return explicit;
  if (id === 'max-gap' && options.maxGap !== undefined) return 'error';
  if (id === 'min-score' && options.minimums && Object.keys(options.minimums).length) return 'error';
  return ruleMeta(id).defaultSeverity;
}

/** `list[i]`, which the caller knows is there. */
function at<T>(list: readonly T[], i: number): T {
  return present(list[i], "an entry of a rule's hits");
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

const DAY_MS = 86_400_000;

/** A version 2 waiver's term: approved, and ending on or after that day and at most 366 days later. */
export function waiverTermOk(w: { approved?: string; expires: string }): boolean {
  if (!w.approved) return false;
  const days = (Date.parse(`${w.expires}T00:00:00Z`) - Date.parse(`${w.approved}T00:00:00Z`)) / DAY_MS;
  return days >= 0 && days <= 366;
}

export function checkFile(file: string, bytes: Uint8Array, options: CheckOptions, size = bytes.length): Finding[] {
  return checkLoaded(file, loadReview(bytes, size), options);
}

/** The findings for a file already loaded (so a command that also scores it parses it once). */
export function checkLoaded(file: string, loaded: LoadedReview, options: CheckOptions): Finding[] {
  return checkLoadedWithWaived(file, loaded, options).findings;
}

/** The waiver's own fields, for a suppressed finding: all but `rule` and `target`. */
function waiverInfo(waiver: Waiver): WaiverInfo {
  const { rule: _rule, target: _target, ...info } = waiver;
  return info;
}

/** The findings, and apart from them those a live waiver silenced (each with its waiver). */
export function checkLoadedWithWaived(
  file: string,
  loaded: LoadedReview,
  options: CheckOptions,
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const schemaSeverity = severityOf('schema', options);
  if (schemaSeverity !== 'off') {
    for (const p of loaded.problems) {
      findings.push({
        rule: 'schema',
        severity: schemaSeverity,
        file,
        ...p,
        message: p.message,
        path: p.path,
        ...(p.target !== undefined ? { target: p.target } : {}),
      });
    }
  }
  const review = loaded.review;
  if (!review) return { findings: findings.sort(byPosition), suppressed };

  const context: RuleContext = {
    review,
    sourceVersion: loaded.sourceVersion ?? 2,
    today: options.today,
    gapThreshold: options.gapThreshold,
    maxGap: options.maxGap,
    minimums: options.minimums,
  };
  // A waiver silences its rule only while it is in force, and only if it is itself in order: never
  // the rules that judge waivers, and (in a version 2 file) only with an approved date at most 366
  // days before it ends.
  const waiverOf = liveWaivers(
    review.waivers.filter(
      (w) => w.rule !== 'waiver-expired' && w.rule !== 'waiver-too-long' && (loaded.sourceVersion === 1 || waiverTermOk(w)),
    ),
    options.today,
  );

  for (const rule of RULES) {
    const severity = severityOf(rule.id, options);
    if (severity === 'off') continue;
    // Locate every hit (cheap), keep the first MAX_FINDINGS_PER_RULE by position, count the rest.
    // Kept as parallel lists, not an object per hit: a folder's files have about 100 hits each.
    const hits: RuleHit[] = [];
    const lines: number[] = [];
    const columns: number[] = [];
    for (const hit of rule.check(context)) {
      const waiver = waiverOf(rule.id, hit);
      const { line, column } = locate(loaded.source, hit.path, hit.at);
      if (waiver) {
        suppressed.push({
          rule: rule.id,
          severity,
          message: hit.message,
          file,
          line,
          column,
          path: formatPath(hit.path),
          ...(hit.target !== undefined ? { target: hit.target } : {}),
          waiver: waiverInfo(waiver),
        });
      } else {
        hits.push(hit);
        lines.push(line);
        columns.push(column);
      }
    }
    const capped = hits.length > MAX_FINDINGS_PER_RULE;
    const order = capped ? hits.map((_, i) => i).sort((i, j) => at(lines, i) - at(lines, j) || at(columns, i) - at(columns, j)) : undefined;
    for (let k = 0; k < Math.min(hits.length, MAX_FINDINGS_PER_RULE); k++) {
      const i = order ? at(order, k) : k;
      const hit = at(hits, i);
      const finding: Finding = {
        rule: rule.id,
        severity,
        message: hit.message,
        file,
        line: at(lines, i),
        column: at(columns, i),
        path: formatPath(hit.path),
      };
      if (hit.target !== undefined) finding.target = hit.target;
      findings.push(finding);
    }
    if (order) {
      const first = at(order, MAX_FINDINGS_PER_RULE);
      findings.push({
        rule: rule.id,
        severity,
        message: `… and ${formatCount(hits.length - MAX_FINDINGS_PER_RULE)} more findings of this rule in this file, from line ${at(lines, first)} on (the first ${MAX_FINDINGS_PER_RULE} are listed)`,
        file,
        line: at(lines, first),
        column: at(columns, first),
        path: formatPath(at(hits, first).path),
      });
    }
  }
  return { findings: findings.sort(byPosition), suppressed: suppressed.sort(byPosition) };
}

/**
 * How a review the tool assembled (not read from a file) fares in `check`: the gate shown beside
 * the verdict by `init`. Positions are meaningless here, so only the counts are returned.
 */
export function gateOfReview(review: Review, options: CheckOptions): { errors: number; warnings: number } {
  const findings = checkLoaded('', { review, source: { text: '', starts: [0] }, problems: [], problemCount: 0 }, options);
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

/**
 * Whether a live waiver covers a hit: same rule, and its target is the hit's target or ends it
 * after a `/` (a question id waives `section/question`). Indexed by rule and target, so a file with
 * thousands of waivers and findings costs one lookup per `/` in each hit's target.
 */
/** The waiver in force for a rule and a hit's target, looked up by rule and target in constant time. */
function liveWaivers(waivers: Review['waivers'], today: string): (rule: RuleId, hit: RuleHit) => Waiver | undefined {
  const byRule = new Map<string, Map<string, Waiver>>();
  for (const w of waivers) {
    if (w.expires < today) continue;
    let targets = byRule.get(w.rule);
    if (!targets) byRule.set(w.rule, (targets = new Map()));
    if (!targets.has(w.target)) targets.set(w.target, w);
  }
  return (rule, hit) => {
    const targets = byRule.get(rule);
    const target = hit.target;
    if (!targets || target === undefined) return undefined;
    const exact = targets.get(target);
    if (exact) return exact;
    for (let slash = target.indexOf('/'); slash !== -1; slash = target.indexOf('/', slash + 1)) {
      const w = targets.get(target.slice(slash + 1));
      if (w) return w;
    }
    return undefined;
  };
}
