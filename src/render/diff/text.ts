/**
 * The terminal and CI-log view: headline, sections, moved gaps, then areas, investments, criteria
 * and executives. ▲ is better, ▼ worse; the words say it too, so colour is never the only signal.
 */
import { fitWidth } from '../../core/text.js';
import type { AreaDiff, FieldChange, ReviewDiff } from '../../core/diff.js';
import { escapeControl as e } from '../escape.js';
import { delta, fixed } from '../format.js';
import type { Paint } from '../paint.js';
import {
  STATUS_RANK,
  STATUS_WORDS,
  VERDICT_WORDS,
  WHO_WORDS,
  actionWords,
  criterionWords,
  decisionWords,
  questionRef,
  writeDiff,
  type DiffRenderer,
  type DiffWriter,
} from './model.js';

function trend(paint: Paint, d: number | null, betterWhenUp = true): string {
  if (d === null || Number(d.toFixed(1)) === 0) return paint.dim(`${delta(d)}  `);
  const good = betterWhenUp ? d > 0 : d < 0;
  return (good ? paint.green : paint.red)(`${delta(d)} ${d > 0 ? '▲' : '▼'}`);
}

function figureLine(paint: Paint, label: string, from: number | null, to: number | null, d: number | null, width: number): string {
  return `  ${label.padEnd(width)} ${fixed(from).padStart(5)} → ${fixed(to).padStart(5)}  ${trend(paint, d)}`;
}

/** Short values in full; prose (a process, a name) summarised, since JSON and Markdown carry it whole. */
function describeField(d: FieldChange): string {
  const prose = (d.from?.length ?? 0) > 24 || (d.to?.length ?? 0) > 24;
  if (!prose) return `${d.field} ${e(d.from ?? '—')} → ${e(d.to ?? '—')}`;
  return `${d.field} ${d.from === null ? 'added' : d.to === null ? 'removed' : 'reworded'}`;
}

const statusWords = (s: AreaDiff['fromStatus']) => (s ? STATUS_WORDS[s] : 'not listed');

function areaLine(paint: Paint, a: AreaDiff): string {
  const owner = (o: string | null) => e(o ?? 'no owner');
  if (a.change === 'added') return `  ${paint.green('+ added  ')} ${e(a.name)}: ${owner(a.toOwner)} (${statusWords(a.toStatus)})`;
  if (a.change === 'removed') return `  ${paint.red('- removed')} ${e(a.name)} (was ${owner(a.fromOwner)}, ${statusWords(a.fromStatus)})`;
  const bits: string[] = [];
  if (a.fromOwner !== a.toOwner) bits.push(`owner ${owner(a.fromOwner)} → ${owner(a.toOwner)}`);
  if (a.fromStatus !== a.toStatus && a.fromStatus && a.toStatus) {
    const better = STATUS_RANK[a.toStatus] > STATUS_RANK[a.fromStatus];
    const worse = STATUS_RANK[a.toStatus] < STATUS_RANK[a.fromStatus];
    bits.push((better ? paint.green : worse ? paint.red : (x: string) => x)(`${statusWords(a.fromStatus)} → ${statusWords(a.toStatus)}`));
  }
  for (const d of a.details) bits.push(describeField(d));
  return `  ${paint.yellow('~ changed')} ${e(a.name)}: ${bits.join('; ')}`;
}

const MAX_ADDED_LISTED = 10;

function headlineLines(paint: Paint, d: ReviewDiff): string[] {
  const verdict =
    d.from.verdict === d.to.verdict
      ? `${VERDICT_WORDS[d.to.verdict]} (unchanged)`
      : `${VERDICT_WORDS[d.from.verdict]} → ${VERDICT_WORDS[d.to.verdict]}`;
  return [
    `  ${paint.bold('Verdict'.padEnd(10))} ${verdict}`,
    figureLine(paint, 'Maturity', d.from.maturity, d.to.maturity, d.deltas.maturity, 10),
    figureLine(paint, 'Consensus', d.from.consensus, d.to.consensus, d.deltas.consensus, 10),
    figureLine(paint, 'Ownership', d.from.ownership, d.to.ownership, d.deltas.ownership, 10),
    '',
  ];
}

function textWriter(paint: Paint): DiffWriter {
  return {
    title(d: ReviewDiff) {
      const name = d.from.organisation === d.to.organisation ? e(d.to.organisation) : `${e(d.from.organisation)} → ${e(d.to.organisation)}`;
      return [paint.bold(`${name}: ${e(d.from.period)} → ${e(d.to.period)}`) + paint.dim(`   (${e(d.from.file)} → ${e(d.to.file)})`), ''];
    },
    identical: ['  No change: the two reviews say the same.'],
    // The command says the warnings on standard error, before the diff, whatever the format.
    warnings: () => [],
    headline: ({ diff }) => headlineLines(paint, diff),
    sections({ sections }) {
      const out = [paint.bold('The five points') + paint.dim('   maturity (1–5), then consensus (0–100)')];
      const width = Math.max(...sections.map((s) => s.title.length), 10);
      for (const s of sections) {
        if (s.change === 'added' || s.change === 'removed') out.push(`  ${e(s.title).padEnd(width)}  ${s.change}`);
        else
          out.push(
            `  ${e(s.title).padEnd(width)}  ${fixed(s.from?.maturity).padStart(4)} → ${fixed(s.to?.maturity).padStart(4)} ${trend(paint, s.maturityDelta).padEnd(paint.enabled ? 17 : 8)}   ${fixed(s.from?.consensus).padStart(5)} → ${fixed(s.to?.consensus).padStart(5)} ${trend(paint, s.consensusDelta)}`,
          );
      }
      return [...out, ''];
    },
    gaps({ summary, moved, addedOrRemoved, template }) {
      const out = [paint.bold('Gaps') + paint.dim(`   ${summary}`)];
      for (const q of moved) {
        const good = q.change === 'closed' || q.change === 'narrowed';
        out.push(
          `  ${(good ? paint.green : paint.red)(q.change.padEnd(8))} ${q.fromGap} → ${q.toGap}  ${e(questionRef(q))}  ${paint.dim(e(fitWidth(q.text, 70)))}`,
        );
      }
      // A new template can add dozens of statements at once: counted, not listed (json and markdown list them).
      const added = addedOrRemoved.filter((q) => q.change === 'added').length;
      const listed = added > MAX_ADDED_LISTED ? addedOrRemoved.filter((q) => q.change === 'removed') : addedOrRemoved;
      if (listed !== addedOrRemoved)
        out.push(
          `  ${paint.green('added'.padEnd(8))} ${added} statements not asked last time${template ? ` (${e(template)})` : ''}; --format markdown or json lists them`,
        );
      for (const q of listed)
        out.push(
          `  ${(q.change === 'added' ? paint.green : paint.red)(q.change.padEnd(8))} ${e(`${q.section}/${q.id}`)}  ${paint.dim(e(q.text))}`,
        );
      if (!moved.length && !addedOrRemoved.length) out.push('  No gap moved.');
      return out;
    },
    replaced({ summary, replaced }) {
      const out = ['', paint.bold('Statements the template replaced') + paint.dim(`   ${summary}`)];
      for (const { replacement: r, pair } of replaced) {
        const gap = pair ? `gap ${pair.fromGap ?? '—'} → ${pair.toGap ?? '—'}; ` : '';
        out.push(
          `  ${(r.comparable ? paint.green : paint.yellow)((r.comparable ? 'compared' : 'not comparable').padEnd(15))} ${e(`${r.section}/${r.id}`)}: ${gap}${e(r.message)}`,
        );
      }
      return out;
    },
    reclassified({ questions }) {
      const out = ['', paint.bold('Statements that changed class') + paint.dim(`   (${questions.length})`)];
      for (const q of questions) out.push(`  ${q.fromClass} → ${q.toClass}  ${e(questionRef(q))}  ${paint.dim(e(fitWidth(q.text, 60)))}`);
      return out;
    },
    areas({ changed, unchanged }) {
      return [
        '',
        paint.bold('Blurred areas') + paint.dim(`   ${changed.length ? `${changed.length} changed, ` : ''}${unchanged} unchanged`),
        ...changed.map((a) => areaLine(paint, a)),
        '',
      ];
    },
    investments({ changed }) {
      const line = (i: (typeof changed)[number]) =>
        i.change === 'added'
          ? `  ${paint.green('+ added  ')} ${e(i.name)}`
          : i.change === 'removed'
            ? `  ${paint.red('- removed')} ${e(i.name)}`
            : `  ${paint.yellow('~ changed')} ${e(i.name)}: ${i.changes.map(describeField).join('; ')}`;
      return [paint.bold('Investments'), ...changed.map(line), ''];
    },
    criteria({ changed }) {
      const line = (c: (typeof changed)[number]) => {
        const words = criterionWords(c);
        const tone = words === 'met' ? paint.green : words === 'missed' || words === 'dropped' ? paint.red : (x: string) => x;
        return `  ${tone(words.padEnd(16))} ${WHO_WORDS[c.who]}: ${e(c.text)}`;
      };
      return [paint.bold('Success criteria'), ...changed.map(line), ''];
    },
    actions({ actions }) {
      const line = (a: (typeof actions)[number]) => {
        const words = actionWords(a);
        const tone = words === 'done' ? paint.green : a.overdue || words === 'dropped' ? paint.red : (x: string) => x;
        return `  ${tone(words.padEnd(20))} ${e(a.title)}${a.due ? paint.dim(` (due ${e(a.due)})`) : ''}`;
      };
      return [paint.bold('Actions'), ...actions.map(line), ''];
    },
    decisions({ changed }) {
      return [paint.bold('Decisions'), ...changed.map((x) => `  ${decisionWords(x).padEnd(20)} ${e(x.ask)}`), ''];
    },
    executives({ changed }) {
      const line = (x: (typeof changed)[number]) => {
        const sign = x.change === 'added' ? paint.green('+') : x.change === 'removed' ? paint.red('-') : paint.yellow('~');
        return `  ${sign} ${e(x.key)}: ${x.change === 'modified' ? `${e(x.from ?? '')} → ${e(x.to ?? '')}` : e(x.to ?? x.from ?? '')}`;
      };
      return [paint.bold('Executives'), ...changed.map(line), ''];
    },
    regressions({ regressions }) {
      return [
        paint.red(paint.bold(`Regressions (${regressions.length})`)),
        ...regressions.map((r) => `  ${paint.red('✖')} ${e(r.message)}`),
        '',
      ];
    },
  };
}

export const renderDiffText: DiffRenderer = (d, { paint }) => writeDiff(d, textWriter(paint));
