/** The output-safety layer, character class by character class. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControl, escapeHtml, escapeMarkdown, escapeXml, guardOutput, safeJson } from '../../src/render/escape.js';

describe('escapeControl', () => {
  it.each([
    ['C0 and DEL', 'a\x1b[31mb\x07c\x7f', 'a\\x1B[31mb\\x07c\\x7F'],
    ['line breaks and tabs', 'a\nb\rc\td', 'a\\nb\\rc\\td'],
    ['C1', 'a\x85b\x9bc', 'a\\x85b\\x9Bc'],
    ['bidi controls', '\u202Egnp\u2066\u200F\u061C', '\\u202Egnp\\u2066\\u200F\\u061C'],
    [
      'zero-width and invisible',
      'cmo\u200B\u200D\u2060\uFEFF\u00AD\u034F\u3164\uFE0F',
      'cmo\\u200B\\u200D\\u2060\\uFEFF\\xAD\\u034F\\u3164\\uFE0F',
    ],
    ['tag characters (astral)', 'a\u{E0041}', 'a\\u{E0041}'],
    ['line and paragraph separators', 'a\u2028b\u2029', 'a\\u2028b\\u2029'],
    ['noncharacters', '\uFFFE\uFDD0\u{1FFFE}', '\\uFFFE\\uFDD0\\u{1FFFE}'],
    ['lone surrogates', 'a\uD800b\uDC00', 'a\\uD800b\\uDC00'],
  ])('shows %s as visible escapes', (_name, input, expected) => {
    expect(escapeControl(input)).toBe(expected);
  });

  it('leaves ordinary text of any script alone, emoji and accents included', () => {
    const text = 'Priya Raman, Zoë, Ωμέγα, 日本語, عربي, 👩‍💻'.replace('\u200D', '');
    expect(escapeControl(text)).toBe(text);
  });
});

describe('escapeControl on any text', () => {
  it('changes text only where a character is unsafe (the scan that passes safe text as it is agrees)', () => {
    const unsafe = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]/gu;
    const pieces = fc.constantFrom(
      'a',
      ' ',
      'é',
      'García',
      '中',
      '😀',
      '\n',
      '\t',
      '\x1b',
      '\u200b',
      '\u202e',
      '\ud800',
      '\u{E0041}',
      '\uFFFE',
      '\x85',
      '\u00ad',
      '\u00a0',
    );
    const texts = fc.oneof(
      fc.array(pieces).map((p) => p.join('')),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(
        texts,
        (text) =>
          escapeControl(text) === text.replace(unsafe, (ch) => escapeControl(ch)) &&
          !new RegExp(unsafe.source, 'u').test(escapeControl(text)),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('guardOutput', () => {
  it('keeps line feeds and our own colour codes, escapes everything else unsafe', () => {
    expect(guardOutput('\x1b[31mred\x1b[39m\nnext')).toBe('\x1b[31mred\x1b[39m\nnext');
    expect(guardOutput('\x1b]0;title\x07 \u202E \u{E0041}')).toBe('\\x1B]0;title\\x07 \\u202E \\u{E0041}');
    expect(guardOutput('a\r\nb\rc')).toBe('a\r\nb\\rc');
  });

  it('gives what one replace over the whole text would, for any text (the loop is a fast path, not a second rule)', () => {
    // The reference: every unsafe character escaped, line feeds, CRLF and colour codes kept.
    const reference = (text: string) =>
      text.replace(
        /\x1b\[[0-9;]*m|\r\n|\n|[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]/gu,
        (m) => (m === '\n' || m === '\r\n' || (m.length > 1 && m.startsWith('\x1b')) ? m : escapeControl(m)),
      );
    const pieces = fc.constantFrom(
      'a',
      'é',
      '中',
      '😀',
      '\n',
      '\r',
      '\r\n',
      '\x1b',
      '\x1b[31m',
      '\x1b[',
      '\u200b',
      '\u202e',
      '\ud800',
      '\udc00',
      '\u{E0041}',
      '\uFFFE',
      '\x85',
      '\u00ad',
    );
    const texts = fc.oneof(
      fc.array(pieces).map((p) => p.join('')),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(texts, (text) => guardOutput(text) === reference(text)),
      { numRuns: 2000 },
    );
    expect(guardOutput('x\x1b[1;31mred\x1b[39m\u{1F600}')).toBe('x\x1b[1;31mred\x1b[39m\u{1F600}');
    expect(guardOutput('x\x1b[31')).toBe('x\\x1B[31');
  });
});

describe('escapeMarkdown', () => {
  it('keeps autolinks, mentions, math, HTML and table pipes inert', () => {
    const out = escapeMarkdown('https://evil.example www.evil.example a@b.example @octocat $x$ <b>|</b>');
    expect(out).not.toMatch(/https:\/\/|www\.|@[a-z]|\$|<b>|(?<!\\)\|/);
    expect(out).toContain('https:&#8203;//evil\\.example');
    expect(out).toContain('@&#8203;octocat');
    expect(out).toContain('&#36;x&#36;');
    expect(out).toContain('&lt;b&gt;\\|&lt;/b&gt;');
  });
});

describe('escapeHtml and escapeXml', () => {
  it('escape markup after the unsafe characters', () => {
    expect(escapeHtml('<a href="x">\u202E</a>')).toBe('&lt;a href=&quot;x&quot;&gt;\\u202E&lt;/a&gt;');
    expect(escapeXml(']]>\uFFFE\uD800\x00')).toBe(']]&gt;\\uFFFE\\uD800\\x00');
  });
});

describe('safeJson', () => {
  it('writes unsafe characters as \\u escapes and keeps the value', () => {
    const value = { s: 'a\x85\u202E\u200B\u2028\uFFFE\u{E0041}\uD800\n' };
    const text = safeJson(value);
    expect(text).not.toMatch(/[\x85\u202E\u200B\u2028\uFFFE]|\u{E0041}/u);
    expect(JSON.parse(text)).toEqual(value);
  });
});
