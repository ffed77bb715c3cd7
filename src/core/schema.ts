/**
 * The review file's names, limits and types: what the rules, the renderers and the fast validator
 * need, without zod. The zod schema itself is in schema-zod.ts (`review schema` prints it as JSON
 * Schema; a refused file is explained with it); key names are the contract (DESIGN.md).
 */

/** The version this tool writes. Version 1 files are read by migrating them in memory (migrate.ts). */
export const SCHEMA_VERSION = 2;
export const OLDEST_SCHEMA_VERSION = 1;

/** The five points, in order. Their ids are stable across years. */
export const SECTION_IDS = ['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const BOARD_REPORTING = ['none', 'monthly', 'quarterly', 'annually'] as const;
export const CRITERION_STATUSES = ['open', 'met', 'missed', 'dropped'] as const;
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export const DECISION_OUTCOMES = ['approved', 'rejected', 'deferred', 'amended'] as const;
/** Answers that are not a 1..5 rating: the rater does not know, or the statement does not apply. */
export const NON_RATINGS = ['unsure', 'n/a'] as const;
export const CRITERION_OWNERS = ['cio', 'cmo', 'joint'] as const;

/** Owner values that mean "nobody": an area with one of these has no owner. */
export const OWNER_PLACEHOLDERS = ['tbd', 'tbc', 'unknown', 'none', 'nobody', 'n/a', 'pending', 'unassigned', '-', '?'] as const;

/** Text limits, enforced in both schema versions (the 1 MiB file limit bounds the rest). */
export const LIMITS = { name: 200, text: 4000, id: 64 } as const;

// Lower-case letters of any script, digits, single hyphens between them.
export const KEBAB = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u;
const EXECUTIVE_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const EXECUTIVE_KEY_PATTERN = EXECUTIVE_KEY;

/** `question:<section>/<id>`, `area:<id>`, `investment:<id>`, `criterion:<cio|cmo|joint>/<id>`, `finding:<rule>/<target>`. */
export const REFERENCE = /^(question:[^/\s]+\/\S+|area:\S+|investment:\S+|criterion:(cio|cmo|joint)\/\S+|finding:[a-z-]+\/\S+)$/;

/** A YYYY-MM-DD that names a real day (2026-02-30 does not): the schema's refinement of its dates. */
export function isCalendarDate(s: string): boolean {
  // YYYY-MM-DD, the form every date field has: decided by the calendar's arithmetic (no Date
  // objects, which cost more than the rest of a date's validation).
  const m = ISO_DAY.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
  }
  return !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export type { Review, Section, Question, BlurredArea, Investment, Waiver, Criterion, Action, Decision } from './schema-zod.js';
export type RatingAnswer = number | (typeof NON_RATINGS)[number];
