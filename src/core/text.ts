/**
 * Pure text helpers shared by the loader, the rules and every renderer.
 */
import { present } from './present.js';

/** Offsets of the start of each line, for turning an offset into line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** 1-based line and column of `offset`, by binary search over `starts`. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid];
    if (start !== undefined && start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 }; // starts[0] is 0
}

/**
 * Levenshtein distance between `a` and `b` when it is at most `limit`, else `limit + 1`. Only the
 * band of cells within `limit` of the diagonal is filled, and the walk stops as soon as a whole row
 * exceeds the limit, so one comparison costs O(length × limit) at most.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (!a.length || !b.length) return Math.max(a.length, b.length);
  const over = limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    cur[from - 1] = from === 1 && i <= limit ? i : over;
    // A cell outside the band is `over`: further than the limit, as far as this walk cares.
    let rowMin = cur[from - 1] ?? over;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min((prev[j] ?? over) + 1, (cur[j - 1] ?? over) + 1, (prev[j - 1] ?? over) + cost, over);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (to < b.length) cur[to + 1] = over;
    if (rowMin > limit) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length] ?? over, over);
}

/** "Did you mean" looks only at inputs this long or shorter: a typo is a slip in a word, not in a paragraph. */
export const SUGGEST_MAX_LENGTH = 40;
/** One suggestion compares against at most this many candidates (of a plausible length). */
export const SUGGEST_MAX_CANDIDATES = 1000;
/**
 * Edit-distance cells one {@link Suggester} may fill over all its suggestions: about 20 ms at
 * most, plenty for the 100 findings of one rule a file lists.
 */
export const SUGGEST_BUDGET = 500_000;

/**
 * "Did you mean" over one list of candidates, with bounded work: inputs longer than
 * {@link SUGGEST_MAX_LENGTH} get no suggestion, each suggestion compares against at most
 * {@link SUGGEST_MAX_CANDIDATES} candidates whose length could be close enough, and once the
 * suggester has spent {@link SUGGEST_BUDGET} cells it suggests nothing more. Answers are
 * remembered, so an owner misspelt the same way a thousand times costs one search.
 */
export class Suggester {
  /** Candidate indexes by length (lower-cased), so a search visits only plausible lengths. */
  private readonly byLength = new Map<number, number[]>();
  private readonly lower: string[];
  private spent = 0;
  private readonly memo = new Map<string, string | undefined>();

  constructor(
    private readonly candidates: readonly string[],
    private readonly budget = SUGGEST_BUDGET,
  ) {
    this.lower = candidates.map((c) => c.toLowerCase());
    this.lower.forEach((c, k) => {
      if (c.length > SUGGEST_MAX_LENGTH + SUGGEST_MAX_LENGTH / 3) return;
      const bucket = this.byLength.get(c.length);
      if (bucket) bucket.push(k);
      else this.byLength.set(c.length, [k]);
    });
  }

  /** The nearest candidate to `input` (the first listed, on a tie), if it is close enough to be a likely typo. */
  suggest(input: string): string | undefined {
    if (input.length > SUGGEST_MAX_LENGTH || !this.candidates.length) return undefined;
    if (this.memo.has(input)) return this.memo.get(input);
    const lower = input.toLowerCase();
    const allowed = Math.max(1, Math.floor(Math.max(input.length, 3) / 3));
    let best = -1;
    let bestDistance = allowed + 1;
    let compared = 0;
    for (let length = Math.max(0, lower.length - allowed); length <= lower.length + allowed; length++) {
      for (const k of this.byLength.get(length) ?? []) {
        if (compared >= SUGGEST_MAX_CANDIDATES || this.spent >= this.budget) break;
        compared++;
        // Only a strictly closer candidate, or an equally close one listed earlier, can win.
        const limit = k < best ? bestDistance : bestDistance - 1;
        this.spent += lower.length * (2 * limit + 1) + 1;
        const d = boundedEditDistance(lower, present(this.lower[k], `candidate ${k}`), limit);
        if (d < bestDistance || (d === bestDistance && k < best)) {
          best = k;
          bestDistance = d;
        }
      }
    }
    const near = best < 0 ? undefined : this.candidates[best];
    this.memo.set(input, near);
    return near;
  }
}

/** The nearest of `candidates` to `input`, if it is close enough to be a likely typo (bounded work; see {@link Suggester}). */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  return new Suggester(candidates).suggest(input);
}

/** `a`, `a or b`, `a, b or c`. */
export function listWords(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** `value`, cut to `max` characters with an ellipsis: a message quotes a value, it does not repeat a paragraph. */
export function clip(value: string, max = 60): string {
  return value.length > max ? `${cutText(value, max)}…` : value;
}

/** `text` in at most `width` characters (at least one before the ellipsis when cut): a table cell, a chart label. */
export function fitWidth(text: string, width: number): string {
  return text.length > width ? `${cutText(text, Math.max(1, width - 1))}…` : text;
}

/**
 * The first `n` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair: a
 * shortened name never ends in half a character (a lone surrogate is unsafe output).
 */
export function cutText(text: string, n: number): string {
  const end = Math.max(0, n);
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/** Most values one message lists; the rest are counted. */
export const MAX_LISTED = 10;

/** `1234567` as `1,234,567`. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Like {@link listWords}, but past {@link MAX_LISTED} items: `a, b, …, j … and 4,990 more`. */
export function listBounded(items: readonly string[], conjunction = 'or', max = MAX_LISTED): string {
  if (items.length <= max) return listWords(items, conjunction);
  return `${items.slice(0, max).join(', ')} … and ${formatCount(items.length - max)} more`;
}

/** A YAML path as users read it: `blurredAreas[3].owner`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (isPlainSegment(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Whether a key is written `.key` in a path; remembered, as paths reuse the schema's few keys. */
function isPlainSegment(seg: string): boolean {
  let plain = plainSegments.get(seg);
  if (plain === undefined) {
    plain = /^[A-Za-z_$][\w$-]*$/.test(seg);
    if (plainSegments.size < 1024) plainSegments.set(seg, plain);
  }
  return plain;
}
const plainSegments = new Map<string, boolean>();

/** Ids: lower-case letters of any script, digits, single hyphens between them; at most 64 characters. */
export const ID_PATTERN = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u;
export const MAX_ID_LENGTH = 64;

/**
 * An id made from a name or a sentence: "Customer data & privacy" → `customer-data-privacy`,
 * "顧客データ" → `顧客データ`. Letters of every script are kept; everything else separates words.
 * Cut at a word boundary to fit {@link MAX_ID_LENGTH}; `item` when nothing is left.
 */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map((w) => w.replace(/\p{M}/gu, ''))
    .filter(Boolean);
  let id = '';
  for (const w of words) {
    const next = id ? `${id}-${w}` : w;
    if (next.length > MAX_ID_LENGTH) {
      if (!id) id = w.slice(0, MAX_ID_LENGTH);
      break;
    }
    id = next;
  }
  return ID_PATTERN.test(id) ? id : 'item';
}

/**
 * Text from a review shortened for one line of a message: at most `max` characters, cut at a word
 * when one ends late enough, with `…` when cut. Statements and criteria may run to 4,000 characters.
 */
/** Two white-space characters in a row, or one that is not a plain space. */
const SPACE_TO_FOLD = /\s\s|[^\S ]/;

export function excerpt(value: string, max = 80): string {
  const trimmed = value.trim();
  // Most statements are one line with single spaces already: no new string for those.
  const oneLine = SPACE_TO_FOLD.test(trimmed) ? trimmed.replace(/\s+/gu, ' ') : trimmed;
  if (oneLine.length <= max) return oneLine;
  const cut = cutText(oneLine, max - 1);
  const space = cut.lastIndexOf(' ');
  const body = space >= max / 2 ? cut.slice(0, space) : cut;
  // Most cuts end in a letter: the replace runs only when there is punctuation or space to drop.
  return `${endsInTrailing(body) ? body.replace(/[\s,;:.-]+$/u, '') : body}…`;
}

/** Whether the last character is white space or `,;:.-`, which an excerpt drops before its `…`. */
function endsInTrailing(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || c === 0x2d;
  return /\s/u.test(s.slice(-1));
}

/**
 * A copy of `s` that shares no memory with the text it was cut from. Strings cut from a file (names,
 * ids) are slices that keep the whole file alive: whoever holds findings past the file's turn
 * (`check --latest` keeps one result per organisation) detaches them, so memory does not grow with
 * the files read.
 */
export function detach(s: string): string {
  // Slicing a fresh concatenation flattens it into a new string of its own.
  return s.length ? (' ' + s).slice(1) : s;
}

/**
 * The next place of one character in the text, at or after a position. Asked at positions that
 * only move forward, it searches each part of the text once: an answer stands until the position
 * passes it.
 */
export class Finder {
  private from = 0;
  private found = -2; // not searched yet
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  next(at: number): number {
    if (this.found === -2 || at < this.from || (this.found >= 0 && at > this.found)) {
      this.from = at;
      this.found = this.text.indexOf(this.char, at);
    }
    return this.found;
  }
}
