/**
 * Scalars for the fast YAML reader (yaml-fast.ts): quoted scalars on one line, the value of a block
 * scalar, and the resolution of plain scalars by js-yaml's own types. Each returns `undefined` for
 * what it leaves to js-yaml.
 */
import jsyaml from 'js-yaml';

interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}
/** js-yaml's own resolution of plain scalars (null, true/false, integers, floats), in its order. */
const IMPLICIT = (jsyaml.CORE_SCHEMA as unknown as { compiledImplicit: ImplicitType[] }).compiledImplicit;

/** First characters that can make a plain scalar something other than text: `~nNtTfF+-.0-9`. */
const MAYBE_TYPED = new Uint8Array(128);
for (const c of '~nNtTfF+-.0123456789') MAYBE_TYPED[c.charCodeAt(0)] = 1;

/** A plain scalar's value, as js-yaml's core schema reads it. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if (c >= 128 || MAYBE_TYPED[c] !== 1) return s;
  // A small decimal (a rating, a year, an amount) is what js-yaml's int type makes of it.
  if (SMALL_DECIMAL.test(s)) return Number(s);
  // A word: only null, true and false (in three spellings each) are anything but text.
  if (((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) && !TYPED_WORDS.has(s)) return s;
  for (const type of IMPLICIT) if (type.resolve(s)) return type.construct(s);
  return s;
}
const TYPED_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const SMALL_DECIMAL = /^(?:0|-?[1-9][0-9]{0,8})$/;

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};

function singleQuoted(text: string, at: number): { value: string; end: number } | undefined {
  let out = '';
  let from = at + 1;
  for (;;) {
    const q = text.indexOf("'", from);
    const nl = text.indexOf('\n', from);
    if (q < 0 || (nl >= 0 && nl < q)) return undefined;
    out += text.slice(from, q);
    if (text.charCodeAt(q + 1) !== 0x27) return { value: out, end: q + 1 };
    out += "'";
    from = q + 2;
  }
}

/** `\xXX` or `\uXXXX` at `i` (the backslash): the character, or undefined (a surrogate, bad hex). */
function hexEscape(text: string, i: number, digits: number): string | undefined {
  const hex = text.slice(i + 2, i + 2 + digits);
  if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const code = parseInt(hex, 16);
  return code >= 0xd800 && code <= 0xdfff ? undefined : String.fromCharCode(code);
}

/** A quoted scalar that closes on its line, or undefined. */
export function readQuoted(text: string, at: number): { value: string; end: number } | undefined {
  if (text.charCodeAt(at) === 0x27) return singleQuoted(text, at);
  let out = '';
  let from = at + 1;
  for (let i = from; ; i++) {
    const k = text.charCodeAt(i);
    if (Number.isNaN(k) || k === 10) return undefined;
    if (k === 0x22) return { value: out + text.slice(from, i), end: i + 1 };
    if (k !== 0x5c) continue;
    out += text.slice(from, i);
    const e = text[i + 1] ?? '';
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i++;
    } else if (e === 'x' || e === 'u') {
      const digits = e === 'x' ? 2 : 4;
      const ch = hexEscape(text, i, digits);
      if (ch === undefined) return undefined;
      out += ch;
      i += 1 + digits;
    } else return undefined;
    from = i + 1;
  }
}

/**
 * The lines of a block scalar whose content starts on the line at `lineStart`, under an entry in
 * column `indent`: indentation removed, blank lines as ''. Returns them with the end of the last
 * content line and where the next line starts, or undefined for what is left to js-yaml: no content
 * line first, a line of spaces, or a more-indented line in a folded scalar.
 */
export function blockLines(
  text: string,
  lineStart: number,
  indent: number,
  folded: boolean,
): { lines: string[]; end: number; next: number } | undefined {
  let first = lineStart;
  while (text.charCodeAt(first) === 32) first++;
  const contentIndent = first - lineStart;
  if (contentIndent <= indent || text.charCodeAt(first) === 10 || first >= text.length) return undefined;
  const lines: string[] = [];
  let end = first;
  while (lineStart < text.length) {
    let k = lineStart;
    while (text.charCodeAt(k) === 32) k++;
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.charCodeAt(k) === 10 || k >= text.length) {
      if (k > lineStart) return undefined; // a line of spaces
      lines.push('');
    } else {
      const here = k - lineStart;
      if (here < contentIndent) break;
      if (here > contentIndent && folded) return undefined;
      lines.push(text.slice(lineStart + contentIndent, lineEnd));
      end = lineEnd;
    }
    lineStart = nl < 0 ? text.length : nl + 1;
  }
  return { lines, end, next: lineStart };
}

/**
 * A block scalar's value from its lines (indentation removed, blank lines as ''): folded or
 * literal, then chomped. The last line's break is kept (clip, keep) even when the file ends
 * without one, as js-yaml does. Undefined for a scalar with no content.
 */
export function blockValue(lines: string[], folded: boolean, chomp: 'clip' | 'strip' | 'keep'): string | undefined {
  let trailing = 0;
  while (lines.length && lines[lines.length - 1] === '') {
    lines.pop();
    trailing++;
  }
  if (lines.length === 0) return undefined;
  let body: string;
  if (folded) {
    body = '';
    let blanks = 0;
    lines.forEach((line, n) => {
      if (line === '') blanks++;
      else {
        body += n === 0 ? line : blanks ? '\n'.repeat(blanks) + line : ` ${line}`;
        blanks = 0;
      }
    });
  } else body = lines.join('\n');
  return chomp === 'strip' ? body : chomp === 'clip' ? `${body}\n` : `${body}\n${'\n'.repeat(trailing)}`;
}
