/**
 * Properties over arbitrary input: whatever text a file holds, `review check` answers with 0, 1
 * or 2 and every finding has a position. Runs the real command in-process for speed; the
 * hostile corpus covers the child-process side.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIO } from '../helpers/fake-io.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('review-prop-');

const TOKENS = [
  'schemaVersion: 1\n',
  'organisation: X\n',
  'period: 2026\n',
  'executives:\n',
  '  cio: { name: A }\n',
  '  cmo: { name: B }\n',
  'sections: []\n',
  'blurredAreas:\n',
  '  - id: a\n',
  '    name: A\n',
  '    owner: ',
  'tbd',
  'cio',
  'joint',
  '\n',
  '  ',
  '- ',
  ': ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '!!str ',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '"',
  "'",
  '#',
  '|\n',
  '>\n',
  '? ',
  '\t',
  '\r\n',
  '\u0000',
  '\u001b[31m',
  '\u202e',
  '\ufeff',
  '__proto__: ',
  'constructor: ',
  '1: ',
  '~',
  'yes',
  '0x1F',
  '.inf',
  '1e400',
];

const yamlish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  yamlish,
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
);

let counter = 0;
async function checkExit(content: string | Uint8Array) {
  const file = `f${counter++}.yaml`;
  writeFileSync(join(dir, file), content);
  const { io, out, err } = fakeIO(dir);
  const code = await main(['check', file, '--format', 'json'], io);
  return { code, out: out(), err: err() };
}

describe('review check on arbitrary input', () => {
  it('exits 0, 1 or 2 and locates every finding (text)', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const { code, out, err } = await checkExit(text);
        expect([0, 1, 2]).toContain(code);
        expect(err).toBe('');
        const json = JSON.parse(out);
        for (const f of json.files[0].findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(typeof f.path).toBe('string');
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('exits 0, 1 or 2 on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const { code } = await checkExit(bytes);
        expect([0, 1, 2]).toContain(code);
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a file reach Object.prototype', async () => {
    await checkExit('__proto__: { polluted: 1 }\nconstructor: { prototype: { polluted: 1 } }\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
