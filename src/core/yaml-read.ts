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
 * js-yaml's parser is recursive, so nesting is bounded by a linear pre-scan before parsing; the
 * exact depth is then measured on the parsed node tree.
 */
import jsyaml from 'js-yaml';
import { formatPath, lineStarts, positionAt } from './text.js';

export const MAX_BYTES = 1024 * 1024;
export const MAX_DEPTH = 32;
/** Pre-scan bound: far above any real file, far below what would strain a recursive parser. */
const GUARD_DEPTH = 256;

export type PathSegment = string | number;
export type YamlPath = PathSegment[];

export interface YamlProblem {
  message: string;
  line: number;
  column: number;
  path: YamlPath;
}

/** Where a key and its value start (offsets into `text`). */
interface Span {
  key?: number;
  value: number;
}

export interface SourceText {
  text: string;
  starts: number[];
  /** Keyed by {@link formatPath}. The root is `''`. */
  spans: Map<string, Span>;
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
  for (let n = path.length; n >= 0; n--) {
    const span = source.spans.get(formatPath(path.slice(0, n)));
    if (span) {
      const offset = at === 'key' && n === path.length && span.key !== undefined ? span.key : span.value;
      return positionAt(source.starts, offset);
    }
  }
  return { line: 1, column: 1 };
}

function describeSize(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(2)} MiB` : `${bytes} bytes`;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Index of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
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
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function emptySource(text = ''): SourceText {
  return { text, starts: lineStarts(text), spans: new Map() };
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
      problem: problemAt(source, prefix.length, `the file is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}); save it as UTF-8`),
    };
  }
}

/**
 * A linear scan that refuses directives and bounds nesting before the recursive parser runs.
 * It over-estimates depth (it only needs to be safe); the exact limit is checked after parsing.
 */
function prescan(text: string): { offset: number; message: string } | undefined {
  const n = text.length;
  let i = 0;
  let flow = 0;
  const indents: number[] = [];
  let blockScalarIndent = -1;
  while (i < n) {
    // Start of a line.
    let indent = 0;
    while (i + indent < n && text.charCodeAt(i + indent) === 32) indent++;
    const lineStart = i;
    i += indent;
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd === -1) lineEnd = n;
    const blank = i >= lineEnd || /^\s*$/.test(text.slice(i, lineEnd));
    if (blockScalarIndent >= 0) {
      if (blank || indent > blockScalarIndent) {
        i = lineEnd + 1;
        continue;
      }
      blockScalarIndent = -1;
    }
    if (flow === 0 && indent === 0 && text.charCodeAt(i) === 37 /* % */) {
      return { offset: lineStart, message: 'YAML directives (%YAML, %TAG) are not allowed: they change how values are read' };
    }
    let depth = 0;
    if (flow === 0 && !blank && text.charCodeAt(i) !== 35 /* # */) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      depth = indents.length;
    }
    let valueStart = true;
    let lastNonSpace = '';
    while (i < lineEnd) {
      const ch = text[i];
      if (ch === '#' && (i === lineStart || /\s/.test(text[i - 1]))) break;
      if ((ch === '"' || ch === "'") && (flow > 0 || valueStart)) {
        // Skip a quoted scalar, possibly across lines.
        const quote = ch;
        i++;
        while (i < n) {
          const c = text[i];
          if (quote === '"' && c === '\\') i += 2;
          else if (c === quote) {
            if (quote === "'" && text[i + 1] === "'") i += 2;
            else break;
          } else i++;
        }
        i++;
        lineEnd = text.indexOf('\n', Math.min(i, n));
        if (lineEnd === -1) lineEnd = n;
        valueStart = false;
        lastNonSpace = quote;
        continue;
      }
      if ((ch === '[' || ch === '{') && (flow > 0 || valueStart)) {
        flow++;
        if (flow + depth > GUARD_DEPTH) return { offset: i, message: `nesting is deeper than ${MAX_DEPTH} levels` };
        valueStart = true;
      } else if ((ch === ']' || ch === '}') && flow > 0) {
        flow--;
        valueStart = false;
      } else if (ch === '-' && valueStart && flow === 0 && (i + 1 >= lineEnd || text[i + 1] === ' ')) {
        depth++;
        if (depth > GUARD_DEPTH) return { offset: i, message: `nesting is deeper than ${MAX_DEPTH} levels` };
      } else if (ch === ':' && (i + 1 >= lineEnd || text[i + 1] === ' ' || flow > 0)) {
        valueStart = true;
        depth++;
      } else if (ch === ',' && flow > 0) {
        valueStart = true;
      } else if (ch !== ' ' && ch !== '\t' && ch !== '?') {
        valueStart = false;
      }
      if (ch !== ' ' && ch !== '\t') lastNonSpace = ch;
      i++;
    }
    if (flow === 0 && /^[|>][0-9+-]*$/.test(lastNonSpace) && /(^|\s)[|>][0-9+-]*\s*(#.*)?$/.test(text.slice(lineStart, lineEnd))) {
      blockScalarIndent = indent;
    }
    i = lineEnd + 1;
  }
  return undefined;
}

interface Node {
  start: number;
  end: number;
  value: unknown;
  kind: string | null;
  children: Node[];
}

const NO_CHILDREN: Node[] = [];

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

/** Parse YAML bytes into a plain value plus the position of every key and value. */
export function readYaml(bytes: Uint8Array, size = bytes.length): ReadResult {
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
  const fail = (offset: number, message: string): ReadResult => ({ value: undefined, problems: [problemAt(source, offset, message)], source });

  if (/^\s*$/.test(text.replace(/^\s*#.*$/gm, ''))) return fail(0, 'the file is empty: a review starts with `schemaVersion: 1`');
  const guard = prescan(text);
  if (guard) return fail(guard.offset, guard.message);

  const stack: { start: number; children: Node[] }[] = [];
  let root: Node | undefined;
  let tooDeep = -1;
  let value: unknown;
  try {
    value = jsyaml.load(text, {
      schema: jsyaml.CORE_SCHEMA,
      json: false,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ start: state.position, children: NO_CHILDREN });
          return;
        }
        const frame = stack.pop()!;
        const node: Node = { start: frame.start, end: state.position, value: state.result, kind: state.kind, children: frame.children };
        if ((state.kind === 'mapping' || state.kind === 'sequence') && stack.length + 1 > MAX_DEPTH && (tooDeep < 0 || node.start < tooDeep)) {
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
    return fail(...describeParseError(text, error));
  }
  if (tooDeep >= 0) return fail(contentStart(text, tooDeep, text.length), `nesting is deeper than ${MAX_DEPTH} levels`);
  if (!root) return fail(0, 'the file holds no YAML document');

  const problems: YamlProblem[] = [];
  walk(root, value, [], undefined);
  return { value: problems.length ? undefined : value, problems, source };

  function walk(node: Node, val: unknown, path: YamlPath, keyOffset: number | undefined): void {
    const at = contentStart(text, node.start, node.end);
    source.spans.set(formatPath(path), { key: keyOffset, value: at });
    const first = text[at];
    if (first === '&') problems.push(problemAt(source, at, 'anchors (&name) are not allowed: write the value out in full', path));
    else if (first === '*') problems.push(problemAt(source, at, 'aliases (*name) are not allowed: write the value out in full', path));
    else if (first === '!') problems.push(problemAt(source, at, 'tags (!name) are not allowed: values are read as plain text, numbers and true/false', path));

    if (Array.isArray(val)) {
      if (node.children.length !== val.length) return;
      node.children.forEach((child, i) => walk(child, val[i], [...path, i], undefined));
    } else if (val !== null && typeof val === 'object') {
      // Children come as key, value, key, value... A key in a flow mapping may have no value
      // (`{ a: 1, b }`), and a block mapping ends with an empty attempt to read one more key, so
      // pair a key with the next node only when a colon stands between them.
      const pairs: [Node, Node | undefined][] = [];
      const children = node.children;
      for (let k = 0; k < children.length; k++) {
        const keyNode = children[k];
        if (keyNode.start === keyNode.end && keyNode.value == null) continue;
        const next = children[k + 1];
        if (next && /^[\s]*(?:#[^\n]*\n[\s]*)*:/.test(text.slice(keyNode.end, next.start))) {
          pairs.push([keyNode, next]);
          k++;
        } else pairs.push([keyNode, undefined]);
      }
      if (pairs.length !== Object.keys(val).length) return;
      for (const [keyNode, valueNode] of pairs) {
        const keyAt = contentStart(text, keyNode.start, keyNode.end);
        if (typeof keyNode.value !== 'string') {
          problems.push(problemAt(source, keyAt, `keys must be text; found ${describeKey(keyNode.value)}`, path));
          continue;
        }
        const key = keyNode.value;
        if (key === '__proto__') {
          problems.push(problemAt(source, keyAt, 'the key `__proto__` is not allowed', path));
          continue;
        }
        const childPath = [...path, key];
        if (!valueNode) {
          source.spans.set(formatPath(childPath), { key: keyAt, value: keyAt });
          continue;
        }
        // An empty value (`owner:`) is located just after its key, not on the next line.
        const blankValue = valueNode.value === null && contentStart(text, valueNode.start, valueNode.end) === valueNode.start;
        if (blankValue) {
          source.spans.set(formatPath(childPath), { key: keyAt, value: valueNode.start });
          continue;
        }
        walk(valueNode, (val as Record<string, unknown>)[key], childPath, keyAt);
      }
    }
  }
}

function describeParseError(text: string, error: unknown): [number, string] {
  const e = error as { mark?: { position?: number }; reason?: string; message?: string };
  if (error instanceof RangeError) return [0, `nesting is deeper than ${MAX_DEPTH} levels`];
  let offset = Math.min(Math.max(e.mark?.position ?? 0, 0), text.length);
  let reason = e.reason ?? 'the file is not valid YAML';
  if (/duplicated mapping key/.test(reason)) {
    const key = /^\s*(?:-\s+)?["']?([^"':\n]*)/.exec(text.slice(offset))?.[1]?.trim();
    reason = key ? `duplicate key \`${key}\`: each key may appear once in a mapping` : 'duplicate key: each key may appear once in a mapping';
  } else if (/expected a single document/.test(reason)) {
    const second = text.search(/^---/m) >= 0 ? findSecondDocument(text) : offset;
    offset = second;
    reason = 'a review file holds one YAML document; found a second one (remove the extra `---`)';
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
  const before = text.slice(0, firstMarker.index).replace(/^\s*(#.*)?$/gm, '').trim();
  if (before) return firstMarker.index;
  const second = re.exec(text);
  return second ? second.index : firstMarker.index;
}
