/**
 * What the workshop says: prompt texts and choices as data, the next steps, and the one escaping
 * function every string from a file passes through before the terminal sees it.
 */
import { dirname, join } from 'node:path';
import type { BOARD_REPORTING } from '../../core/schema.js';
import { escapeControl } from '../../render/escape.js';
import type { KeyChoice } from '../../io/prompt.js';
import type { Role } from './draft.js';
import { present } from '../../core/present.js';

/**
 * Text that came from a file (a template, `--from`, a draft, a merged review) or was typed
 * earlier, made safe for the terminal: controls, bidi and separator characters become visible
 * escapes. The only way such text reaches a prompt, a default or a summary.
 */
export function shown(text: string | number | undefined | null): string {
  return escapeControl(String(text ?? ''));
}

export const RATER_LABEL = { cio: 'CIO', cmo: 'CMO', ceo: 'CEO' } as const;
export type Rater = keyof typeof RATER_LABEL;

export const PROMPTS = {
  organisation: 'Organisation',
  period: 'Period (a year, or a label such as 2026-H1)',
  reviewerName: 'Who is running the review (name)?',
  reviewerRole: 'Their role (CEO, or e.g. consultant)',
  facilitator: 'Who facilitates the workshop, if not the reviewer (name; empty if nobody)',
  facilitatorOrganisation: 'Their firm (optional)',
  executiveName: (who: Rater) => `Name of the ${RATER_LABEL[who]}`,
  addExecutive: 'Add another executive or body who may own a blurred area (a COO, head of service, steering council)?',
  executiveTitle: 'Their role (e.g. Chief Operating Officer)',
  executiveNameOther: "Their name (or the body's name)",
  executiveKey: 'Short key used in the file',
  areasWhich: 'Which blurred areas apply?',
  areaAdd: 'Add a blurred area that is not on the list?',
  areaName: 'Name of the area',
  claim: (who: Rater) => `Who does the ${RATER_LABEL[who]} say owns it?`,
  owner: 'Agreed accountable owner',
  process: (joint: boolean) => `How is it run day to day?${joint ? ' (needed for a joint area)' : ' (optional)'}`,
  boardReporting: 'How often is it reported to the board?',
  investmentAdd: 'Add a digital investment?',
  investmentName: 'Name of the investment',
  investmentOwners: 'Who owns it? (Space ticks, Enter confirms)',
  budget: 'Budget (e.g. £850,000, 850k, 1.2m; empty to leave out)',
  currency: 'Currency (ISO code, e.g. GBP, EUR, USD)',
  roiMetric: 'ROI measure (e.g. repeat purchase rate; empty if none yet)',
  roiTarget: 'ROI target (a number)',
  jointReporting: 'Reported to the board jointly by the CIO and the CMO?',
  criterion: (who: string) => `A success criterion for ${who} (empty to finish)`,
  example: (who: Rater, rating: string) => `The ${RATER_LABEL[who]}'s example behind the ${rating} (empty to skip)`,
  actionTitle: 'Action to take (one line; empty: no action for this)',
  actionOwner: 'Who owns the action?',
  actionDue: 'Due date (YYYY-MM-DD; empty to leave open)',
  criterionOutcome: 'How did it turn out?',
  roiActual: (metric: string, target: string) => `Where does ${metric} stand now? (target ${target}; empty if not known)`,
  actionOutcome: 'Done?',
} as const;

export const CRITERIA_WHO = { cio: 'the CIO', cmo: 'the CMO', joint: 'both together' } as const;

export type RatingKey = number | 'unsure' | 'n/a' | 'skip' | 'anchors';

/**
 * The rating keys: 1–5 with the template's labels, u unsure, n not applicable, s to skip for now,
 * and ? to see what a 1, a 3 and a 5 look like when the template says so for the statement.
 */
export function ratingChoices(scale: readonly string[], withAnchors = false): KeyChoice<RatingKey>[] {
  return [
    ...[1, 2, 3, 4, 5].map((v) => ({ key: String(v), name: shown(scale[v - 1] ?? String(v)), value: v as RatingKey })),
    { key: 'u', name: 'unsure (does not know)', value: 'unsure' },
    { key: 'n', name: 'n/a (does not apply here)', value: 'n/a' },
    { key: 's', name: 'skip for now (come back later)', value: 'skip' },
    ...(withAnchors ? [{ key: '?', name: 'what a 1, a 3 and a 5 look like', value: 'anchors' as RatingKey }] : []),
  ];
}

/** A statement's anchors, as the room reads them before rating. */
export function anchorLines(anchors: { low: string; mid: string; high: string }): string {
  return `  1 looks like: ${shown(anchors.low)}\n  3 looks like: ${shown(anchors.mid)}\n  5 looks like: ${shown(anchors.high)}`;
}

export const CRITERION_OUTCOMES: KeyChoice<'met' | 'missed' | 'open' | 'dropped'>[] = [
  { key: 'm', name: 'met', value: 'met' },
  { key: 'x', name: 'missed', value: 'missed' },
  { key: 'o', name: 'still open', value: 'open' },
  { key: 'd', name: 'dropped', value: 'dropped' },
];

export const ACTION_OUTCOMES: KeyChoice<'done' | 'open' | 'dropped'>[] = [
  { key: 'd', name: 'done', value: 'done' },
  { key: 'o', name: 'still open', value: 'open' },
  { key: 'x', name: 'dropped', value: 'dropped' },
];

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
    new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)
  );
}

export const YES_NO: KeyChoice<boolean>[] = [
  { key: 'y', name: 'yes', value: true },
  { key: 'n', name: 'no', value: false },
];

/** Board reporting: nothing preselected; `s` leaves it unanswered. */
export const BOARD_CHOICES: KeyChoice<(typeof BOARD_REPORTING)[number] | null>[] = [
  { key: 'm', name: 'monthly', value: 'monthly' },
  { key: 'q', name: 'quarterly', value: 'quarterly' },
  { key: 'a', name: 'annually', value: 'annually' },
  { key: '0', name: 'not reported to the board', value: 'none' },
  { key: 's', name: 'not decided yet (leave empty)', value: null },
];

/** One key per executive: digits first, then letters the fixed choices (j, u, s, 0) do not use. */
const EXECUTIVE_KEYS = [...'123456789abcdefghiklmnopqrtvwxyz'];

/** Owners to pick from with one key each: executives by number, joint, and `extra`. */
export function ownerChoices(executives: Record<string, { name: string }>, extra: KeyChoice<string | null>[]): KeyChoice<string | null>[] {
  return [
    ...Object.entries(executives)
      .slice(0, EXECUTIVE_KEYS.length)
      .map(([key, e], i) => ({
        key: present(EXECUTIVE_KEYS[i], 'a key for an executive'), // the list is cut to the keys there are
        name: `${key === 'cio' || key === 'cmo' ? key.toUpperCase() : shown(key)} (${shown(e.name)})`,
        value: key as string | null,
      })),
    { key: 'j', name: 'joint (the CIO and the CMO together)', value: 'joint' },
    ...extra,
  ];
}

export const UNSURE: KeyChoice<string | null> = { key: 'u', name: 'not sure / no view', value: null };
export const NOBODY: KeyChoice<string | null> = { key: '0', name: 'nobody agreed yet (no owner)', value: null };

/** A path as a shell argument: quoted when it holds anything a shell would read. */
export function shellArg(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

export function defaultOut(period: string, role?: Role): string {
  return role ? join('roles', period, `${role}.yaml`) : join('reviews', `${period}.yaml`);
}

/** The other executive's file beside `out`, as `--role` writes them. */
export function siblingRoleFile(out: string, role: Role): string {
  return join(dirname(out), `${role === 'cio' ? 'cmo' : 'cio'}.yaml`);
}

/** What to run next, exactly, after each step of the flow. */
export function nextSteps(
  step: { kind: 'review'; out: string; period: string } | { kind: 'role'; out: string; role: Role; other?: string },
): string {
  if (step.kind === 'review') {
    const out = shellArg(step.out);
    return [
      'Next:',
      `  review check ${out}`,
      `  review score ${out} --explain`,
      `  review report ${out} --format html --out board.html`,
      `  git add ${out} && git commit -m "Review ${shown(step.period)}"`,
    ].join('\n');
  }
  const { out, role } = step;
  const other = step.other ?? siblingRoleFile(out, role);
  const merged = join(dirname(out), 'merged.yaml');
  const [cio, cmo] = role === 'cio' ? [out, other] : [other, out];
  const lines = ['Next:'];
  if (role === 'cio' && !step.other)
    lines.push(`  review init --role cmo --from ${shellArg(out)}     the CMO answers alone, on the same statements and areas`);
  lines.push(`  review merge ${shellArg(cio)} ${shellArg(cmo)} --out ${shellArg(merged)}`);
  lines.push(`  review agree ${shellArg(merged)}     together: the owners, processes and board reporting still open`);
  lines.push(`These files sit outside reviews/, so \`review check reviews/\` does not gate one executive's view.`);
  return lines.join('\n');
}
