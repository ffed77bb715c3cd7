/** Duplicate ids: each repeat is reported once, at its own place, naming the item that used the id first. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateReview } from '../../src/core/validate.js';

const raw = () =>
  jsyaml.load(readFileSync('examples/northwind/2026.yaml', 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as Record<string, unknown>;

/** The reference: every later use of an id, with the 1-based place of its first use. */
function expected(ids: string[]): string[] {
  return ids.flatMap((id, i) => {
    const first = ids.indexOf(id);
    return first < i
      ? [`${i}:duplicate blurred area id \`${id}\` (first used by item ${first + 1}); ids must be unique in their list`]
      : [];
  });
}

describe('duplicate ids', () => {
  it('are found the same way in short lists and long ones (from 1 to 40 items)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't'), {
          minLength: 1,
          maxLength: 40,
        }),
        (ids) => {
          const value = raw();
          value.blurredAreas = ids.map((id) => ({ id, name: `Area ${id}`, owner: 'cio' }));
          const found = validateReview(value)
            .problems.filter((p) => p.message.startsWith('duplicate blurred area'))
            .map((p) => `${String(p.path[1])}:${p.message}`);
          expect(found).toEqual(expected(ids));
        },
      ),
      { numRuns: 300 },
    );
  });
});
