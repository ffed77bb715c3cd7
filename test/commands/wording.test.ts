/** What the workshop offers: one key per choice, never two choices on one key. */
import { describe, expect, it } from 'vitest';
import { NOBODY, UNSURE, ownerChoices } from '../../src/commands/init/wording.js';

describe('owner choices', () => {
  it('gives every executive its own single key, clear of joint, unsure, skip and nobody', () => {
    const executives = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`e${i}`, { name: `Exec ${i}` }]));
    const keys = ownerChoices(executives, [UNSURE, NOBODY]).map((c) => c.key);
    expect(keys.every((k) => k.length === 1)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 10)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a']);
  });
});
