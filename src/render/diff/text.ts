/**
 * The terminal and CI-log view: headline, sections, moved gaps, then areas, investments, criteria
 * and executives. ▲ is better, ▼ worse; the words say it too, so colour is never the only signal.
 */
import type { AreaDiff, FieldChange, FigureChange } from '../../core/diff.js';
import { escapeControl as e } from '../escape.js';
import { delta, fixed } from '../format.js';
import type { Paint } from '../paint.js';
import { gapSummary, moved, type DiffRenderer } from './model.js';

function trend(paint: Paint, d: number | null, betterWhenUp = true): string {
  if (d === null || Number(d.toFixed(1)) === 0) return paint.dim(`${delta(d)}  `);
  const good = betterWhenUp ? d > 0 : d < 0;
  return (good ? paint.green : paint.red)(`${delta(d)} ${d > 0 ? '▲' : '▼'}`);
}

function figureLine(paint: Paint, label: string, f: FigureChange, width: number): string {
  return `  ${label.padEnd(width)} ${fixed(f.from).padStart(5)} → ${fixed(f.to).padStart(5)}  ${trend(paint, f.delta)}`;
}

/** Short values in full; prose (a process, a name) summarised, since JSON and Markdown carry it whole. */
function describeField(d: FieldChange): string {
  const prose = (d.from?.length ?? 0) > 24 || (d.to?.length ?? 0) > 24;
  if (!prose) return `${d.field} ${e(d.from ?? '—')} → ${e(d.to ?? '—')}`;
  return `${d.field} ${d.from === null ? 'added' : d.to === null ? 'removed' : 'reworded'}`;
}

const STATUS_RANK = { orphan: 0, contested: 1, 'joint-without-process': 1, agreed: 2 } as const;

function areaLine(paint: Paint, a: AreaDiff): string {
  const owner = (o: string | null) => e(o ?? 'no owner');
  if (a.change === 'added') return `  ${paint.green('+ added  ')} ${e(a.name)}: ${owner(a.toOwner)} (${a.toStatus})`;
  if (a.change === 'removed') return `  ${paint.red('- removed')} ${e(a.name)} (was ${owner(a.fromOwner)}, ${a.fromStatus})`;
  const bits: string[] = [];
  if (a.fromOwner !== a.toOwner) bits.push(`owner ${owner(a.fromOwner)} → ${owner(a.toOwner)}`);
  if (a.fromStatus !== a.toStatus) {
    const better = STATUS_RANK[a.toStatus!] > STATUS_RANK[a.fromStatus!];
    const worse = STATUS_RANK[a.toStatus!] < STATUS_RANK[a.fromStatus!];
    bits.push((better ? paint.green : worse ? paint.red : (s: string) => s)(`${a.fromStatus} → ${a.toStatus}`));
  }
  for (const d of a.details) bits.push(describeField(d));
  return `  ${paint.yellow('~ changed')} ${e(a.name)}: ${bits.join('; ')}`;
}

export const renderDiffText: DiffRenderer = (d, { paint }) => {
  const out: string[] = [];
  const name = d.from.organisation === d.to.organisation ? e(d.to.organisation) : `${e(d.from.organisation)} → ${e(d.to.organisation)}`;
  out.push(paint.bold(`${name}: ${e(d.from.period)} → ${e(d.to.period)}`) + paint.dim(`   (${e(d.from.file)} → ${e(d.to.file)})`));
  out.push('');
  if (d.identical) {
    out.push('  No change: the two reviews say the same.');
    return `${out.join('\n')}\n`;
  }
  const band = d.from.band === d.to.band ? `${d.to.band ?? 'not scored'}` : `${d.from.band ?? 'not scored'} → ${d.to.band ?? 'not scored'}`;
  out.push(`  ${paint.bold('Alignment index'.padEnd(22))} ${fixed(d.from.alignmentIndex).padStart(5)} → ${fixed(d.to.alignmentIndex).padStart(5)}  ${trend(paint, d.alignmentIndexDelta)}  ${paint.dim(`(${band})`)}`);
  out.push(figureLine(paint, 'Perception alignment', d.parts.perceptionAlignment, 22));
  out.push(figureLine(paint, 'Ownership clarity', d.parts.ownershipClarity, 22));
  out.push(figureLine(paint, 'Investment jointness', d.parts.investmentJointness, 22));
  out.push(`  ${'Agreement (kappa)'.padEnd(22)} ${fixed(d.kappa.from, 2).padStart(5)} → ${fixed(d.kappa.to, 2).padStart(5)}`);
  out.push('');

  out.push(paint.bold('The five points') + paint.dim('   perception alignment, then maturity'));
  const width = Math.max(...d.sections.map((s) => s.title.length), 10);
  for (const s of d.sections) {
    if (s.change === 'added' || s.change === 'removed') {
      out.push(`  ${e(s.title).padEnd(width)}  ${s.change}`);
      continue;
    }
    out.push(
      `  ${e(s.title).padEnd(width)}  ${fixed(s.from?.perceptionAlignment).padStart(5)} → ${fixed(s.to?.perceptionAlignment).padStart(5)} ${trend(paint, s.perceptionDelta).padEnd(paint.enabled ? 17 : 8)}   ${fixed(s.from?.maturity).padStart(5)} → ${fixed(s.to?.maturity).padStart(5)} ${trend(paint, s.maturityDelta)}`,
    );
  }
  out.push('');

  out.push(paint.bold('Gaps') + paint.dim(`   ${gapSummary(d)}`));
  const gaps = moved(d);
  for (const q of gaps) {
    const good = q.change === 'closed' || q.change === 'narrowed';
    out.push(`  ${(good ? paint.green : paint.red)(q.change.padEnd(8))} ${q.fromGap} → ${q.toGap}  ${e(`${q.section}/${q.id}`)}  ${paint.dim(e(q.text.length > 70 ? `${q.text.slice(0, 69)}…` : q.text))}`);
  }
  for (const q of d.questions.filter((x) => x.change === 'added' || x.change === 'removed')) {
    out.push(`  ${(q.change === 'added' ? paint.green : paint.red)(q.change.padEnd(8))} ${e(`${q.section}/${q.id}`)}  ${paint.dim(e(q.text))}`);
  }
  if (!gaps.length && !d.questions.some((x) => x.change === 'added' || x.change === 'removed')) out.push('  No gap moved.');
  out.push('');

  const areas = d.areas.filter((a) => a.change !== 'unchanged');
  out.push(paint.bold('Blurred areas') + paint.dim(`   ${areas.length ? `${areas.length} changed, ` : ''}${d.areas.length - areas.length} unchanged`));
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

  const { added, removed } = d.successCriteria;
  if (added.length || removed.length) {
    out.push(paint.bold('Success criteria'));
    for (const c of added) out.push(`  ${paint.green('+')} ${c.who}: ${e(c.text)}`);
    for (const c of removed) out.push(`  ${paint.red('-')} ${c.who}: ${e(c.text)}`);
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
