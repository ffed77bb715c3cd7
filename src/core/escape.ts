/**
 * The output-safety layer. Text from a review file, a file name, an argument or the environment is
 * data: every renderer, every prompt and every message passes it through one of these escapers
 * before it is coloured or printed, and {@link guardOutput} checks the finished text once more at
 * the process's edge.
 *
 * What is unsafe (shown as a visible escape, never as the raw character): C0 and C1 controls and
 * DEL; format characters (Unicode Cf: bidi embeddings, overrides, isolates and marks, zero-width
 * space, joiners, the BOM, tag characters, soft hyphen); other default-ignorable code points
 * (variation selectors, Hangul fillers, combining grapheme joiner); line and paragraph separators;
 * noncharacters (U+FFFE, U+FDD0…); and lone surrogates. Each can move the cursor, recolour a
 * terminal, reorder what is shown, make `cmo` and `cmo\u200B` look the same, or break a line where
 * the reader does not expect one.
 */

// One definition, used by every escaper below. `u` mode, so a lone surrogate is one code point (Cs).
const UNSAFE_CLASS = '\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\p{Noncharacter_Code_Point}\\p{Default_Ignorable_Code_Point}';
const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, 'gu');

/** True when `value` holds no character that {@link escapeControl} would change. */
export const UNSAFE_TEST = new RegExp(`[${UNSAFE_CLASS}]`, 'u');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\x1B`, `\u202E`, `\u{E0041}`: a character as a visible escape. */
function visible(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0) ?? 0; // ch is one character, never empty
  if (code <= 0xff) return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `\\u{${code.toString(16).toUpperCase()}}`;
}

/** Text made safe to print on one line: every unsafe character becomes a visible escape. */
export function escapeControl(value: string): string {
  return safeAsIs(value) ? value : value.replace(UNSAFE, visible);
}

const NOT_ASCII_TEXT = /[^\x20-\x7e]/g;

/** True when nothing in `value` is unsafe, line feeds included: one pass, the classes asked once per character. */
function safeAsIs(value: string): boolean {
  // Runs of printable ASCII are skipped by a simple scan; each other character is judged.
  NOT_ASCII_TEXT.lastIndex = 0;
  while (NOT_ASCII_TEXT.test(value)) {
    const c = value.charCodeAt(NOT_ASCII_TEXT.lastIndex - 1);
    if (c < 0xa0 || (c >= 0xd800 && c <= 0xdfff) || unsafeBmp(c)) return false;
  }
  return true;
}

/**
 * The last check at the process's edge (standard output, standard error, prompts): anything unsafe
 * that a renderer let through is escaped, except line feeds (CRLF too) and the colour codes we add ourselves
 * (SGR sequences, `ESC [ … m`). Renderers escape data already, so on correct output this changes
 * nothing.
 */
const GUARD = new RegExp(`\\x1b\\[[0-9;]*m|\\r\\n|[${UNSAFE_CLASS}]`, 'gu');
function guardSlow(text: string): string {
  return text.replace(GUARD, (m) => ((m.length > 1 && (m.charCodeAt(0) === 0x1b || m === '\r\n')) || m === '\n' ? m : visible(m)));
}

/** What {@link UNSAFE_TEST} said of each character met so far: 0 not asked yet, 1 safe, 2 unsafe. */
let bmpVerdicts: Uint8Array | undefined;
const astralVerdicts = new Map<number, boolean>();

function unsafeBmp(code: number): boolean {
  bmpVerdicts ??= new Uint8Array(0x10000);
  let verdict = bmpVerdicts[code] ?? 0;
  if (verdict === 0) bmpVerdicts[code] = verdict = UNSAFE_TEST.test(String.fromCharCode(code)) ? 2 : 1;
  return verdict === 2;
}

function unsafeAstral(pair: string): boolean {
  const code = pair.codePointAt(0) ?? 0;
  let verdict = astralVerdicts.get(code);
  if (verdict === undefined) astralVerdicts.set(code, (verdict = UNSAFE_TEST.test(pair)));
  return verdict;
}

/** The end of the colour code (`ESC [ digits ; … m`) starting at `i`, or -1 when there is none. */
function sgrEnd(text: string, i: number): number {
  if (text.charCodeAt(i + 1) !== 0x5b) return -1;
  for (let j = i + 2; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x6d) return j;
    if (c !== 0x3b && (c < 0x30 || c > 0x39)) return -1;
  }
  return -1;
}

const NOT_PLAIN = /[^\n\x20-\x7e]/g;

/**
 * One pass over the text: runs of printable ASCII and line feeds are skipped by a simple scan, and
 * any other character is asked of the same Unicode classes once and remembered. Only text that
 * holds something unsafe goes through the escaping replace; correct output (all of it, as the
 * renderers escape data already) comes back as it is. A replace with the Unicode classes over the
 * whole output took 330 ms for the 23 MB of a 1,000-file check; this takes about 20.
 */
export function guardOutput(text: string): string {
  for (let i = 0; i < text.length; i++) {
    // Jump to the next character that is not printable ASCII or a line feed (the engine's scan is
    // faster than a loop in script).
    NOT_PLAIN.lastIndex = i;
    if (!NOT_PLAIN.test(text)) return text;
    i = NOT_PLAIN.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      i++;
      continue;
    }
    if (c === 0x1b) {
      const end = sgrEnd(text, i);
      if (end < 0) return guardSlow(text);
      i = end;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d < 0xdc00 || d > 0xdfff || unsafeAstral(text.slice(i, i + 2))) return guardSlow(text);
      i++;
      continue;
    }
    if (unsafeBmp(c)) return guardSlow(text);
  }
  return text;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in HTML text and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return escapeControl(value).replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/** Well-formed XML text or attribute content for any input (what XML cannot carry is escaped first). */
export function escapeXml(value: string): string {
  return escapeControl(value).replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * Markdown inline text, safe in a table cell: unsafe characters escaped, markup characters
 * neutralised (`|` included), and nothing left live: no raw HTML (angle brackets and ampersands
 * become entities), no `$` math, no autolinks (`https://`, `www.`, `a@b.example`) and no @mentions.
 * Links and mentions are broken with a zero-width space written as an entity, as bots that quote
 * user text on GitHub do; the raw bytes stay printable ASCII.
 */
export function escapeMarkdown(value: string): string {
  // Backslashes first, then entities, so that no entity we add is escaped again.
  return escapeControl(value)
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\$/g, '&#36;')
    .replace(/@/g, '@&#8203;')
    .replace(/:(?=\/\/)/g, ':&#8203;')
    .replace(/\b(www)(?=\\\.)/gi, '$1&#8203;');
}

/**
 * JSON whose text is safe to print: JSON.stringify escapes C0 controls and lone surrogates; this
 * also writes every other unsafe character as a `\u` escape, which is still the same JSON value.
 */
export function safeJson(value: unknown, indent: number = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, (ch) => {
    // Line feeds here are the indentation's own: inside strings JSON.stringify has escaped them.
    if (ch === '\n') return ch;
    let out = '';
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}
