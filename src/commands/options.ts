/** Parsing of option values shared by several commands. Bad values are usage errors (exit 2). */
import type { SeveritySetting } from '../core/finding.js';
import { RULE_IDS, type RuleId } from '../core/rule-ids.js';
import { suggest } from '../core/text.js';
import { UsageError } from '../errors.js';

export function parseNumber(flag: string, value: string | number | undefined, { min, max, integer = false }: { min: number; max: number; integer?: boolean }): number | undefined {
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
  for (const item of values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    const match = /^([a-z-]+)\s*[=:]\s*(off|warn|error)$/.exec(item);
    if (!match) throw new UsageError(`--rule takes id=off|warn|error, not \`${item}\``);
    const id = match[1];
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      const near = suggest(id, RULE_IDS);
      throw new UsageError(`unknown rule \`${id}\`${near ? `; did you mean \`${near}\`?` : ''} (see \`review check --help\`)`);
    }
    out[id as RuleId] = match[2] as SeveritySetting;
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
