/**
 * The terminal and CI-log view: headline, sections, moved gaps, then areas, investments, criteria
 * and executives. ▲ is better, ▼ worse; the words say it too, so colour is never the only signal.
 */
import type { AreaDiff, FieldChange } from '../../core/diff.js';
import { escapeControl as e } from '../escape.js';
import { delta, fixed } from '../format.js';
import type { Paint } from '../paint.js';
import {
  STATUS_RANK,
  STATUS_WORDS,
  VERDICT_WORDS,
  WHO_WORDS,
  actionWords,
  addedOrRemoved,
  criterionWords,
  decisionWords,
  gapSummary,
  moved,
  questionRef,
  reclassified,
  replacedSummary,
  type DiffRenderer,
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

function areaLine(paint: Paint, a: AreaDiff): string {
  const owner = (o: string | null) => e(o ?? 'no owner');
  if (a.change === 'added') return `  ${paint.green('+ added  ')} ${e(a.name)}: ${owner(a.toOwner)} (${STATUS_WORDS[a.toStatus!]})`;
  if (a.change === 'removed') return `  ${paint.red('- removed')} ${e(a.name)} (was ${owner(a.fromOwner)}, ${STATUS_WORDS[a.fromStatus!]})`;
  const bits: string[] = [];
  if (a.fromOwner !== a.toOwner) bits.push(`owner ${owner(a.fromOwner)} → ${owner(a.toOwner)}`);
  if (a.fromStatus !== a.toStatus) {
    const better = STATUS_RANK[a.toStatus!] > STATUS_RANK[a.fromStatus!];
    const worse = STATUS_RANK[a.toStatus!] < STATUS_RANK[a.fromStatus!];
    bits.push(
      (better ? paint.green : worse ? paint.red : (x: string) => x)(`${STATUS_WORDS[a.fromStatus!]} → ${STATUS_WORDS[a.toStatus!]}`),
    );
  }
  for (const d of a.details) bits.push(describeField(d));
  return `  ${paint.yellow('~ changed')} ${e(a.name)}: ${bits.join('; ')}`;
}

const MAX_ADDED_LISTED = 10;

export const renderDiffText: DiffRenderer = (d, { paint }) => {
  const out: string[] = [];
  const name = d.from.organisation === d.to.organisation ? e(d.to.organisation) : `${e(d.from.organisation)} → ${e(d.to.organisation)}`;
  out.push(paint.bold(`${name}: ${e(d.from.period)} → ${e(d.to.period)}`) + paint.dim(`   (${e(d.from.file)} → ${e(d.to.file)})`));
  out.push('');
  if (d.identical) {
    out.push('  No change: the two reviews say the same.');
    return `${out.join('\n')}\n`;
  }
  const verdict =
    d.from.verdict === d.to.verdict
      ? `${VERDICT_WORDS[d.to.verdict]} (unchanged)`
      : `${VERDICT_WORDS[d.from.verdict]} → ${VERDICT_WORDS[d.to.verdict]}`;
  out.push(`  ${paint.bold('Verdict'.padEnd(10))} ${verdict}`);
  out.push(figureLine(paint, 'Maturity', d.from.maturity, d.to.maturity, d.deltas.maturity, 10));
  out.push(figureLine(paint, 'Consensus', d.from.consensus, d.to.consensus, d.deltas.consensus, 10));
  out.push(figureLine(paint, 'Ownership', d.from.ownership, d.to.ownership, d.deltas.ownership, 10));
  out.push('');

  out.push(paint.bold('The five points') + paint.dim('   maturity (1–5), then consensus (0–100)'));
  const width = Math.max(...d.sections.map((s) => s.title.length), 10);
  for (const s of d.sections) {
    if (s.change === 'added' || s.change === 'removed') {
      out.push(`  ${e(s.title).padEnd(width)}  ${s.change}`);
      continue;
    }
    out.push(
      `  ${e(s.title).padEnd(width)}  ${fixed(s.from?.maturity).padStart(4)} → ${fixed(s.to?.maturity).padStart(4)} ${trend(paint, s.maturityDelta).padEnd(paint.enabled ? 17 : 8)}   ${fixed(s.from?.consensus).padStart(5)} → ${fixed(s.to?.consensus).padStart(5)} ${trend(paint, s.consensusDelta)}`,
    );
  }
  out.push('');

  out.push(paint.bold('Gaps') + paint.dim(`   ${gapSummary(d)}`));
  const gaps = moved(d);
  for (const q of gaps) {
    const good = q.change === 'closed' || q.change === 'narrowed';
    out.push(
      `  ${(good ? paint.green : paint.red)(q.change.padEnd(8))} ${q.fromGap} → ${q.toGap}  ${e(questionRef(q))}  ${paint.dim(e(q.text.length > 70 ? `${q.text.slice(0, 69)}…` : q.text))}`,
    );
  }
  const newAndDropped = addedOrRemoved(d);
  const added = newAndDropped.filter((q) => q.change === 'added');
  // A new template can add dozens of statements at once: counted, not listed (json and markdown list them).
  const listed = added.length > MAX_ADDED_LISTED ? newAndDropped.filter((q) => q.change === 'removed') : newAndDropped;
  if (listed !== newAndDropped)
    out.push(
      `  ${paint.green('added'.padEnd(8))} ${added.length} statements not asked last time${d.to.template ? ` (${e(d.to.template)})` : ''}; --format markdown or json lists them`,
    );
  for (const q of listed) {
    out.push(
      `  ${(q.change === 'added' ? paint.green : paint.red)(q.change.padEnd(8))} ${e(`${q.section}/${q.id}`)}  ${paint.dim(e(q.text))}`,
    );
  }
  if (!gaps.length && !addedOrRemoved(d).length) out.push('  No gap moved.');
  if (d.replaced.length) {
    out.push('');
    out.push(paint.bold('Statements the template replaced') + paint.dim(`   ${replacedSummary(d)}`));
    for (const r of d.replaced) {
      const pair = d.questions.find((q) => q.previousId === r.id && q.section === r.section);
      const gap = pair ? `gap ${pair.fromGap ?? '—'} → ${pair.toGap ?? '—'}; ` : '';
      out.push(
        `  ${(r.comparable ? paint.green : paint.yellow)((r.comparable ? 'compared' : 'not comparable').padEnd(15))} ${e(`${r.section}/${r.id}`)}: ${gap}${e(r.message)}`,
      );
    }
  }
  const classes = reclassified(d);
  if (classes.length) {
    out.push('');
    out.push(paint.bold('Statements that changed class') + paint.dim(`   (${classes.length})`));
    for (const q of classes)
      out.push(
        `  ${q.fromClass} → ${q.toClass}  ${e(questionRef(q))}  ${paint.dim(e(q.text.length > 60 ? `${q.text.slice(0, 59)}…` : q.text))}`,
      );
  }
  out.push('');

  const areas = d.areas.filter((a) => a.change !== 'unchanged');
  out.push(
    paint.bold('Blurred areas') +
      paint.dim(`   ${areas.length ? `${areas.length} changed, ` : ''}${d.areas.length - areas.length} unchanged`),
  );
  for (const a of areas) out.push(areaLine(paint, a));
  out.push('');

  const investments = d.investments.filter((i) => i.change !== 'unchanged');
  if (investments.length) {
    out.push(paint.bold('Investments'));
    for (const i of investments) {
      if (i.change === 'added') out.push(`  ${paint.green('+ added  ')} ${e(i.name)}`);
      else if (i.change === 'removed') out.push(`  ${paint.red('- removed')} ${e(i.name)}`);
      else out.push(`  ${paint.yellow('~ changed')} ${e(i.name)}: ${i.changes.map(describeField).join('; ')}`);
    }
    out.push('');
  }

  const criteria = d.successCriteria.filter((c) => c.change !== 'unchanged');
  if (criteria.length) {
    out.push(paint.bold('Success criteria'));
    for (const c of criteria) {
      const words = criterionWords(c);
      const tone = words === 'met' ? paint.green : words === 'missed' || words === 'dropped' ? paint.red : (x: string) => x;
      out.push(`  ${tone(words.padEnd(16))} ${WHO_WORDS[c.who]}: ${e(c.text)}`);
    }
    out.push('');
  }

  if (d.actions.length) {
    out.push(paint.bold('Actions'));
    for (const a of d.actions) {
      const words = actionWords(a);
      const tone = words === 'done' ? paint.green : a.overdue || words === 'dropped' ? paint.red : (x: string) => x;
      out.push(`  ${tone(words.padEnd(20))} ${e(a.title)}${a.due ? paint.dim(` (due ${e(a.due)})`) : ''}`);
    }
    out.push('');
  }

  const decisions = d.decisions.filter((x) => x.change !== 'unchanged');
  if (decisions.length) {
    out.push(paint.bold('Decisions'));
    for (const x of decisions) out.push(`  ${decisionWords(x).padEnd(20)} ${e(x.ask)}`);
    out.push('');
  }

  const executives = d.executives.filter((x) => x.change !== 'unchanged');
  if (executives.length) {
    out.push(paint.bold('Executives'));
    for (const x of executives) {
      const sign = x.change === 'added' ? paint.green('+') : x.change === 'removed' ? paint.red('-') : paint.yellow('~');
      out.push(`  ${sign} ${e(x.key)}: ${x.change === 'modified' ? `${e(x.from!)} → ${e(x.to!)}` : e((x.to ?? x.from)!)}`);
    }
    out.push('');
  }

  if (d.regressions.length) {
    out.push(paint.red(paint.bold(`Regressions (${d.regressions.length})`)));
    for (const r of d.regressions) out.push(`  ${paint.red('✖')} ${e(r.message)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};
