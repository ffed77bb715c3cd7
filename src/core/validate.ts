/**
 * Turns a parsed YAML value into a typed {@link Review}, with every problem said in plain words and
 * tied to a YAML path. Zod's raw messages ("Invalid input: expected string, received undefined")
 * are rewritten: "missing required field `owner`", "unknown key `boardReport`; did you mean
 * `boardReporting`?".
 */
import type * as z from 'zod';
import { MAX_FINDINGS_PER_RULE } from './finding.js';
import { migrateValue } from './migrate.js';
import {
  CRITERION_OWNERS,
  OLDEST_SCHEMA_VERSION,
  OWNER_PLACEHOLDERS,
  SCHEMA_VERSION,
  EXECUTIVE_KEY_PATTERN,
  type Review,
} from './schema.js';
import { parseReview } from './review-validate.js';
import { clip, listBounded, Suggester, suggest } from './text.js';
import type { Problem, YamlPath } from './problem.js';

/** What the schema refuses, at a path of the review. */
export type SchemaProblem = Problem;

export interface Validated {
  /** The review, when it is usable by the rules (unknown keys stripped), always as version 2. */
  review?: Review;
  problems: SchemaProblem[];
  /** The schemaVersion the file was written in (1 is migrated in memory). */
  sourceVersion?: number;
}

export type Issue = z.core.$ZodIssue & { input?: unknown };

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text \`${clip(value, 40)}\``;
  return `\`${String(value)}\``;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function fieldName(path: YamlPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'value';
}

/** The keys an object schema accepts at `path`, for "did you mean". */
/** The parts of zod's schema definitions this walk reads. */
interface ZodDef {
  type: string;
  innerType?: ZodNode;
  in?: ZodNode;
  element?: ZodNode;
  shape?: Record<string, ZodNode | undefined>;
  catchall?: ZodNode;
  valueType?: ZodNode;
}
interface ZodNode {
  _zod?: { def?: ZodDef };
}

function knownKeysAt(schema: z.ZodType, path: YamlPath): string[] {
  let node: ZodNode | undefined = schema;
  const unwrap = () => {
    for (;;) {
      const def: ZodDef | undefined = node?._zod?.def;
      if (!def) return;
      if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else return;
    }
  };
  unwrap();
  for (const seg of path) {
    const def: ZodDef | undefined = node?._zod?.def;
    if (!def) return [];
    if (def.type === 'array' && typeof seg === 'number') node = def.element;
    else if (def.type === 'object' && typeof seg === 'string') node = def.shape?.[seg] ?? def.catchall;
    else if (def.type === 'record') node = def.valueType;
    else return [];
    unwrap();
  }
  const def: ZodDef | undefined = node?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** A value too small or too big: a string, a list or a number. */
function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, field: string, input: unknown): string {
  const exact = (issue as { exact?: boolean }).exact;
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return `${field} must not be empty`;
    if (issue.origin === 'array')
      return `${field} ${exact ? `must have exactly ${issue.minimum}` : `needs at least ${issue.minimum}`} item(s)`;
    return `${field} must be at least ${issue.minimum}, not ${describeValue(input)}`;
  }
  if (issue.origin === 'array')
    return `${field} ${exact ? `must have exactly ${issue.maximum}` : `allows at most ${issue.maximum}`} item(s)`;
  if (issue.origin === 'string')
    return `${field} must be at most ${issue.maximum} characters, not ${typeof input === 'string' ? `${input.length}` : describeValue(input)}`;
  return `${field} must be at most ${issue.maximum}, not ${describeValue(input)}`;
}

/** A key JavaScript orders before the others in an object, whatever its place in the file. */
const INTEGER_KEY = /^(?:0|[1-9]\d*)$/;

export function toProblem(issue: Issue, schema: z.ZodType): SchemaProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = `\`${fieldName(path)}\``;
  const input = issue.input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      const suggester = new Suggester(known);
      const expected = known.length ? ` (expected ${listBounded(known.map((k) => `\`${k}\``))})` : '';
      // Only the first MAX_FINDINGS_PER_RULE problems of a file are shown, by position, and keys keep
      // file order (integer-like keys excepted, which JavaScript puts first): "did you mean" is
      // worked out for those alone, so 80,000 unknown keys do not cost 80,000 suggestions.
      return issue.keys.map((key, i) => {
        const near = i < MAX_FINDINGS_PER_RULE || INTEGER_KEY.test(key) ? suggester.suggest(key) : undefined;
        const hint = near ? `; did you mean \`${near}\`?` : expected;
        return { message: `unknown key \`${key}\`${hint}`, path: [...path, key], at: 'key' as const };
      });
    }
    case 'invalid_type':
      if (input === undefined) return [{ message: `missing required field ${field}`, path }];
      return [{ message: `${field} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(input)}`, path }];
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const near =
        typeof input === 'string'
          ? suggest(
              input,
              values.filter((v) => v !== input),
            )
          : undefined;
      return [
        {
          message: `${field} must be ${values.length === 1 ? `\`${values[0]}\`` : `one of ${listBounded(values.map((v) => `\`${v}\``))}`}, not ${describeValue(input)}${near ? `; did you mean \`${near}\`?` : ''}`,
          path,
        },
      ];
    }
    case 'too_small':
    case 'too_big':
      return [{ message: sizeMessage(issue, field, input), path }];
    case 'invalid_format':
    case 'custom':
      return [
        {
          message: `${field} ${issue.message.startsWith('Invalid') ? 'has the wrong form' : issue.message}${input !== undefined ? `, not ${describeValue(input)}` : ''}`,
          path,
        },
      ];
    case 'invalid_union': {
      const name = fieldName(path);
      const inRatings = path.includes('ratings');
      const expected =
        name === 'period'
          ? 'a year (such as 2026) or a short label (such as 2026-H1)'
          : inRatings
            ? 'a whole number from 1 to 5, `unsure` or `n/a`'
            : name === 'notes'
              ? "text, or a mapping of each side's evidence (`cio`, `cmo`, `ceo`)"
              : 'a number, or a short text';
      return [{ message: `${field} must be ${expected}, not ${describeValue(input)}`, path }];
    }
    case 'invalid_key':
      return [
        {
          message: `${field} has an invalid key \`${String(input)}\`: keys here must be keys of executives (lower-case, e.g. \`cio\`)`,
          path,
          at: 'key',
        },
      ];
    default:
      return [{ message: `${field}: ${issue.message}`, path }];
  }
}

function duplicateIds(items: readonly { id: string }[], path: YamlPath, what: string): SchemaProblem[] {
  const seen = new Map<string, number>();
  const problems: SchemaProblem[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      problems.push({
        message: `duplicate ${what} id \`${item.id}\` (first used by item ${first + 1}); ids must be unique in their list`,
        path: [...path, i, 'id'],
        target: item.id,
      });
  });
  return problems;
}

/** Checks that need the whole review: unique ids, reserved executive keys, waiver targets. */
function crossChecks(review: Review): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  problems.push(...duplicateIds(review.sections, ['sections'], 'section'));
  review.sections.forEach((s, i) => problems.push(...duplicateIds(s.questions, ['sections', i, 'questions'], 'question')));
  problems.push(...duplicateIds(review.blurredAreas, ['blurredAreas'], 'blurred area'));
  problems.push(...duplicateIds(review.investments, ['investments'], 'investment'));
  for (const who of CRITERION_OWNERS)
    problems.push(...duplicateIds(review.successCriteria?.[who] ?? [], ['successCriteria', who], 'success criterion'));
  problems.push(...duplicateIds(review.actions, ['actions'], 'action'));
  problems.push(...duplicateIds(review.decisions, ['decisions'], 'decision'));

  for (const key of Object.keys(review.executives)) {
    if (key === 'joint' || (OWNER_PLACEHOLDERS as readonly string[]).includes(key)) {
      problems.push({
        message: `\`${key}\` cannot be an executive key: it has a meaning of its own as an owner`,
        path: ['executives', key],
        at: 'key',
      });
    } else if (!EXECUTIVE_KEY_PATTERN.test(key)) {
      problems.push({
        message: `executive key \`${key}\` must be lower-case letters, digits and hyphens (e.g. \`coo\`, \`digital-council\`)`,
        path: ['executives', key],
        at: 'key',
      });
    }
  }

  if (review.waivers.length) problems.push(...waiverTargetProblems(review));
  return problems;
}

/** Waivers whose target names nothing in the file (the set of targets is built only for a file with waivers). */
function waiverTargetProblems(review: Review): SchemaProblem[] {
  // A few waivers, each naming something: looked up directly, without the set of every target
  // (which a file of many waivers, or one with an unknown target, still builds).
  if (review.waivers.length <= 8 && review.waivers.every((w) => namesSomething(review, w.target))) return [];
  const problems: SchemaProblem[] = [];
  const targets = new Set<string>(['cio', 'cmo', 'joint', ...Object.keys(review.executives)]);
  for (const s of review.sections) {
    targets.add(s.id);
    for (const q of s.questions) targets.add(`${s.id}/${q.id}`).add(q.id);
  }
  for (const a of review.blurredAreas) targets.add(a.id);
  for (const inv of review.investments) targets.add(inv.id);
  for (const who of CRITERION_OWNERS) for (const c of review.successCriteria?.[who] ?? []) targets.add(`${who}/${c.id}`).add(c.id);
  for (const a of review.actions) targets.add(a.id);
  for (const d of review.decisions) targets.add(d.id);
  let suggester: Suggester | undefined;
  review.waivers.forEach((w, i) => {
    if (!targets.has(w.target)) {
      const near = (suggester ??= new Suggester([...targets])).suggest(w.target);
      problems.push({
        message: `waiver target \`${clip(w.target)}\` matches no area, investment, criterion, action, section or question in this file${near ? `; did you mean \`${near}\`?` : ''}`,
        path: ['waivers', i, 'target'],
        target: w.target,
      });
    }
  });
  return problems;
}

/** Whether `target` is one of the targets waiverTargetProblems collects (ids have no `/`, so one split tells). */
function namesSomething(review: Review, target: string): boolean {
  if (target === 'cio' || target === 'cmo' || target === 'joint' || Object.hasOwn(review.executives, target)) return true;
  const slash = target.indexOf('/');
  const before = slash < 0 ? undefined : target.slice(0, slash);
  const after = slash < 0 ? undefined : target.slice(slash + 1);
  const byId = (items: readonly { id: string }[]) => items.some((item) => item.id === target);
  for (const section of review.sections) {
    if (section.id === target) return true;
    if (byId(section.questions) || (section.id === before && section.questions.some((q) => q.id === after))) return true;
  }
  for (const who of CRITERION_OWNERS) {
    const criteria = review.successCriteria?.[who] ?? [];
    if (byId(criteria) || (who === before && criteria.some((c) => c.id === after))) return true;
  }
  return byId(review.blurredAreas) || byId(review.investments) || byId(review.actions) || byId(review.decisions);
}

/** Validate `value` against any schema with the same plain-words messages (used for templates). */
export function validateWith<T>(schema: z.ZodType<T>, value: unknown): { data?: T; problems: SchemaProblem[] } {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return { data: parsed.data, problems: [] };
  return { problems: parsed.error.issues.flatMap((issue) => toProblem(issue as Issue, schema)) };
}

/** What zod says of a value: the strict parse's problems, and the review the rules can run on, if any. */
export interface Explained {
  review?: Review;
  problems: SchemaProblem[];
}
export type Explainer = (value: unknown) => Explained;

let explainer: Explainer | undefined;

/**
 * Gives validateReview zod's account of a value the fast validator refuses (explainReview in
 * explain.ts). zod is loaded only for that, so the shell provides it when it is first needed.
 */
export function provideExplainer(explain: Explainer): void {
  explainer = explain;
}

export function hasExplainer(): boolean {
  return explainer !== undefined;
}

/** A value the fast validator refused: `explain()` finishes its validation, with zod, once provided. */
export interface Unexplained {
  explain: () => Validated;
}

/**
 * Validate a parsed value as a review. Returns every problem, and the review itself whenever the
 * rules can run on it (a file whose only problems are unknown keys still gets its rules checked).
 * The value is handed over: a version 1 value is turned into version 2 in place.
 *
 * The validator generated from the zod schema (review-validate.ts) accepts a valid value and
 * returns what zod would; a value it refuses is explained by zod, with the same messages as ever.
 */
export function validateReview(value: unknown): Validated {
  const started = startValidation(value);
  return 'explain' in started ? started.explain() : started;
}

/**
 * validateReview up to zod: the result, or for a value the fast validator refused, what finishes
 * it once an explainer is provided (the shell can load zod in between, without reading again).
 */
export function startValidation(value: unknown): Validated | Unexplained {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      problems: [
        {
          message: `a review file is a mapping that starts with \`schemaVersion: ${SCHEMA_VERSION}\`; this file holds ${describeValue(value)}`,
          path: [],
        },
      ],
    };
  }
  const version = (value as Record<string, unknown>).schemaVersion;
  if (version === undefined) {
    return {
      problems: [{ message: `missing required field \`schemaVersion\` (this version of review writes ${SCHEMA_VERSION})`, path: [] }],
    };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return {
      problems: [
        {
          message: `schemaVersion ${version} is newer than this version of review understands (${SCHEMA_VERSION}); upgrade review to read this file`,
          path: ['schemaVersion'],
        },
      ],
    };
  }
  if (version !== SCHEMA_VERSION && version !== OLDEST_SCHEMA_VERSION) {
    return {
      problems: [
        {
          message: `\`schemaVersion\` must be ${OLDEST_SCHEMA_VERSION} or ${SCHEMA_VERSION}, not ${describeValue(version)}`,
          path: ['schemaVersion'],
        },
      ],
    };
  }
  const sourceVersion = version as number;
  // A version 1 file is read as version 2; `review migrate` does the same on disk.
  const current = sourceVersion === SCHEMA_VERSION ? value : migrateValue(value as Record<string, unknown>, { inPlace: true });
  const fast = parseReview(current);
  if (fast) {
    const review = fast.value as Review;
    return { review, problems: crossChecks(review), sourceVersion };
  }
  return {
    explain: () => {
      if (!explainer) throw new Error('validateReview: a refused review needs zod to explain it; provideExplainer(explainReview) first');
      const { review, problems } = explainer(current);
      if (!review) return { problems, sourceVersion };
      return { review, problems: [...problems, ...crossChecks(review)], sourceVersion };
    },
  };
}
