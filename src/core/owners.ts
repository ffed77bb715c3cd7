/**
 * What an owner value means. Shared by the rules, the scoring and the reports so that "no owner",
 * "contested", "unconfirmed" and "agreed" mean the same thing everywhere.
 */
import { OWNER_PLACEHOLDERS, type BlurredArea, type Review } from './schema.js';
import { detach } from './text.js';

export type AreaStatus = 'agreed' | 'contested' | 'unconfirmed' | 'joint-without-process' | 'orphan';

export const AREA_STATUSES: readonly AreaStatus[] = ['agreed', 'contested', 'unconfirmed', 'joint-without-process', 'orphan'];

/** Words that, standing first in a person's name, say there is nobody: "Nobody yet", "TBD (hiring)". */
const PLACEHOLDER_WORDS = new Set<string>([...OWNER_PLACEHOLDERS, 'vacant', 'unfilled', 'open']);
const LONGEST_PLACEHOLDER = Math.max(...OWNER_PLACEHOLDERS.map((p) => p.length));

/** A code unit `trim()` could remove: ASCII white space, or anything beyond ASCII (decided by trim itself). */
function isSpaceCode(c: number): boolean {
  return c <= 0x20 || c >= 0x7f;
}

/** Longer than `n`, with nothing `trim()` could remove at either end. */
function longerWithNothingToTrim(value: string, n: number): boolean {
  return value.length > n && !isSpaceCode(value.charCodeAt(0)) && !isSpaceCode(value.charCodeAt(value.length - 1));
}

/** Empty, missing or a placeholder (`tbd`, `tbc`, `unknown`, `none`, `nobody`, `n/a`, `pending`, `unassigned`, `-`, `?`). */
export function isPlaceholder(value: string | null | undefined): boolean {
  if (value == null) return true;
  // Longer than any placeholder, with nothing to trim: not one (most owners and names).
  if (longerWithNothingToTrim(value, LONGEST_PLACEHOLDER)) return false;
  return shortVerdict(value).placeholder;
}

/**
 * What a short owner or claim value says, worked out once per distinct value: the rules ask it of
 * the same few values (`cio`, `joint`, `unsure`...) for every area of every file of a folder.
 */
interface Verdict {
  /** Empty, or a placeholder once trimmed and lower-cased. */
  placeholder: boolean;
  /** `unsure`, once trimmed and lower-cased. */
  unsure: boolean;
}
const verdicts = new Map<string, Verdict>();

function shortVerdict(value: string): Verdict {
  let verdict = verdicts.get(value);
  if (verdict === undefined) {
    const v = value.trim().toLowerCase();
    verdict = { placeholder: v === '' || PLACEHOLDER_SET.has(value) || PLACEHOLDER_SET.has(v), unsure: v === 'unsure' };
    // Values are cut from review files: keep the memo bounded, whatever a folder holds, and keep a
    // copy of each value, not the slice, which would keep its whole file alive.
    if (verdicts.size >= 10_000) verdicts.clear();
    verdicts.set(detach(value), verdict);
  }
  return verdict;
}
const PLACEHOLDER_SET: ReadonlySet<string> = new Set(OWNER_PLACEHOLDERS);

/**
 * Whether an executive's name says the post is empty: a placeholder as the whole name or as its
 * first word ("Nobody yet", "TBD", "Vacant - hiring"), or "to be decided/confirmed/appointed".
 */
export function isPlaceholderName(name: string | null | undefined): boolean {
  if (name == null) return true;
  // The rules ask this of the same few names again and again, across every file of a folder.
  let verdict = placeholderNames.get(name);
  if (verdict === undefined) {
    if (placeholderNames.size >= 10_000) placeholderNames.clear();
    // A copy of the name, not the slice of its file, which would keep the whole file alive.
    placeholderNames.set(detach(name), (verdict = judgeName(name)));
  }
  return verdict;
}
const placeholderNames = new Map<string, boolean>();

function judgeName(name: string): boolean {
  if (isPlaceholder(name)) return true;
  const v = name.trim().toLowerCase();
  if (/^to be\b/.test(v)) return true;
  const first = v.split(/[\s,;:()[\]]+/u)[0] ?? '';
  return PLACEHOLDER_WORDS.has(first) || PLACEHOLDER_WORDS.has(first.replace(/[.!]+$/u, ''));
}

/**
 * No owner: empty, a placeholder, or (given the review) an executive whose name is a placeholder.
 */
export function isNoOwner(owner: string | null | undefined, review?: Review): boolean {
  return ownerKey(owner, review) === null;
}

/** The owner's key, trimmed; null when there is no owner (as {@link isNoOwner} decides). */
export function ownerKey(owner: string | null | undefined, review?: Review): string | null {
  if (owner == null || isPlaceholder(owner)) return null;
  const key = owner.trim();
  if (!review || key === 'joint' || !Object.hasOwn(review.executives, key)) return key;
  return isPlaceholderName(review.executives[key]?.name) ? null : key;
}

/** Owner keys a file may use: `joint` and every key of `executives`. */
export function ownerKeys(review: Review): string[] {
  return ['joint', ...Object.keys(review.executives)];
}

export function isKnownOwner(owner: string, review: Review): boolean {
  return owner.trim() === 'joint' || Object.hasOwn(review.executives, owner.trim());
}

function hasText(value: string | null | undefined): boolean {
  return value != null && value.trim() !== '';
}

/** A claim that says who owns the area: given, and not `unsure` or a placeholder. */
export function isFirmClaim(claim: unknown): claim is string {
  if (typeof claim !== 'string') return false;
  if (longerWithNothingToTrim(claim, LONGEST_CLAIM_WORD)) return true;
  const verdict = shortVerdict(claim);
  return !verdict.placeholder && !verdict.unsure;
}
/** Longer than this and with nothing to trim, a claim is neither a placeholder nor `unsure`. */
const LONGEST_CLAIM_WORD = Math.max(LONGEST_PLACEHOLDER, 'unsure'.length);

/** The CIO's or the CMO's claim names someone other than the recorded owner. */
export function claimsDisagree(area: BlurredArea): boolean {
  const owner = (area.owner ?? '').trim();
  const claims = (area.claims ?? {}) as Record<string, unknown>;
  return (['cio', 'cmo'] as const).some((who) => {
    const claim = claims[who];
    return isFirmClaim(claim) && claim.trim() !== owner;
  });
}

/** The CIO's or the CMO's claim is missing, a placeholder or `unsure`. */
export function claimsUnconfirmed(area: BlurredArea): ('cio' | 'cmo')[] {
  const claims = (area.claims ?? {}) as Record<string, unknown>;
  return (['cio', 'cmo'] as const).filter((who) => !isFirmClaim(claims[who]));
}

/**
 * An area is `agreed` when it has an owner, both claims are given and equal to it, and a joint
 * area has a process. Otherwise, in this order: `orphan` (no owner), `contested` (a claim names
 * someone else), `unconfirmed` (a claim missing or unsure), `joint-without-process`.
 */
export function areaStatus(area: BlurredArea, review?: Review): AreaStatus {
  const owner = ownerKey(area.owner, review);
  if (owner === null) return 'orphan';
  if (claimsDisagree(area)) return 'contested';
  if (claimsUnconfirmed(area).length) return 'unconfirmed';
  if (owner === 'joint' && !hasText(area.process)) return 'joint-without-process';
  return 'agreed';
}

export function hasProcess(area: BlurredArea): boolean {
  return hasText(area.process);
}
