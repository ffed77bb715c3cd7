/**
 * A fast reader for the plain YAML that review files are made of: block mappings and sequences,
 * one-line plain and quoted scalars, one-line flow collections, `|` and `>` block scalars, and
 * comments. It reads such a file about three times faster than js-yaml and records, as it goes,
 * where each key and value starts, for locating problems.
 *
 * It never decides anything on its own: the moment the text holds something outside that subset
 * (an anchor, a tag, a multi-line plain scalar, a duplicate or non-text key, a tab, a carriage
 * return, a control character, deep nesting...) it gives up and returns `undefined`, and the file
 * is read by js-yaml with every refusal and its message, as before. When it does return, its value
 * is the one js-yaml gives, and every key and value is located where js-yaml's tree puts it
 * (test/core/yaml-fast.test.ts holds it to both).
 */
import type { PathSegment } from './problem.js';
import { blockLines, blockValue, readQuoted, resolvePlain } from './yaml-fast-scalars.js';
import { Finder } from './text.js';

/**
 * A mapping or a sequence as the fast reader records it: where it starts, and its entries in one
 * list. A mapping's list holds, for each entry in turn, its key, where the key starts and its value;
 * a sequence's holds its items' values. A value is a collection's node, or the offset where a
 * scalar starts. One list per collection, not three: a review file has thousands of collections.
 * `holes` marks a sequence with an empty item (`-` and nothing), for which js-yaml reports no node:
 * such a list is located as a whole, as js-yaml's tree has it.
 */
export interface FastNode {
  kind: 'mapping' | 'sequence';
  start: number;
  entries: (string | number | FastNode)[];
  holes: boolean;
  /** For a large mapping, each key's entry number, built when a problem is first located in it. */
  index?: Map<string, number>;
}

/** A mapping's list holds three places per entry: key, key start, value. */
const KEY = 0;
const KEY_START = 1;
const VALUE = 2;
const STRIDE = 3;

/** Which entry of a mapping `key` is: a look along a small mapping, an index (built once) for a large one. */
function keyIndex(node: FastNode, key: string): number {
  const { entries } = node;
  if (entries.length <= 16 * STRIDE) {
    for (let i = KEY; i < entries.length; i += STRIDE) if (entries[i] === key) return i / STRIDE;
    return -1;
  }
  if (!node.index) {
    const index = new Map<string, number>();
    for (let i = KEY; i < entries.length; i += STRIDE) index.set(entries[i] as string, i / STRIDE);
    node.index = index;
  }
  return node.index.get(key) ?? -1;
}

/** `locate` in the fast reader's tree: the same answer js-yaml's tree gives (yaml-fast.test.ts). */
export function locateFast(root: FastNode, path: readonly PathSegment[], at: 'key' | 'value'): number {
  let node: FastNode | number = root;
  let keyOffset: number | undefined;
  let valueOffset = root.start;
  let reached = 0;
  for (const seg of path) {
    if (typeof node === 'number') break;
    let child: string | number | FastNode | undefined;
    if (node.kind === 'sequence') {
      if (typeof seg !== 'number' || seg < 0 || node.holes || seg >= node.entries.length) break;
      keyOffset = undefined;
      child = node.entries[seg];
    } else {
      const index = typeof seg === 'string' ? keyIndex(node, seg) : -1;
      if (index < 0) break;
      keyOffset = node.entries[index * STRIDE + KEY_START] as number;
      child = node.entries[index * STRIDE + VALUE];
    }
    reached++;
    if (child === undefined || typeof child === 'string') break;
    valueOffset = typeof child === 'number' ? child : child.start;
    node = child;
  }
  return at === 'key' && reached === path.length && keyOffset !== undefined ? keyOffset : valueOffset;
}

/** Nesting at which the fast reader leaves the file to js-yaml, which reports what is too deep. */
const FAST_DEPTH = 24;

/** Why the fast reader stopped; never leaves this module. */
class Outside {}
const OUTSIDE = new Outside();

/** Characters that cannot start a plain scalar here (indicators), or that we leave to js-yaml. */
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') NOT_PLAIN_START[c.charCodeAt(0)] = 1;

/** What js-yaml refuses to read or reads specially; the fast reader leaves any of it to js-yaml. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const AWKWARD = /[\x00-\x08\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

const SPACE = 32;
const NL = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const COMMA = 44;

/** A collection's node, with no entries yet. */
function collection(kind: 'mapping' | 'sequence', start: number): FastNode {
  return { kind, start, entries: [], holes: false };
}

class FastReader {
  private pos = 0;
  /** Where the value of the key last read by {@link key} may start: just past its colon. */
  private keyAfter = 0;
  /**
   * Where the value last read starts and ends, and its node when it is a collection: set by every
   * method that reads a value (which returns the value itself), so that a scalar costs no object.
   */
  private vStart = 0;
  private vEnd = 0;
  private vNode: FastNode | undefined;
  private readonly hash: Finder;
  private readonly colon: Finder;
  constructor(private readonly text: string) {
    this.hash = new Finder(text, '#');
    this.colon = new Finder(text, ':');
  }

  private outside(): never {
    throw OUTSIDE;
  }

  /** From a line start, past blank and comment-only lines; returns the next content line's indent, or -1 at the end. */
  private nextContentLine(): number {
    const { text } = this;
    for (;;) {
      let i = this.pos;
      while (text.charCodeAt(i) === SPACE) i++;
      if (i >= text.length) {
        this.pos = text.length;
        return -1;
      }
      const c = text.charCodeAt(i);
      if (c === NL) this.pos = i + 1;
      else if (c === HASH) {
        const nl = text.indexOf('\n', i);
        this.pos = nl < 0 ? text.length : nl + 1;
      } else return i - this.pos;
    }
  }

  /** After a value on a line: spaces, then an optional ` # comment`, then the line's end. Moves to the next line. */
  private endOfLine(i: number): void {
    const { text } = this;
    const from = i;
    while (text.charCodeAt(i) === SPACE) i++;
    if (i >= text.length) {
      this.pos = text.length;
      return;
    }
    const c = text.charCodeAt(i);
    if (c === HASH && i > from) {
      const nl = text.indexOf('\n', i);
      this.pos = nl < 0 ? text.length : nl + 1;
    } else if (c === NL) this.pos = i + 1;
    else this.outside();
  }

  /** The document: a block mapping at column 0. */
  document(): { value: unknown; root: FastNode } {
    if (this.nextContentLine() !== 0) this.outside();
    const value = this.blockMapping(0, this.pos, 1);
    const root = this.vNode ?? this.outside();
    if (this.nextContentLine() >= 0) this.outside();
    return { value, root };
  }

  /**
   * A plain or quoted key at `at`, followed by `:` and a space or the line's end. Returns the key
   * (its value may start at `keyAfter`, just past the colon), or undefined when this is no key.
   */
  private key(at: number): string | undefined {
    const { text } = this;
    const c = text.charCodeAt(at);
    let end: number;
    let value: unknown;
    let colon: number;
    if (c === 0x22 || c === 0x27) {
      const q = readQuoted(text, at) ?? this.outside();
      value = q.value;
      colon = q.end;
      while (text.charCodeAt(colon) === SPACE) colon++;
      if (text.charCodeAt(colon) !== COLON) return undefined;
    } else {
      if (c < 128 && NOT_PLAIN_START[c] === 1) return undefined;
      colon = this.plainKeyColon(at);
      if (colon < 0) return undefined;
      end = colon;
      while (text.charCodeAt(end - 1) === SPACE) end--;
      value = knownKey(text, at, end) ?? resolvePlain(text.slice(at, end));
    }
    if (!endsToken(text.charCodeAt(colon + 1))) this.outside();
    if (typeof value !== 'string' || value === '__proto__') this.outside();
    this.keyAfter = colon + 1;
    return value;
  }

  /** The `:` that ends a plain key starting at `at`, or -1 when the line holds no key. */
  private plainKeyColon(at: number): number {
    const { text } = this;
    for (let i = at; ; i++) {
      const k = text.charCodeAt(i);
      if (k === COLON) {
        if (endsToken(text.charCodeAt(i + 1))) return i;
      } else if (k === NL || Number.isNaN(k)) return -1;
      else if (k === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
      else if (k === 0x5b || k === 0x5d || k === 0x7b || k === 0x7d || k === COMMA) this.outside();
    }
  }

  /** A block mapping whose first key is at `at`, in column `indent`. Leaves `pos` at the next line after it. */
  private blockMapping(indent: number, at: number, depth: number): Record<string, unknown> {
    if (depth > FAST_DEPTH) this.outside();
    const value: Record<string, unknown> = {};
    const node = collection('mapping', at);
    let keyAt = at;
    let end: number;
    for (;;) {
      const key = this.key(keyAt) ?? this.outside();
      value[key] = this.entryValue(indent, this.keyAfter, depth);
      node.entries.push(key, keyAt, this.vNode ?? this.vStart);
      end = this.vEnd;
      const next = this.nextContentLine();
      if (next < indent) break;
      if (next > indent) this.outside();
      keyAt = this.pos + indent;
    }
    // A key written twice leaves fewer keys than entries (counted once here, not looked up per key).
    if (Object.keys(value).length !== node.entries.length / STRIDE) this.outside();
    this.set(at, end, node);
    return value;
  }

  private set(start: number, end: number, node: FastNode | undefined): void {
    this.vStart = start;
    this.vEnd = end;
    this.vNode = node;
  }

  /**
   * The value after a `key:` (or a `- ` of a sequence) whose entry stands in column `indent`:
   * on the same line, or a block on the lines below, or nothing.
   */
  private entryValue(indent: number, after: number, depth: number, inSequence = false): unknown {
    const { text } = this;
    let i = after;
    while (text.charCodeAt(i) === SPACE) i++;
    const c = text.charCodeAt(i);
    if (Number.isNaN(c) || c === NL || (c === HASH && i > after)) return this.blockBelow(indent, after, depth, inSequence);
    if (c === DASH && this.dashFollowed(i)) this.outside();
    if (c === 0x5b || c === 0x7b) {
      const flow = this.flow(i, depth + 1);
      this.endOfLine(this.vEnd);
      return flow;
    }
    if (c === 0x7c || c === 0x3e) return this.blockScalar(i, indent);
    if (c === 0x22 || c === 0x27) {
      const q = readQuoted(text, i) ?? this.outside();
      this.endOfLine(q.end);
      this.set(i, q.end, undefined);
      return q.value;
    }
    if (inSequence && this.key(i)) return this.blockMapping(i - this.pos, i, depth + 1);
    return this.plainLine(i);
  }

  /** `-`, `?` and `:` start a plain scalar when a character that cannot end it follows (`-5`, `-x`). */
  private plainIndicator(at: number, inFlow: boolean): boolean {
    const c = this.text.charCodeAt(at);
    if (!(c === DASH || c === 0x3f || c === COLON)) return false;
    const n = this.text.charCodeAt(at + 1);
    return !(n === SPACE || n === NL || Number.isNaN(n) || (inFlow && flowEnd(n)));
  }

  /** Nothing after the indicator on its line: the block below it, or an empty value. */
  private blockBelow(indent: number, after: number, depth: number, inSequence: boolean): unknown {
    const { text } = this;
    this.endOfLine(after);
    const save = this.pos;
    const next = this.nextContentLine();
    const empty = () => {
      this.pos = save;
      this.set(after, after, undefined);
      return null;
    };
    if (next < 0) return empty();
    const lineAt = this.pos + next;
    const isDash = text.charCodeAt(lineAt) === DASH && this.dashFollowed(lineAt);
    if (next > indent) {
      if (isDash) return this.blockSequence(next, lineAt, depth + 1);
      if (this.key(lineAt)) return this.blockMapping(next, lineAt, depth + 1);
      this.outside();
    }
    // A sequence may stand in the same column as the key that holds it.
    if (next === indent && isDash && !inSequence) return this.blockSequence(next, lineAt, depth + 1);
    return empty();
  }

  private dashFollowed(at: number): boolean {
    const n = this.text.charCodeAt(at + 1);
    return n === SPACE || n === NL || Number.isNaN(n);
  }

  /** A block sequence whose first `-` is at `at`, in column `indent`. */
  private blockSequence(indent: number, at: number, depth: number): unknown[] {
    if (depth > FAST_DEPTH) this.outside();
    const { text } = this;
    const value: unknown[] = [];
    const node = collection('sequence', at);
    let dash = at;
    let end: number;
    for (;;) {
      const item = this.entryValue(indent, dash + 1, depth, true);
      value.push(item);
      // js-yaml reports no node for an empty item (`-` and nothing): such a list is located as a
      // whole, as js-yaml's tree locates it.
      if (item === null && this.vStart === this.vEnd) node.holes = true;
      node.entries.push(this.vNode ?? this.vStart);
      end = this.vEnd;
      const next = this.nextContentLine();
      if (next !== indent) {
        if (next > indent) this.outside();
        break;
      }
      dash = this.pos + indent;
      if (text.charCodeAt(dash) !== DASH || !this.dashFollowed(dash)) break;
    }
    this.set(at, end, node);
    return value;
  }

  /** A plain scalar that ends on its line: at a ` #` comment or the line's end. */
  private plainLine(at: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c < 128 && NOT_PLAIN_START[c] === 1 && !this.plainIndicator(at, false)) this.outside();
    // The line's end, the comment that may end it first, and no `: ` before that. The `#` and `:`
    // searches run over the whole text but resume where the last one stopped, so the file is
    // searched once in all (most lines hold neither).
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    let stop = lineEnd;
    for (let hash = this.hash.next(at); hash >= 0 && hash < lineEnd; hash = this.hash.next(hash + 1)) {
      if (hash > at && text.charCodeAt(hash - 1) === SPACE) {
        stop = hash - 1;
        break;
      }
    }
    for (let colon = this.colon.next(at); colon >= 0 && colon < stop; colon = this.colon.next(colon + 1)) {
      const n = text.charCodeAt(colon + 1);
      if (n === SPACE || colon + 1 === lineEnd) this.outside();
    }
    while (stop > at && text.charCodeAt(stop - 1) === SPACE) stop--;
    const end = stop;
    this.endOfLine(end);
    this.set(at, end, undefined);
    return resolvePlain(text.slice(at, end));
  }

  /** A flow sequence or mapping that closes on its line. */
  private flow(at: number, depth: number): unknown {
    if (depth > FAST_DEPTH) this.outside();
    const { text } = this;
    const isMap = text.charCodeAt(at) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const node = collection(isMap ? 'mapping' : 'sequence', at);
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    let i = this.skipSpaces(at + 1);
    while (text.charCodeAt(i) !== close) {
      const itemAt = i;
      const item = this.flowItem(i, depth);
      const itemNode = this.vNode;
      i = this.skipSpaces(this.vEnd);
      if (isMap) {
        if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) this.outside();
        if (typeof item !== 'string' || item === '__proto__' || itemNode) this.outside();
        if (Object.prototype.hasOwnProperty.call(map, item)) this.outside();
        map[item] = this.flowItem(this.skipSpaces(i + 1), depth);
        node.entries.push(item, itemAt, this.vNode ?? this.vStart);
        i = this.skipSpaces(this.vEnd);
      } else {
        if (text.charCodeAt(i) === COLON) this.outside();
        list.push(item);
        node.entries.push(itemNode ?? itemAt);
      }
      const k = text.charCodeAt(i);
      if (k === close) break;
      if (k !== COMMA) this.outside();
      i = this.skipSpaces(i + 1);
      if (text.charCodeAt(i) === close) this.outside(); // a trailing comma
    }
    this.set(at, i + 1, node);
    return isMap ? map : list;
  }

  private skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** One item of a flow collection: a nested flow collection, a quoted scalar or a plain one. */
  private flowItem(at: number, depth: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === 0x5b || c === 0x7b) return this.flow(at, depth + 1);
    if (c === 0x22 || c === 0x27) {
      const q = readQuoted(text, at) ?? this.outside();
      this.set(at, q.end, undefined);
      return q.value;
    }
    if (Number.isNaN(c) || (c < 128 && NOT_PLAIN_START[c] === 1 && !this.plainIndicator(at, true))) this.outside();
    let i = at;
    let end = at;
    for (;;) {
      const k = text.charCodeAt(i);
      if (Number.isNaN(k) || k === NL) this.outside();
      if (k === COMMA || k === 0x5d || k === 0x7d || k === 0x5b || k === 0x7b) break;
      // `question:cio-role/x` is one scalar; `a: b` is a pair.
      if (k === COLON && i > at && flowEnd(text.charCodeAt(i + 1))) break;
      if (k === HASH && text.charCodeAt(i - 1) === SPACE) this.outside();
      if (k !== SPACE) end = i + 1;
      i++;
    }
    if (end === at) this.outside();
    this.set(at, end, undefined);
    return resolvePlain(text.slice(at, end));
  }

  /**
   * A `|` or `>` block scalar at `at`, under an entry in column `indent`: clip, strip or keep, its
   * indentation found from its first line. Leading blank lines, more-indented lines in a folded
   * scalar, lines of spaces and an explicit indentation are left to js-yaml.
   */
  private blockScalar(at: number, indent: number): string {
    const { text } = this;
    const folded = text.charCodeAt(at) === 0x3e;
    let i = at + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    const ch = text.charCodeAt(i);
    if (ch === DASH) {
      chomp = 'strip';
      i++;
    } else if (ch === 0x2b) {
      chomp = 'keep';
      i++;
    }
    const c = text.charCodeAt(i);
    if (!(c === SPACE || c === NL || Number.isNaN(c))) this.outside();
    this.endOfLine(i);
    const block = blockLines(text, this.pos, indent, folded) ?? this.outside();
    this.pos = block.next;
    const { lines, end } = block;
    const value = blockValue(lines, folded, chomp) ?? this.outside();
    this.set(at, end, undefined);
    return value;
  }
}

/**
 * Plain keys met before, by length and first character: a key found here is that very string, not a
 * new slice of the text that a property store would have to look up again (review files use a few
 * dozen keys, thousands of times). Only keys that read as text are kept, at most 8 per bucket.
 */
const KNOWN_KEYS = new Map<number, string[]>();

function knownKey(text: string, at: number, end: number): string | undefined {
  const first = text.charCodeAt(at);
  if (first >= 128) return undefined;
  const slot = (end - at) * 128 + first;
  const bucket = KNOWN_KEYS.get(slot);
  if (bucket) for (const key of bucket) if (text.startsWith(key, at)) return key;
  if (bucket && bucket.length >= 8) return undefined;
  const key = resolvePlain(text.slice(at, end));
  if (typeof key !== 'string' || key === '__proto__') return undefined;
  // The key as a property name, so the one kept is the engine's own copy of it.
  const own = Object.keys({ [key]: true })[0] ?? key;
  if (bucket) bucket.push(own);
  else KNOWN_KEYS.set(slot, [own]);
  return own;
}

/** A space, a line's end or the end of the text: what must follow a `:` or `-` indicator. */
function endsToken(c: number): boolean {
  return c === SPACE || c === NL || Number.isNaN(c);
}

/** A character that ends a plain scalar after a `:` in a flow collection. */
function flowEnd(c: number): boolean {
  return c === SPACE || c === COMMA || c === 0x5d || c === 0x7d || c === 0x5b || c === 0x7b || c === NL || Number.isNaN(c);
}

/**
 * The file's value and positions when it is plain YAML the fast reader knows, else `undefined`
 * (read it with js-yaml). Never throws.
 */
export function readFast(text: string): { value: unknown; root: FastNode } | undefined {
  if (AWKWARD.test(text)) return undefined;
  try {
    return new FastReader(text).document();
  } catch {
    // OUTSIDE, or anything unforeseen (a stack too deep for a recursive read): js-yaml decides.
    return undefined;
  }
}
