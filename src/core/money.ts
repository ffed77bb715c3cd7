/**
 * Amounts of money as people type them: `£850,000`, `850k`, `1.2m`, `EUR 2.5m`, `1 200 000`.
 * Pure; the workshop uses it for budgets.
 */

const SYMBOLS: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR', '¥': 'JPY', '₹': 'INR', CHF: 'CHF' };
const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9 };

export type Money = { amount: number; currency?: string };

/**
 * Parse an amount. The currency comes from a symbol (£ $ € ¥ ₹) or a three-letter code before or
 * after the number, when one is given. Returns a message instead when the text is not an amount.
 */
export function parseMoney(text: string): Money | { error: string } {
  let rest = text.trim();
  let currency: string | undefined;
  const code = /^([A-Za-z]{3})\s*|\s*([A-Za-z]{3})$/.exec(rest);
  if (code && !/^\d/.test(code[1] ?? '') && !/^(?:k|m|mn|bn|b)$/i.test(code[2] ?? '')) {
    currency = present(code[1] ?? code[2], 'the currency code the pattern matched').toUpperCase();
    rest = code[1] ? rest.slice(code[0].length) : rest.slice(0, rest.length - code[0].length);
  }
  const symbol = /^[£$€¥₹]/u.exec(rest);
  if (symbol) {
    if (currency && currency !== SYMBOLS[symbol[0]]) return { error: `${symbol[0]} and ${currency} name two currencies.` };
    currency = SYMBOLS[symbol[0]];
    rest = rest.slice(symbol[0].length).trim();
  }
  const m = /^(\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.(\d+))?\s*(k|m|mn|bn|b)?$/i.exec(rest);
  if (!m) return { error: 'An amount such as 850000, £850,000, 850k or 1.2m.' };
  const whole = present(m[1], 'm[1]').replace(/[, ]/g, '');
  const value = Number(`${whole}${m[2] ? `.${m[2]}` : ''}`);
  const multiplier = present(m[3] ? MULTIPLIERS[m[3].toLowerCase()] : 1, 'the multiplier of a suffix the pattern accepts');
  const amount = Math.round(value * multiplier * 100) / 100;
  if (!Number.isFinite(amount)) return { error: 'That amount is too large.' };
  return currency ? { amount, currency } : { amount };
}
import { present } from './present.js';
