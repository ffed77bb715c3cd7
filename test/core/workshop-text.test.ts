/** The pure helpers behind the workshop: ids from names, amounts of money, wrapped text. */
import { describe, expect, it } from 'vitest';
import { sameName, uniqueIdFromName } from '../../src/core/ids.js';
import { ID_PATTERN } from '../../src/core/text.js';
import { parseMoney } from '../../src/core/money.js';
import { displayWidth, wrapText } from '../../src/core/wrap.js';

describe('ids from names', () => {
  it.each([
    ['Customer data & privacy', 'customer-data-privacy'],
    ['顧客データ', '顧客データ'],
    ['Données clients', 'données-clients'],
    ['Клиентские данные', 'клиентские-данные'],
    ['  SEO / PPC  ', 'seo-ppc'],
    ['!!!', 'area'],
  ])('%s → %s', (name, id) => {
    expect(uniqueIdFromName(name, [], 'area')).toBe(id);
    expect(ID_PATTERN.test(id)).toBe(true);
  });

  it('keeps ids unique and within 64 characters', () => {
    expect(uniqueIdFromName('Social media', ['social-media', 'social-media-2'])).toBe('social-media-3');
    const long = uniqueIdFromName('x'.repeat(200), []);
    expect(long.length).toBeLessThanOrEqual(64);
    const again = uniqueIdFromName('x'.repeat(200), [long]);
    expect(again).not.toBe(long);
    expect(again.length).toBeLessThanOrEqual(64);
    expect(ID_PATTERN.test(again)).toBe(true);
  });

  it('refuses what is not an id', () => {
    for (const bad of ['Upper', 'a--b', '-a', 'a b', 'a_b', '']) expect(ID_PATTERN.test(bad)).toBe(false);
  });

  it('compares names without case or spacing', () => {
    expect(sameName('Kestrel  Logistics', 'kestrel logistics ')).toBe(true);
    expect(sameName('Kestrel Logistics', 'Kestrel Logistics Ltd')).toBe(false);
  });
});

describe('money as people type it', () => {
  it.each([
    ['850000', { amount: 850000 }],
    ['£850,000', { amount: 850000, currency: 'GBP' }],
    ['850k', { amount: 850000 }],
    ['1.2m', { amount: 1200000 }],
    ['€2.5M', { amount: 2500000, currency: 'EUR' }],
    ['USD 1,250.50', { amount: 1250.5, currency: 'USD' }],
    ['2bn chf', { amount: 2e9, currency: 'CHF' }],
    ['1 200 000', { amount: 1200000 }],
  ])('%s', (text, money) => {
    expect(parseMoney(text)).toEqual(money);
  });

  it.each(['-5', 'abc', '1,2,3', '£', '1.2.3m', '$5 EUR'])('refuses %s', (text) => {
    expect(parseMoney(text)).toHaveProperty('error');
  });
});

describe('wrapping at word boundaries', () => {
  it('never breaks a word, keeps the indent, and ignores colour codes', () => {
    const text = "  Where IT's responsibility for the customer starts and ends, and whether IT is asked early.";
    const wrapped = wrapText(text, 30);
    for (const line of wrapped.split('\n')) {
      expect(displayWidth(line)).toBeLessThanOrEqual(30);
      expect(line.startsWith('  ')).toBe(true);
    }
    expect(wrapped.replace(/\n\s+/g, ' ').trim()).toBe(text.trim());
    expect(wrapText('\u001b[1mbold words here\u001b[22m', 20)).toBe('\u001b[1mbold words here\u001b[22m');
    expect(displayWidth('顧客')).toBe(4);
  });
});
