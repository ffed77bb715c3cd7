/** render/format.ts: one way to write a figure in every output. */
import { describe, expect, it } from 'vitest';
import { bar, DASH, delta, fixed, r2, r3 } from '../../src/render/format.js';

describe('figures', () => {
  it.each([
    [3.14159, 1, '3.1'],
    [2, 2, '2.00'],
    [null, 1, DASH],
    [undefined, 1, DASH],
    [NaN, 1, DASH],
  ] as const)('fixed(%s, %i) is %s', (x, digits, out) => {
    expect(fixed(x, digits)).toBe(out);
  });

  it.each([
    [2.5, '+2.5'],
    [-1, '−1.0'],
    [0, '±0.0'],
    [-0.04, '±0.0'],
    [0.06, '+0.1'],
    [null, DASH],
  ] as const)('delta(%s) is %s', (x, out) => {
    expect(delta(x)).toBe(out);
  });

  it.each([
    [0, '░░░░░░░░░░'],
    [55, '██████░░░░'],
    [100, '██████████'],
    [140, '██████████'],
    [-5, '░░░░░░░░░░'],
    [null, '          '],
  ] as const)('bar(%s) is %j', (x, out) => {
    expect(bar(x)).toBe(out);
  });

  it('rounds for JSON to two and three decimals, null kept', () => {
    expect([r2(1.005), r2(2.344), r2(null), r3(0.12345), r3(null)]).toEqual([1, 2.34, null, 0.123, null]);
  });
});
