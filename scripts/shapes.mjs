// Pathological inputs for the complexity section of `npm run bench` and for the coarse guards in
// test/e2e/complexity.test.ts: each shape is a generator of a file of about `bytes` bytes that
// stresses one pass of the loader, the validator, the rules or the output. A pass that is not
// linear in its input shows up as a ratio that grows fourfold (or more) from 256 KiB to 1 MiB.

/** A small valid review to start a file from; `eol` is the line ending. */
export function header(eol = '\n', { executives = '' } = {}) {
  return [
    'schemaVersion: 1',
    'organisation: Pathological Ltd',
    'period: 2026',
    'executives:',
    '  cio: { name: Sam Okafor }',
    '  cmo: { name: Priya Raman }',
    ...(executives ? [executives.replace(/\n$/, '')] : []),
    'sections:',
    '  - id: cio-role',
    '    questions:',
    '      - id: boundary',
    '        text: It is clear where the responsibility starts and ends.',
    '        ratings: { cio: 4, cmo: 2 }',
    '',
  ].join(eol);
}

/** Repeat `unit(i)` until the text reaches `bytes` (never past it). */
function fill(prefix, bytes, unit, suffix = '') {
  const parts = [prefix];
  let size = Buffer.byteLength(prefix) + Buffer.byteLength(suffix);
  for (let i = 0; ; i++) {
    const u = unit(i);
    const n = Buffer.byteLength(u);
    if (size + n > bytes) break;
    parts.push(u);
    size += n;
  }
  parts.push(suffix);
  return parts.join('');
}

/** A kebab-case id of about `length` characters, different for each `i`. */
function longId(i, length) {
  const stem = `area-${i}-`;
  return stem + 'x'.repeat(Math.max(1, length - stem.length));
}

export const SHAPES = [
  {
    id: 'blank-lines',
    label: 'blank lines',
    make: (bytes) => '\n'.repeat(bytes),
  },
  {
    id: 'crlf-blank-lines',
    label: 'CRLF blank lines after a review',
    make: (bytes) => fill(header('\r\n'), bytes, () => '\r\n'),
  },
  {
    id: 'comments',
    label: 'comments between areas',
    make: (bytes) =>
      fill(`${header()}blurredAreas:\n`, bytes, (i) =>
        i % 50 === 0
          ? `  - id: area-${i}\n    name: Area ${i}\n    owner: cmo\n    boardReporting: quarterly\n`
          : `  # a comment line number ${i}: ${'#'.repeat(i % 7)} still a comment\n`,
      ),
  },
  {
    id: 'long-line',
    label: 'one long line',
    make: (bytes) =>
      fill(
        `${header()}blurredAreas:\n  - id: long\n    name: Long\n    owner: cmo\n    boardReporting: quarterly\n    notes: `,
        bytes,
        (i) => `word${i % 10} `,
        '\n',
      ),
  },
  {
    id: 'unknown-keys',
    label: 'unknown keys',
    make: (bytes) => fill(header(), bytes, (i) => `k${i}: ${i}\n`),
  },
  {
    id: 'duplicate-keys',
    label: 'duplicate keys (ids repeated in a list)',
    make: (bytes) =>
      fill(`${header()}blurredAreas:\n`, bytes, () => `  - { id: same, name: Same area, owner: cmo, boardReporting: quarterly }\n`),
  },
  {
    id: 'long-ids',
    label: 'long ids',
    make: (bytes) =>
      fill(
        `${header()}blurredAreas:\n`,
        bytes,
        (i) => `  - id: ${longId(i, 2000)}\n    name: Area ${i}\n    owner: nobody-${i}\n    boardReporting: quarterly\n`,
      ),
  },
  {
    id: 'waiver-targets',
    label: 'waivers with unknown targets',
    make: (bytes) => {
      let areas = '';
      for (let i = 0; i < 300; i++) areas += `  - { id: ${longId(i, 60)}, name: Area ${i}, owner: cmo, boardReporting: quarterly }\n`;
      // Every other target is a near miss of a real id (a suggestion among 300), the rest too long to suggest for.
      return fill(
        `${header()}blurredAreas:\n${areas}waivers:\n`,
        bytes,
        (i) =>
          `  - rule: board-reporting\n    target: ${i % 2 ? `area-${i % 300}-xxy` : `${longId(i, 180)}y`}\n    reason: Accepted\n    approvedBy: Dana\n    expires: 2099-01-01\n`,
      );
    },
  },
  {
    id: 'unknown-owners',
    label: 'unknown owners and many executives',
    make: (bytes) => {
      let executives = '';
      for (let i = 0; i < 5000; i++) executives += `  exec-${i}: { name: Executive ${i} }\n`;
      return fill(
        `${header('\n', { executives })}investments:\n  - id: platform\n    name: Platform\n    owners:\n`,
        bytes,
        (i) => `      - stranger-${i}\n`,
      );
    },
  },
  {
    id: 'many-areas',
    label: 'many areas (each with findings)',
    make: (bytes) =>
      fill(
        `${header()}blurredAreas:\n`,
        bytes,
        (i) =>
          `  - id: area-${i}\n    name: Area ${i}, from lead funnel to service response\n    owner: ${i % 3 ? 'joint' : 'tbd'}\n    claims: { cio: cio, cmo: cmo }\n    boardReporting: none\n`,
      ),
  },
];

/** The four cases measured in issue 16, as they were described there. */
export const WHY_CASES = [
  { id: 'why-newlines', label: '1 MiB of newlines', make: () => '\n'.repeat(1024 * 1024 - 1) },
  {
    id: 'why-waivers',
    label: '470 waivers with unknown long targets',
    make: () => {
      let areas = '';
      for (let i = 0; i < 200; i++) areas += `  - { id: ${longId(i, 60)}, name: Area ${i}, owner: cmo, boardReporting: quarterly }\n`;
      let waivers = '';
      for (let i = 0; i < 470; i++)
        waivers += `  - { rule: board-reporting, target: ${longId(i, 1900)}q, reason: r, approvedBy: d, expires: 2099-01-01 }\n`;
      return `${header()}blurredAreas:\n${areas}waivers:\n${waivers}`;
    },
  },
  {
    id: 'why-unknown-keys',
    label: '80,000 unknown keys',
    make: () => {
      let keys = '';
      for (let i = 0; i < 80000; i++) keys += `k${i.toString(36)}: 1\n`;
      return header() + keys;
    },
  },
  {
    id: 'why-owners',
    label: '20,000 unknown owners, 5,000 executives',
    make: () => {
      let executives = '';
      for (let i = 0; i < 5000; i++) executives += `  e${i}: { name: E${i} }\n`;
      let owners = '';
      for (let i = 0; i < 20000; i++) owners += `      - s${i}\n`;
      return `${header('\n', { executives })}investments:\n  - id: platform\n    name: Platform\n    owners:\n${owners}`;
    },
  },
];
