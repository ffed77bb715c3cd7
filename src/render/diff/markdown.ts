/** Markdown: for the board pack or a pull-request comment. Walks the same parts as the text. */
import { escapeMarkdown as md } from '../escape.js';
import { delta, fixed } from '../format.js';
import {
  STATUS_WORDS,
  VERDICT_WORDS,
  WHO_WORDS,
  actionWords,
  criterionWords,
  decisionWords,
  writeDiff,
  type DiffRenderer,
  type DiffWriter,
} from './model.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const arrow = (d: number | null) => (d === null || Number(d.toFixed(1)) === 0 ? '' : d > 0 ? ' ▲' : ' ▼');
const change = (d: number | null) => `${delta(d)}${arrow(d)}`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row), ''];

const markdownWriter: DiffWriter = {
  title: (d) => [`## ${md(d.to.organisation)}: ${md(d.from.period)} → ${md(d.to.period)}`, ''],
  identical: ['No change: the two reviews say the same.'],
  warnings: ({ warnings }) => warnings.flatMap((w) => [`> **Note:** ${md(w)}`, '']),
  // The headline and the five points share one table: the sections part closes it.
  headline({ diff: d }) {
    const measures = [
      ['Maturity (1–5)', 'maturity'],
      ['Consensus (0–100)', 'consensus'],
      ['Ownership (0–100)', 'ownership'],
    ] as const;
    return [
      row(['', md(d.from.period), md(d.to.period), 'Change']),
      row(['---', '---:', '---:', '---:']),
      row([
        '**Verdict**',
        VERDICT_WORDS[d.from.verdict] ?? d.from.verdict,
        VERDICT_WORDS[d.to.verdict] ?? d.to.verdict,
        d.from.verdict === d.to.verdict ? 'unchanged' : 'changed',
      ]),
      ...measures.map(([label, key]) => row([label, fixed(d.from[key]), fixed(d.to[key]), change(d.deltas[key])])),
    ];
  },
  sections({ sections }) {
    const rows = sections.flatMap((s) =>
      s.change === 'added' || s.change === 'removed'
        ? [row([md(s.title), s.change === 'removed' ? 'reviewed' : '—', s.change === 'added' ? 'reviewed' : '—', s.change])]
        : [
            row([`${md(s.title)}: maturity`, fixed(s.from?.maturity), fixed(s.to?.maturity), change(s.maturityDelta)]),
            row([`${md(s.title)}: consensus`, fixed(s.from?.consensus), fixed(s.to?.consensus), change(s.consensusDelta)]),
          ],
    );
    return [...rows, ''];
  },
  gaps({ summary, moved, addedOrRemoved }) {
    const head = [`### Gaps: ${summary}`, ''];
    if (!moved.length && !addedOrRemoved.length) return [...head, 'No gap moved.', ''];
    return [
      ...head,
      ...table(
        ['Change', 'Gap', 'Statement'],
        [
          ...moved.map((q) => [
            q.change,
            `${q.fromGap} → ${q.toGap}`,
            `${md(q.section)}: ${md(q.text)}${q.previousId ? ` (was ${md(q.previousId)})` : ''}`,
          ]),
          ...addedOrRemoved.map((q) => [
            q.change === 'added' ? 'new statement' : 'statement removed',
            '—',
            `${md(q.section)}: ${md(q.text)}`,
          ]),
        ],
      ),
    ];
  },
  replaced: ({ summary, replaced }) => [
    `### Statements the template replaced: ${md(summary)}`,
    '',
    ...table(
      ['Earlier statement', 'Compared', 'What became of it'],
      replaced.map(({ replacement: r }) => [`${md(r.section)}: ${md(r.text)}`, r.comparable ? 'yes' : 'no', md(r.message)]),
    ),
  ],
  reclassified: ({ questions }) => [
    '### Statements that changed class',
    '',
    ...table(
      ['From', 'To', 'Statement'],
      questions.map((q) => [q.fromClass ?? '—', q.toClass ?? '—', `${md(q.section)}: ${md(q.text)}`]),
    ),
  ],
  areas({ changed }) {
    if (!changed.length) return ['### Blurred areas', '', 'No blurred area changed.', ''];
    const words = (s: (typeof changed)[number]['fromStatus']) => (s ? STATUS_WORDS[s] : '—');
    return [
      '### Blurred areas',
      '',
      ...table(
        ['Area', 'Change', 'Owner', 'Status'],
        changed.map((a) => {
          const owner =
            a.fromOwner === a.toOwner ? md(a.toOwner ?? 'no owner') : `${md(a.fromOwner ?? 'no owner')} → ${md(a.toOwner ?? 'no owner')}`;
          const status = a.fromStatus === a.toStatus ? words(a.toStatus) : `${words(a.fromStatus)} → ${words(a.toStatus)}`;
          const details = a.details.length ? ` (${a.details.map((c) => md(c.field)).join(', ')} changed)` : '';
          return [md(a.name), `${a.change}${details}`, owner, status];
        }),
      ),
    ];
  },
  investments: ({ changed }) => [
    '### Investments',
    '',
    ...changed.map(
      (i) =>
        `- **${md(i.name)}**: ${i.change}${i.changes.length ? ` (${i.changes.map((c) => `${md(c.field)} ${md(c.from ?? '—')} → ${md(c.to ?? '—')}`).join('; ')})` : ''}`,
    ),
    '',
  ],
  criteria: ({ changed }) => [
    '### Success criteria',
    '',
    ...changed.map((c) => `- ${criterionWords(c)} (${WHO_WORDS[c.who]}): ${md(c.text)}`),
    '',
  ],
  actions: ({ actions }) => [
    '### Actions',
    '',
    ...actions.map((a) => `- ${actionWords(a)}: ${md(a.title)}${a.due ? ` (due ${md(a.due)})` : ''}`),
    '',
  ],
  decisions: ({ changed }) => ['### Decisions', '', ...changed.map((x) => `- ${decisionWords(x)}: ${md(x.ask)}`), ''],
  executives: ({ changed }) => [
    '### Executives',
    '',
    ...changed.map(
      (x) =>
        `- ${x.change} ${md(x.key)}: ${x.change === 'modified' ? `${md(x.from ?? '')} → ${md(x.to ?? '')}` : md(x.to ?? x.from ?? '')}`,
    ),
    '',
  ],
  regressions: ({ regressions }) => ['### Regressions', '', ...regressions.map((r) => `- ${md(r.message)}`), ''],
};

export const renderDiffMarkdown: DiffRenderer = (d) => writeDiff(d, markdownWriter);
