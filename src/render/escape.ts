/** Escapers for every output language. Text from a review file never reaches output unescaped. */
import { escapeControl } from '../core/text.js';

export { escapeControl };

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in HTML text and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return escapeControl(value).replace(/[&<>"']/g, (c) => HTML[c]);
}

// Characters XML 1.0 cannot carry at all, even as references, plus lone surrogates.
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Well-formed XML text or attribute content for any input. */
export function escapeXml(value: string): string {
  return escapeControl(value)
    .replace(XML_ILLEGAL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/[&<>"']/g, (c) => HTML[c]);
}

/**
 * Markdown inline text: control characters escaped, markup characters neutralised, `|` safe in
 * tables. Angle brackets and ampersands become entities, which every renderer shows as text
 * (a backslash before `<` is honoured by CommonMark but not by every renderer).
 */
export function escapeMarkdown(value: string): string {
  return escapeControl(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`);
}

/**
 * JSON whose text is safe to print: JSON.stringify already escapes C0 controls; this also escapes
 * C1 controls, bidi controls and line separators, which stay valid JSON as \u escapes.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
