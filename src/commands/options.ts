/** Parsing of option values shared by several commands. Bad values are usage errors (exit 2). */
import { DEFAULT_GAP_THRESHOLD } from '../core/score.js';
import type { Minimums, SeveritySetting } from '../core/finding.js';
import { RULE_IDS, type RuleId } from '../core/rule-ids.js';
import { suggest } from '../core/text.js';
import { UsageError } from '../errors.js';

export function parseNumber(
  flag: string,
  value: string | number | undefined,
  { min, max, integer = false }: { min: number; max: number; integer?: boolean },
): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'string' && value.trim() === '') throw new UsageError(`${flag} needs a number`);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
    throw new UsageError(`${flag} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not \`${value}\``);
  }
  return n;
}

/** `--rule id=off|warn|error`, repeatable and comma-separated. */
export function parseRuleSeverities(values: readonly string[] = []): Partial<Record<RuleId, SeveritySetting>> {
  const out: Partial<Record<RuleId, SeveritySetting>> = {};
  for (const item of values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    const match = /^([a-z-]+)\s*[=:]\s*(off|warn|error)$/.exec(item);
    if (!match) throw new UsageError(`--rule takes id=off|warn|error, not \`${item}\``);
    const [, id = '', level = 'error'] = match; // both groups match whenever the pattern does
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      const near = suggest(id, RULE_IDS);
      throw new UsageError(`unknown rule \`${id}\`${near ? `; did you mean \`${near}\`?` : ''} (see \`review check --help\`)`);
    }
    out[id as RuleId] = level as SeveritySetting;
  }
  return out;
}

export function parseDay(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`${flag} must be a date written YYYY-MM-DD, not \`${value}\``);
  }
  return value;
}

const MEASURE_RANGE: Record<keyof Minimums, { min: number; max: number }> = {
  maturity: { min: 1, max: 5 },
  consensus: { min: 0, max: 100 },
  ownership: { min: 0, max: 100 },
};

/** `--min maturity=3.5 --min consensus=50 --min ownership=80`: one measure per flag. */
export function parseMinimums(values: readonly string[] | undefined): Minimums | undefined {
  if (!values?.length) return undefined;
  const out: Minimums = {};
  for (const raw of values) {
    const match = /^\s*([a-z]+)\s*=\s*(\S+)\s*$/.exec(raw);
    const measure = match?.[1];
    if (!match || !measure || !Object.hasOwn(MEASURE_RANGE, measure)) {
      throw new UsageError(`--min takes maturity=N, consensus=N or ownership=N (one per flag), not \`${raw}\``);
    }
    const key = measure as keyof Minimums;
    out[key] = parseNumber(`--min ${key}`, match[2], MEASURE_RANGE[key]);
  }
  return out;
}

/** `--gap-threshold`: a whole number from 1 to 4, the scoring model's default when not given. */
export function parseGapThreshold(value: string | number | undefined): number {
  return parseNumber('--gap-threshold', value, { min: 1, max: 4, integer: true }) ?? DEFAULT_GAP_THRESHOLD;
}
