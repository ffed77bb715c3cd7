/**
 * The board report as one self-contained HTML page: inline CSS and SVG, no script, no network, no
 * external fonts. A Content-Security-Policy forbids everything else, so even a value that escaped
 * escaping could not run or fetch anything. Prints cleanly on A4 and Letter.
 */
import { escapeHtml as h } from '../escape.js';
import { delta, fixed } from '../format.js';
import { MIN_KAPPA_HEADLINE_N, VERDICT_TEXT, biasSentence } from '../../core/score.js';
import { ratingText } from '../score/model.js';
import {
  ACTION_STATUS_TEXT,
  BOARD_TEXT,
  CRITERION_STATUS_TEXT,
  DECISION_TEXT,
  RULE_WORDS,
  STATUS_TEXT,
  WHO,
  criterionFigures,
  evidenceOf,
  executiveKeys,
  executiveLabel,
  gateText,
  notesOf,
  type ReportModel,
} from './model.js';
import { radarSvg } from './radar.js';
import { TREND_CSS, trendSectionHtml } from '../trend/html.js';
import { present } from '../../core/present.js';
import { CSS } from './html-style.js';

function changeSpan(d: number | null, suffix = ''): string {
  if (d === null) return '';
  const r = Number(d.toFixed(1));
  const cls = r > 0 ? 'up' : r < 0 ? 'down' : '';
  const arrow = r > 0 ? '▲ ' : r < 0 ? '▼ ' : '';
  return `<span class="${cls}">${arrow}${delta(d)}${suffix}</span>`;
}

/** The header: who was reviewed, by whom, the executives. */
function headerHtml(m: ReportModel, out: string[]): void {
  const { review } = m;
  // Header.
  out.push('<header>');
  out.push(`<p class="kicker">Combined report of the CIO and CMO functions</p>`);
  out.push(`<h1>${h(review.organisation)} · ${h(String(review.period))}</h1>`);
  if (review.reviewer)
    out.push(`<p>Reviewed by ${h(review.reviewer.name)}${review.reviewer.role ? ` (${h(review.reviewer.role)})` : ''}</p>`);
  out.push(
    `<p>${executiveKeys(review)
      .map((k) => h(executiveLabel(review, k)))
      .join(' · ')}</p>`,
  );
  out.push('</header>');
}

/** The headline: the verdict, the gate, the three measures. */
function headlineHtml(m: ReportModel, out: string[]): void {
  const { score } = m;
  const prev = m.previous;
  // Headline: the verdict, the gate, the three measures.
  const v = VERDICT_TEXT[score.verdict];
  const gateFails = m.gate.errors > 0;
  const tone = gateFails && score.verdict === 'partnership' ? 'verdict-gate' : `verdict-${score.verdict}`;
  out.push('<section class="headline" aria-labelledby="h-headline">');
  out.push('<div class="index">');
  out.push(`<div class="label" id="h-headline">Verdict</div>`);
  out.push(
    `<div class="verdict" data-figure="verdict" data-verdict="${score.verdict}"><span class="badge ${tone}">${h(v.title)}</span></div>`,
  );
  out.push(
    `<div class="small">${h(v.meaning)}${gateFails && score.verdict === 'partnership' ? ', but the review does not yet meet the agreed rules' : ''}.</div>`,
  );
  if (prev && prev.from.verdict !== prev.to.verdict)
    out.push(`<div class="change" data-figure="verdict-change">${h(prev.from.period)}: ${h(VERDICT_TEXT[prev.from.verdict].title)}</div>`);
  out.push(`<div class="gate ${gateFails ? 'gate-fails' : 'gate-passes'}" data-figure="gate">${h(gateText(m.gate))}</div>`);
  out.push('</div>');
  out.push('<div>');
  out.push('<div class="parts">');
  const parts = [
    [
      'Maturity',
      fixed(score.maturity.level),
      'maturity',
      prev?.deltas.maturity,
      `How well the partnership works, 1 to 5${score.maturity.band ? `: ${score.maturity.band}` : ''}`,
    ],
    [
      'Consensus',
      fixed(score.consensus.value),
      'consensus',
      prev?.deltas.consensus,
      `Whether both see it the same way, 0 (chance) to 100${score.consensus.band ? `: ${score.consensus.band.replace('-', ' ')}` : ''}`,
    ],
    [
      'Ownership',
      fixed(score.ownership.value),
      'ownership',
      prev?.deltas.ownership,
      'Blurred areas with an owner both confirm; investments owned and reported jointly',
    ],
  ] as const;
  for (const [label, value, key, d, explain] of parts) {
    out.push(
      `<div class="part"><div class="v" data-figure="${key}">${value}${d !== undefined && d !== null ? ` <span class="small">${changeSpan(d)}</span>` : ''}</div><div class="k">${label}</div><div class="small">${h(explain)}</div></div>`,
    );
  }
  out.push('</div>');
  const k = score.kappa;
  const notes: string[] = [];
  if (k.value !== null && k.n >= MIN_KAPPA_HEADLINE_N && k.low !== null && k.high !== null) {
    notes.push(
      `Agreement beyond chance (quadratic-weighted kappa): <strong>${k.value.toFixed(2)}</strong>, 95% interval ${k.low.toFixed(2)} to ${k.high.toFixed(2)}, over ${k.n} statements.`,
    );
  }
  notes.push(`Based on ${score.maturity.n} statement${score.maturity.n === 1 ? '' : 's'} rated by both the CIO and the CMO.`);
  out.push(`<p class="note">${notes.join(' ')}</p>`);
  out.push('</div>');
  out.push('</section>');
}

/** Decisions, then actions: what the board acts on. */
function boardActsHtml(m: ReportModel, out: string[]): void {
  // Decisions, then actions: what the board acts on.
  out.push('<section aria-labelledby="h-decisions">');
  out.push('<h2 id="h-decisions">Decisions asked of the board</h2>');
  if (m.decisions.length) {
    out.push('<table data-table="decisions"><thead><tr><th>Decision</th><th>By</th><th>Outcome</th></tr></thead><tbody>');
    for (const d of m.decisions) {
      out.push(
        `<tr><td>${h(d.ask)}</td><td class="small">${d.by ? h(d.by) : '—'}</td><td>${d.outcome ? `<span class="badge status-agreed">${h(DECISION_TEXT[d.outcome] ?? d.outcome)}</span>` : '<span class="badge status-contested">To decide</span>'}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  } else out.push('<p>None this year.</p>');
  out.push('</section>');
  out.push('<section aria-labelledby="h-actions">');
  out.push('<h2 id="h-actions">Actions</h2>');
  if (m.actions.length) {
    out.push('<table data-table="actions"><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>');
    for (const a of m.actions) {
      const status = a.overdue
        ? '<span class="badge status-orphan">Overdue</span>'
        : `<span class="badge ${a.status === 'done' ? 'status-agreed' : a.status === 'dropped' ? 'verdict-not-enough-answers' : 'status-contested'}">${ACTION_STATUS_TEXT[a.status]}</span>`;
      out.push(
        `<tr data-status="${a.overdue ? 'overdue' : a.status}"><td>${h(a.title)}${a.measure ? `<div class="small">Done when: ${h(a.measure)}</div>` : ''}</td><td>${h(a.ownerLabel)}</td><td class="small">${a.due ? h(a.due) : '—'}</td><td>${status}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  } else out.push('<p>No actions were agreed.</p>');
  if (m.openPoints.length) {
    out.push('<h3>Open points no action covers yet</h3>');
    out.push('<ul class="actions" data-list="open-points">');
    for (const p of m.openPoints)
      out.push(
        `<li><span class="sev sev-${p.severity === 'must' ? 'error' : 'warn'}">${p.severity === 'must' ? 'Must settle' : 'Should settle'}</span>${h(p.text)}</li>`,
      );
    out.push('</ul>');
  }
  out.push('</section>');
}

/** Priorities, conversations and self-rating bias. */
function conversationsHtml(m: ReportModel, out: string[]): void {
  const { review } = m;
  const { score } = m;
  const hasCeo = score.sections.some((s) => s.ceoMean !== null);
  // Priorities and conversations.
  out.push('<section aria-labelledby="h-priorities">');
  out.push('<h2 id="h-priorities">Priorities: weaknesses both agree on</h2>');
  if (m.priorities.length) {
    out.push(
      '<table data-table="priorities"><thead><tr><th>Point</th><th>Statement</th><th class="num">CIO</th><th class="num">CMO</th></tr></thead><tbody>',
    );
    for (const q of m.priorities)
      out.push(
        `<tr><td class="small">${h(q.sectionTitle)}</td><td>${h(q.text)}</td><td class="num">${h(ratingText(q.cio))}</td><td class="num">${h(ratingText(q.cmo))}</td></tr>`,
      );
    out.push('</tbody></table>');
  } else out.push(`<p>${score.consensus.n ? 'None: no statement that both rate weak.' : 'No statements were rated by both.'}</p>`);
  out.push('</section>');
  out.push('<section aria-labelledby="h-conversations">');
  out.push('<h2 id="h-conversations">Conversations: where they see it differently</h2>');
  if (m.conversations.length) {
    out.push(
      `<table data-table="conversations"><thead><tr><th>Point</th><th>Statement and each side's evidence</th><th class="num">CIO</th><th class="num">CMO</th>${hasCeo ? '<th class="num">CEO</th>' : ''}<th class="num">Gap</th></tr></thead><tbody>`,
    );
    for (const q of m.conversations) {
      const evidence = evidenceOf(notesOf(review, q.section, q.id))
        .map((e) => `<div class="small evidence"><strong>${h(e.who)}:</strong> ${h(e.text)}</div>`)
        .join('');
      out.push(
        `<tr><td class="small">${h(q.sectionTitle)}</td><td>${h(q.text)}${evidence}</td><td class="num">${h(ratingText(q.cio))}</td><td class="num">${h(ratingText(q.cmo))}</td>${hasCeo ? `<td class="num">${h(ratingText(q.ceo))}</td>` : ''}<td class="num">${q.gap}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  } else
    out.push(`<p>${score.consensus.n ? 'None: no statement with a gap of two points or more.' : 'No statements were rated by both.'}</p>`);
  out.push('</section>');

  const bias = [biasSentence('cio', score.bias.cio), biasSentence('cmo', score.bias.cmo)].filter((x): x is string => x !== null);
  if (bias.length) {
    out.push('<section aria-labelledby="h-bias">');
    out.push('<h2 id="h-bias">How each rates their own function</h2>');
    for (const sentence of bias) out.push(`<p class="bias" data-figure="bias">${h(sentence)}</p>`);
    out.push('</section>');
  }
}

/** The five points: radar and table. */
function pointsHtml(m: ReportModel, out: string[]): void {
  const { score } = m;
  const prev = m.previous;
  const hasCeo = score.sections.some((s) => s.ceoMean !== null);
  // The five points.
  out.push('<section aria-labelledby="h-points">');
  out.push('<h2 id="h-points">The five points</h2>');
  out.push('<div class="points">');
  out.push(`<figure>${radarSvg(score.sections)}</figure>`);
  out.push('<table>');
  out.push(
    `<thead><tr><th>Point</th><th class="num">n</th><th class="num">Maturity</th><th class="num">Consensus</th><th class="num">CIO</th><th class="num">CMO</th>${hasCeo ? '<th class="num">CEO</th>' : ''}${prev ? '<th class="num">Change</th>' : ''}</tr></thead>`,
  );
  out.push('<tbody>');
  for (const s of score.sections) {
    const p = prev?.sections.find((x) => x.id === s.id);
    const few = s.maturity === null;
    out.push(
      `<tr><td>${h(s.title)}</td><td class="num">${s.n}</td>${few ? '<td class="num small" colspan="2">too few to score</td>' : `<td class="num">${fixed(s.maturity)}</td><td class="num">${fixed(s.consensus)}</td>`}<td class="num">${fixed(s.cioMean)}</td><td class="num">${fixed(s.cmoMean)}</td>${hasCeo ? `<td class="num">${fixed(s.ceoMean)}</td>` : ''}${prev ? `<td class="num">${changeSpan(p?.maturityDelta ?? null) || '—'}</td>` : ''}</tr>`,
    );
  }
  out.push('</tbody></table>');
  out.push('</div>');
  out.push(
    '<p class="note">Maturity per point is the mean rating of both, 1 to 5; consensus is 0 for no more agreement than chance and 100 for identical answers.</p>',
  );
  out.push('</section>');
}

/** The ownership matrix of the blurred areas. */
function ownershipHtml(m: ReportModel, out: string[]): void {
  const { review } = m;
  const { score } = m;
  // Ownership matrix.
  const keys = executiveKeys(review);
  out.push('<section aria-labelledby="h-areas">');
  out.push('<h2 id="h-areas">Who owns the blurred areas</h2>');
  if (score.areas.length) {
    const areasById = new Map(review.blurredAreas.map((a) => [a.id, a]));
    out.push(
      `<table data-table="ownership"><thead><tr><th>Area</th>${keys.map((key) => `<th class="exec" title="${h(executiveLabel(review, key))}">${h(key === 'cio' || key === 'cmo' ? key.toUpperCase() : key)}</th>`).join('')}<th>Status</th><th>Process</th><th>Board</th></tr></thead><tbody>`,
    );
    for (const a of score.areas) {
      const raw = present(areasById.get(a.id), `the blurred area ${a.id}`);
      const cells = keys.map((key) => {
        if (a.owner === key) return `<td class="mark owner">● owner</td>`;
        if (a.owner === 'joint' && (key === 'cio' || key === 'cmo')) return `<td class="mark owner">◐ joint</td>`;
        return '<td class="mark small">·</td>';
      });
      const claims =
        a.status === 'contested' ? `<div class="small">CIO says ${h(a.cioClaim ?? '—')}, CMO says ${h(a.cmoClaim ?? '—')}</div>` : '';
      const ownerNote =
        a.status === 'orphan'
          ? `<div class="small">${a.owner ? `recorded as “${h(a.owner)}”` : 'no accountable owner'}</div>`
          : a.owner !== null && a.owner !== 'joint' && !keys.includes(a.owner)
            ? `<div class="small">owner ${h(a.owner)}</div>`
            : '';
      out.push(
        `<tr><td>${h(a.name)}</td>${cells.join('')}<td><span class="badge status-${a.status}">${STATUS_TEXT[a.status]}</span>${claims}${ownerNote}</td><td class="small process">${h(raw.process?.trim() || '—')}</td><td class="small">${h(raw.boardReporting ? BOARD_TEXT[raw.boardReporting] : 'Not said')}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
    out.push(
      '<p class="note">● accountable owner · ◐ owned jointly by the CIO and the CMO. An area is contested when the CIO or the CMO names someone other than the recorded owner.</p>',
    );
  } else out.push('<p>No blurred areas were recorded.</p>');
  out.push('</section>');
}

/** Investments, with ROI against target in its direction. */
function investmentsHtml(m: ReportModel, out: string[]): void {
  const { review } = m;
  const { score } = m;
  // Investments, with ROI against target in its direction.
  out.push('<section aria-labelledby="h-investments">');
  out.push('<h2 id="h-investments">Digital investments</h2>');
  if (review.investments.length) {
    out.push(
      '<table data-table="investments"><thead><tr><th>Investment</th><th>Owners</th><th class="num">Budget</th><th>ROI measure</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Against target</th><th>Joint reporting</th><th class="num">Jointness</th></tr></thead><tbody>',
    );
    review.investments.forEach((inv, i) => {
      const r = present(m.roi[i], `the return of investment ${inv.id}`);
      const budget = inv.budget ? `${inv.budget.amount.toLocaleString('en-GB')} ${h(inv.budget.currency)}` : '—';
      const standing =
        r.standing === 'behind'
          ? '<span class="badge status-orphan">Behind</span>'
          : r.standing === 'on-target'
            ? '<span class="badge status-agreed">On target</span>'
            : '—';
      out.push(
        `<tr><td>${h(inv.name)}</td><td>${inv.owners.length ? inv.owners.map((o) => h(o === 'cio' || o === 'cmo' ? o.toUpperCase() : o)).join(', ') : '—'}</td><td class="num">${budget}</td><td>${h(inv.roi?.metric ?? '—')}${r.lowerIsBetter ? '<div class="small">lower is better</div>' : ''}${inv.roi?.due ? `<div class="small">due ${h(inv.roi.due)}</div>` : ''}</td><td class="num">${inv.roi?.baseline ?? '—'}</td><td class="num">${inv.roi?.target ?? '—'}</td><td class="num">${inv.roi?.actual ?? '—'}</td><td>${standing}</td><td>${inv.jointReporting ? 'Yes' : 'No'}</td><td class="num">${Math.round(present(score.investments[i], `the score of investment ${inv.id}`).jointness * 100)}%</td></tr>`,
      );
    });
    out.push('</tbody></table>');
  } else out.push('<p>No digital investments were recorded.</p>');
  out.push('</section>');
}

/** Success criteria, with their status. */
function criteriaHtml(m: ReportModel, out: string[]): void {
  // Success criteria, with their status.
  out.push('<section aria-labelledby="h-criteria">');
  out.push('<h2 id="h-criteria">Success criteria</h2>');
  out.push('<div class="criteria">');
  for (const who of ['cio', 'cmo', 'joint'] as const) {
    const list = m.criteria.filter((c) => c.who === who);
    const item = (c: (typeof list)[number]) => {
      const label = c.overdue ? 'Overdue' : CRITERION_STATUS_TEXT[c.status];
      const tone =
        c.status === 'met'
          ? 'status-agreed'
          : c.status === 'missed' || c.overdue
            ? 'status-orphan'
            : c.status === 'dropped'
              ? 'verdict-not-enough-answers'
              : 'status-contested';
      const figures = criterionFigures(c);
      return `<li data-status="${c.overdue ? 'overdue' : c.status}"><span class="badge ${tone}">${label}</span> ${h(c.text)}${figures ? `<div class="small">${h(figures)}</div>` : ''}</li>`;
    };
    out.push(`<div><h3>${WHO[who]}</h3>${list.length ? `<ul>${list.map(item).join('')}</ul>` : '<p class="small">None set.</p>'}</div>`);
  }
  out.push('</div>');
  out.push('</section>');
}

/** Exceptions in force. */
function waiversHtml(m: ReportModel, out: string[]): void {
  const { review } = m;
  // Exceptions in force.
  if (m.waivers.length) {
    out.push('<section aria-labelledby="h-waivers">');
    out.push('<h2 id="h-waivers">Exceptions in force</h2>');
    out.push('<ul>');
    for (const w of m.waivers) {
      const item =
        review.blurredAreas.find((a) => a.id === w.target)?.name ?? review.investments.find((i) => i.id === w.target)?.name ?? w.target;
      out.push(
        `<li><strong>${h(item)}</strong>: no ${h(RULE_WORDS[w.rule] ?? w.rule.replace(/-/g, ' '))} until ${h(w.expires)}. ${h(w.reason)} <span class="small">Accepted by ${h(w.approvedBy)}${w.approved ? ` on ${h(w.approved)}` : ''}.</span></li>`,
      );
    }
    out.push('</ul>');
    out.push('</section>');
  }
}

export function renderReportHtml(m: ReportModel): string {
  const { review } = m;
  const prev = m.previous;
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push('<html lang="en">');
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<meta name="generator" content="review ${h(m.version)}">`);
  out.push(`<title>${h(review.organisation)}: CIO and CMO review ${h(String(review.period))}</title>`);
  out.push(`<style>${CSS}${m.trend ? TREND_CSS : ''}</style>`);
  out.push('</head>');
  out.push('<body>');
  out.push('<main>');

  headerHtml(m, out);
  headlineHtml(m, out);
  boardActsHtml(m, out);
  conversationsHtml(m, out);
  pointsHtml(m, out);
  ownershipHtml(m, out);
  investmentsHtml(m, out);
  criteriaHtml(m, out);
  waiversHtml(m, out);

  if (m.trend) out.push(trendSectionHtml(m.trend));

  out.push(
    `<footer>Generated by review ${h(m.version)} from ${h(m.file)}${prev ? `, compared with ${h(prev.from.file)}` : ''}. Ratings are 1 (strongly disagree) to 5 (strongly agree).</footer>`,
  );
  out.push('</main>');
  out.push('</body>');
  out.push('</html>');
  return `${out.join('\n')}\n`;
}
