/**
 * Pure text helpers shared by the loader, the rules and every renderer.
 */

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
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** Levenshtein distance, small and allocation-light; used for "did you mean". */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The nearest of `candidates` to `input`, if it is close enough to be a likely typo. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(input.length, 3) / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** `a`, `a or b`, `a, b or c`. */
export function listWords(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A YAML path as users read it: `blurredAreas[3].owner`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

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
export function excerpt(value: string, max = 80): string {
  const oneLine = value.trim().replace(/\s+/gu, ' ');
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
}
