/**
 * Reads YAML defensively. Every refusal is a located problem, never an exception:
 * input over 1 MiB, bytes that are not UTF-8, nesting deeper than 32, anchors and aliases, tags,
 * directives, more than one document, non-string keys, duplicate keys and `__proto__`.
 *
 * Why js-yaml and not `yaml` for reading: on this stack `yaml` lexes at 3-4 MB/s, so a file near
 * the 1 MiB limit took over 0.8 s to parse before validation; js-yaml parses the same file in
 * about 0.1 s and reports every node's start and end through its `listener` hook, which is all we
 * need for positions. `yaml` stays the writer, where comments must survive a rewrite.
 *
 * Most review files are plain YAML (block mappings and lists, one-line scalars, `|` and `>` notes):
 * those are read by the fast reader of yaml-fast.ts, which builds the same value and node tree in
 * about a third of the time and leaves anything else to js-yaml.
 *
 * One pass: the parser's listener builds the node tree, measures nesting as it goes and stops the
 * (recursive) parse once nodes nest far too deep, so no separate pre-scan of the text is needed.
 * Directives can only open a document, so one look at its first content refuses them.
 */
import jsyaml from 'js-yaml';
import type { Located, PathSegment, YamlPath } from './problem.js';
import { lineStarts, positionAt } from './text.js';
import { present } from './present.js';
import { locateFast, readFast, type FastNode } from './yaml-fast.js';

export const MAX_BYTES = 1024 * 1024;
export const MAX_DEPTH = 32;
/**
 * js-yaml's parser is recursive: the parse stops as soon as nodes nest this deep, far above the
 * limit and far below what would strain the stack.
 */
const GUARD_DEPTH = 4 * MAX_DEPTH;

/** Thrown from the parser's listener to stop a parse that nests too deep; never leaves this module. */
class TooDeep {
  constructor(readonly offset: number) {}
}

export type { PathSegment, YamlPath } from './problem.js';

/** Where the reader stopped: a located problem whose path is still a `YamlPath`. */
export type YamlProblem = Located<YamlPath>;

export interface SourceText {
  text: string;
  starts: number[];
  /** The parsed node tree; positions are looked up in it only when a finding needs one. */
  root?: Node;
  /** The fast reader's tree, in its place, for a file the fast reader read. */
  fast?: FastNode;
}

export interface ReadResult {
  /** The parsed value; `undefined` when a problem made it unusable. */
  value: unknown;
  problems: YamlProblem[];
  source: SourceText;
}

/**
 * The position a path refers to: the value of the longest prefix of `path` that exists in the
 * file (so a missing field points at the mapping that lacks it), or its key with `at: 'key'`.
 */
export function locate(source: SourceText, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): { line: number; column: number } {
  const { text } = source;
  if (source.fast) return positionAt(source.starts, locateFast(source.fast, path, at));
  if (!source.root) return { line: 1, column: 1 };
  let node = unwrap(source.root);
  let keyOffset: number | undefined;
  let valueOffset = contentStart(text, node.start, node.end);
  let reached = 0;
  for (const seg of path) {
    let keyNode: Node | undefined;
    let child: Node | undefined;
    if (Array.isArray(node.value) && typeof seg === 'number' && node.children.length === node.value.length) {
      child = node.children[seg];
    } else if (node.kind === 'mapping' && typeof seg === 'string') {
      const pair = findPair(text, node, seg);
      if (pair) [keyNode, child] = pair;
    }
    if (!child && !keyNode) break;
    reached++;
    keyOffset = keyNode ? contentStart(text, keyNode.start, keyNode.end) : undefined;
    if (!child) {
      if (keyOffset !== undefined) valueOffset = keyOffset; // reached: the key is there
      break;
    }
    // An empty value (`owner:`) is located just after its key, not on the next line.
    valueOffset = contentStart(text, child.start, child.end);
    node = unwrap(child);
  }
  const offset = at === 'key' && reached === path.length && keyOffset !== undefined ? keyOffset : valueOffset;
  return positionAt(source.starts, offset);
}

function describeSize(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(2)} MiB` : `${bytes} bytes`;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Index of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  for (let b = bytes[i]; b !== undefined; b = bytes[i]) {
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function emptySource(text = ''): SourceText {
  return { text, starts: lineStarts(text) };
}

function problemAt(source: SourceText, offset: number, message: string, path: YamlPath = []): YamlProblem {
  return { message, ...positionAt(source.starts, offset), path };
}

/** Decode bytes as UTF-8 (a BOM is dropped), or say where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: YamlProblem } {
  try {
    let text = decoder.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const at = bad < 0 ? 0 : bad;
    let prefix = decoder.decode(bytes.subarray(0, at));
    if (prefix.charCodeAt(0) === 0xfeff) prefix = prefix.slice(1);
    const source = emptySource(prefix);
    const byte = bytes[at] ?? 0;
    return {
      problem: problemAt(
        source,
        prefix.length,
        `the file is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}); save it as UTF-8`,
      ),
    };
  }
}

/** A node of js-yaml's tree: where it starts and ends in the text, and what it holds. */
interface Node {
  start: number;
  end: number;
  value: unknown;
  kind: string | null;
  children: Node[];
  /** For mappings, the children paired as [key, value], computed once when first needed. */
  pairs?: [Node, Node | undefined][];
  /** For mappings, the pairs by string key (the first of each), so locating a key is not a scan. */
  index?: Map<string, [Node, Node | undefined]>;
}

const NO_CHILDREN: Node[] = [];

/**
 * js-yaml reads `- { a: 1 }` (a flow collection where a block one may start) first as a possible
 * key, then keeps it as the value: the entry's node then wraps one child holding the very same
 * object. Look through such wrappers.
 */
function unwrap(node: Node): Node {
  for (let only = node.children[0]; node.children.length === 1 && only !== undefined; only = node.children[0]) {
    if (only.value !== node.value || node.value === null || typeof node.value !== 'object') break;
    node = only;
  }
  return node;
}

/** First offset in [start, end) that is not white space or part of a comment; `start` if none. */
function contentStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? end : nl + 1;
    } else return i;
  }
  return start;
}

function describeKey(value: unknown): string {
  if (value === null) return 'an empty (null) key';
  if (typeof value === 'object') return 'a mapping or sequence used as a key';
  return `the ${typeof value} key \`${String(value)}\``;
}

/**
 * Parse YAML bytes into a plain value plus the position of every key and value. `reader` is for
 * tests that hold the fast reader to js-yaml: `'js-yaml'` skips the fast one.
 */
export function readYaml(bytes: Uint8Array, size = bytes.length, reader: 'auto' | 'js-yaml' = 'auto'): ReadResult {
  if (size > MAX_BYTES || bytes.length > MAX_BYTES) {
    const source = emptySource();
    return {
      value: undefined,
      problems: [problemAt(source, 0, `the file is ${describeSize(Math.max(size, bytes.length))}; review files are limited to 1 MiB`)],
      source,
    };
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) return { value: undefined, problems: [decoded.problem], source: emptySource() };
  const text = decoded.text;
  const source = emptySource(text);
  const fail = (offset: number, message: string): ReadResult => ({
    value: undefined,
    problems: [problemAt(source, offset, message)],
    source,
  });

  const first = contentStart(text, 0, text.length);
  if (onlyBlanksAndComments(text, first, text.length)) return fail(0, 'the file is empty: a review starts with `schemaVersion: 1`');
  if (text.charCodeAt(first) === 37 /* % */ && (first === 0 || text.charCodeAt(first - 1) === 10)) {
    return fail(first, 'YAML directives (%YAML, %TAG) are not allowed: they change how values are read');
  }

  // Plain YAML, which is nearly every review file, is read by the fast reader; anything else by
  // js-yaml, which says what is refused and where.
  const fast = reader === 'auto' ? readFast(text) : undefined;
  if (fast) {
    source.fast = fast.root;
    return { value: fast.value, problems: [], source };
  }

  // One object per node: opened on 'open', completed on 'close'.
  const stack: Node[] = [];
  let root: Node | undefined;
  let tooDeep = -1;
  let value: unknown;
  try {
    value = jsyaml.load(text, {
      schema: jsyaml.CORE_SCHEMA,
      json: false,
      listener(event, state) {
        if (event === 'open') {
          // Every node on the stack has a child, so it is a collection: the outermost one past the
          // limit is where the nesting goes too deep.
          if (stack.length >= GUARD_DEPTH) {
            const deepest = present(stack[MAX_DEPTH], 'the node past the depth limit').start;
            throw new TooDeep(tooDeep >= 0 ? Math.min(tooDeep, deepest) : deepest);
          }
          stack.push({ start: state.position, end: 0, value: undefined, kind: null, children: NO_CHILDREN });
          return;
        }
        const node = present(stack.pop(), 'the node a close event ends');
        node.end = state.position;
        node.value = state.result;
        node.kind = state.kind;
        if (
          (state.kind === 'mapping' || state.kind === 'sequence') &&
          stack.length + 1 > MAX_DEPTH &&
          (tooDeep < 0 || node.start < tooDeep)
        ) {
          tooDeep = node.start;
        }
        const parent = stack[stack.length - 1];
        if (parent) {
          if (parent.children === NO_CHILDREN) parent.children = [];
          parent.children.push(node);
        } else root = node;
      },
    });
  } catch (error) {
    if (error instanceof TooDeep) return fail(contentStart(text, error.offset, text.length), `nesting is deeper than ${MAX_DEPTH} levels`);
    return fail(...describeParseError(text, error));
  }
  if (tooDeep >= 0) return fail(contentStart(text, tooDeep, text.length), `nesting is deeper than ${MAX_DEPTH} levels`);
  if (!root) return fail(0, 'the file holds no YAML document');

  source.root = root;
  const problems = refusals(text, root, source);
  return { value: problems.length ? undefined : value, problems, source };
}

/** Is there a `:` between `from` and `to`, past white space and comments? */
function colonBetween(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) return true;
    if (c === 35 /* # */) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? to : nl + 1;
    } else if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else return false;
  }
  return false;
}

/**
 * A mapping node's children as [key, value] pairs. Children come as key, value, key, value... but a
 * key in a flow mapping may have no value (`{ a: 1, b }`) and a block mapping ends with an empty
 * attempt to read one more key, so a key takes the next node only when a colon stands between.
 */
function pairsOf(text: string, node: Node): [Node, Node | undefined][] {
  if (node.pairs) return node.pairs;
  const pairs: [Node, Node | undefined][] = [];
  const children = node.children;
  for (let k = 0; k < children.length; k++) {
    const keyNode = children[k];
    if (keyNode === undefined) break; // k < children.length
    if (keyNode.start === keyNode.end && keyNode.value == null) continue;
    const next = children[k + 1];
    if (next && colonBetween(text, keyNode.end, next.start)) {
      pairs.push([keyNode, next]);
      k++;
    } else pairs.push([keyNode, undefined]);
  }
  node.pairs = pairs;
  return pairs;
}

/**
 * The first pair of a mapping with key `key`: a look along a small mapping (most are a handful of
 * keys, and a finding points into thousands of them once each), the index for a large one.
 */
function findPair(text: string, node: Node, key: string): [Node, Node | undefined] | undefined {
  const pairs = pairsOf(text, node);
  if (pairs.length > 16) return pairIndex(text, node).get(key);
  for (const pair of pairs) if (pair[0].value === key) return pair;
  return undefined;
}

/** `pairsOf` by key; a map built once per mapping that a finding points into. */
function pairIndex(text: string, node: Node): Map<string, [Node, Node | undefined]> {
  if (node.index) return node.index;
  const index = new Map<string, [Node, Node | undefined]>();
  for (const pair of pairsOf(text, node)) {
    const key = pair[0].value;
    if (typeof key === 'string' && !index.has(key)) index.set(key, pair);
  }
  node.index = index;
  return index;
}

/**
 * True when [from, to) holds nothing but white space and `#` comments. One pass: a regex such as
 * `^\s*#.*$` with the `m` flag restarts at every line and rescans the blank lines that follow it,
 * which made a file of newlines take minutes.
 */
export function onlyBlanksAndComments(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 || nl >= to ? to : nl + 1;
    } else return false;
  }
  return true;
}

/**
 * Anchors, aliases, tags, non-string keys and `__proto__`, found by one pass over the tree.
 * Paths are built only for the problems found.
 */
function refusals(text: string, root: Node, source: SourceText): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const trail: PathSegment[] = [];
  const visit = (outer: Node): void => {
    const at = contentStart(text, outer.start, outer.end);
    const node = unwrap(outer);
    const first = text.charCodeAt(at);
    if (first === 38 /* & */)
      problems.push(problemAt(source, at, 'anchors (&name) are not allowed: write the value out in full', [...trail]));
    else if (first === 42 /* * */)
      problems.push(problemAt(source, at, 'aliases (*name) are not allowed: write the value out in full', [...trail]));
    else if (first === 33 /* ! */)
      problems.push(
        problemAt(source, at, 'tags (!name) are not allowed: values are read as plain text, numbers and true/false', [...trail]),
      );
    if (node.kind === 'sequence') {
      node.children.forEach((child, i) => {
        trail.push(i);
        visit(child);
        trail.pop();
      });
    } else if (node.kind === 'mapping') {
      for (const [keyNode, valueNode] of pairsOf(text, node)) {
        const keyAt = contentStart(text, keyNode.start, keyNode.end);
        // Keys too: `&a key:`, `!!str key:` and `*a :` are refused like any anchor, tag or alias.
        const property = keyProperty(text, keyAt);
        if (property !== undefined) {
          problems.push(problemAt(source, property.at, property.message, [...trail]));
          continue;
        }
        if (typeof keyNode.value !== 'string') {
          problems.push(problemAt(source, keyAt, `keys must be text; found ${describeKey(keyNode.value)}`, [...trail]));
          continue;
        }
        if (keyNode.value === '__proto__') {
          problems.push(problemAt(source, keyAt, 'the key `__proto__` is not allowed', [...trail]));
          continue;
        }
        if (!valueNode) continue;
        trail.push(keyNode.value);
        visit(valueNode);
        trail.pop();
      }
    }
  };
  visit(root);
  return problems;
}

const PROPERTY_MESSAGES: Record<string, string> = {
  '&': 'anchors (&name) are not allowed, on keys either: write the key out in full',
  '*': 'aliases (*name) are not allowed, as keys either: write the key out in full',
  '!': 'tags (!name) are not allowed, on keys either: keys are plain text',
};

/** An anchor, alias or tag written on the key at `keyAt` (or just before it, on the same line). */
function keyProperty(text: string, keyAt: number): { at: number; message: string } | undefined {
  const here = text[keyAt] ?? '';
  const direct = PROPERTY_MESSAGES[here];
  if (direct) return { at: keyAt, message: direct };
  // js-yaml may start a key node after its properties: look back over `&a !t ` on the same line.
  let i = keyAt - 1;
  let found: number | undefined;
  while (i >= 0) {
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    let j = i;
    while (j >= 0 && !/[\s{},[\]]/.test(text[j] ?? '')) j--;
    const token = text.slice(j + 1, i + 1);
    if (!token || !PROPERTY_MESSAGES[token[0] ?? ''] || token.length < 1) break;
    found = j + 1;
    i = j;
  }
  const message = found === undefined ? undefined : PROPERTY_MESSAGES[text[found] ?? ''];
  return found === undefined || message === undefined ? undefined : { at: found, message };
}

function describeParseError(text: string, error: unknown): [number, string] {
  const e = error as { mark?: { position?: number }; reason?: string; message?: string };
  if (error instanceof RangeError) return [0, `nesting is deeper than ${MAX_DEPTH} levels`];
  let offset = Math.min(Math.max(e.mark?.position ?? 0, 0), text.length);
  let reason = e.reason ?? 'the file is not valid YAML';
  if (/duplicated mapping key/.test(reason)) {
    const key = /^\s*(?:-\s+)?["']?([^"':\n]*)/.exec(text.slice(offset))?.[1]?.trim();
    reason = key
      ? `duplicate key \`${key}\`: each key may appear once in a mapping`
      : 'duplicate key: each key may appear once in a mapping';
  } else if (/expected a single document/.test(reason)) {
    const second = text.search(/^---/m) >= 0 ? findSecondDocument(text) : offset;
    offset = second;
    reason = 'a review file holds one YAML document; found a second one (remove the extra `---`)';
  } else if (/unknown tag/.test(reason)) {
    // js-yaml stops after the tagged node; point at the tag itself.
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let bang = text.lastIndexOf('!', offset);
    if (bang >= lineStart) {
      while (bang > lineStart && text[bang - 1] === '!') bang--;
      offset = bang;
    }
    reason = 'tags (!name) are not allowed: values are read as plain text, numbers and true/false';
  } else if (/unidentified alias/.test(reason)) {
    reason = 'aliases (*name) are not allowed: write the value out in full';
  } else {
    reason = `invalid YAML: ${reason}`;
  }
  return [offset, reason];
}

function findSecondDocument(text: string): number {
  const re = /^---/gm;
  const firstMarker = re.exec(text);
  if (!firstMarker) return 0;
  // If content precedes the first marker, that marker starts the second document.
  if (!onlyBlanksAndComments(text, 0, firstMarker.index)) return firstMarker.index;
  const second = re.exec(text);
  return second ? second.index : firstMarker.index;
}
