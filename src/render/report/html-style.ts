/** The board report's inline stylesheet: one page, printable, no external resources. */
export const CSS = `
:root { --ink: #1f2937; --muted: #6b7280; --rule: #e5e7eb; --navy: #16325c; --green: #166534; --green-bg: #dcfce7; --amber: #92400e; --amber-bg: #fef3c7; --red: #991b1b; --red-bg: #fee2e2; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f6f7f9; }
main { max-width: 1120px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
header { border-bottom: 3px solid var(--navy); padding-bottom: 14px; margin-bottom: 22px; }
header .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 11px; color: var(--muted); margin: 0; }
h1 { font-size: 26px; margin: 4px 0 6px; color: var(--navy); }
h2 { font-size: 17px; color: var(--navy); margin: 0 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
header p { margin: 2px 0; color: var(--muted); }
section { margin: 0 0 28px; }
.headline { display: grid; grid-template-columns: 230px 1fr; gap: 24px; align-items: center; }
.index { border: 1px solid var(--rule); border-radius: 10px; padding: 14px 18px; text-align: center; }
.index .value { font-size: 46px; font-weight: 700; line-height: 1.1; }
.index .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12px; font-weight: 600; border: 1px solid currentColor; }
.verdict-partnership, .status-agreed { color: var(--green); background: var(--green-bg); }
.verdict-divided, .verdict-shared-concern, .verdict-gate, .status-contested, .status-unconfirmed, .status-joint-without-process { color: var(--amber); background: var(--amber-bg); }
.verdict-at-odds, .status-orphan, .gate-fails { color: var(--red); background: var(--red-bg); }
.verdict-not-enough-answers, .gate-passes { color: var(--muted); background: #f3f4f6; }
.gate { margin: 10px 0 0; padding: 6px 10px; border-radius: 6px; font-weight: 600; font-size: 13px; }
.index .verdict { font-size: 26px; font-weight: 700; line-height: 1.15; margin: 4px 0 6px; }
.bias { margin: 6px 0 0; }
.evidence { margin-top: 3px; }
.criteria li { margin-bottom: 6px; }
h3 { font-size: 13.5px; margin: 14px 0 6px; }
.parts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
.part { border-left: 3px solid var(--navy); padding: 2px 12px; }
.part .v { font-size: 22px; font-weight: 650; }
.part .k { font-size: 12px; color: var(--muted); }
.change { font-size: 13px; margin-top: 6px; }
.up { color: var(--green); } .down { color: var(--red); }
.note { color: var(--muted); font-size: 12.5px; margin: 8px 0 0; }
.points { display: grid; grid-template-columns: minmax(0, 470px) minmax(0, 1fr); gap: 18px; align-items: start; }
.points figure { margin: 0; }
.points svg { max-width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 6px 7px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.owner { font-weight: 650; }
td.mark, th.exec { text-align: center; white-space: nowrap; width: 1%; }
table[data-table="ownership"] td.process { min-width: 30%; width: 34%; }
.small { font-size: 12px; color: var(--muted); }
.criteria { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; }
.criteria h3 { font-size: 13.5px; margin: 0 0 6px; }
.criteria ul, .actions { margin: 0; padding-left: 18px; }
.actions li { margin-bottom: 4px; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; margin-right: 6px; }
.sev-error { color: var(--red); } .sev-warn { color: var(--amber); }
footer { margin-top: 32px; font-size: 11.5px; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 10px; }
@page { margin: 14mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  table { font-size: 8.6pt; }
  th, td { padding: 4px 6px; }
  main { max-width: none; padding: 0; }
  .points { grid-template-columns: 1fr; }
  .points figure { text-align: center; }
  .points svg { width: 112mm; height: auto; }
  .headline { grid-template-columns: 52mm 1fr; }
  tr, .points svg, .criteria > div { break-inside: avoid; }
  h2 { break-after: avoid; }
}
@media screen and (max-width: 860px) {
  .headline, .points, .criteria, .parts { grid-template-columns: 1fr; }
  main { padding: 20px 14px; }
  /* Wide tables scroll inside their own box, so the page itself never scrolls sideways. */
  table { display: block; overflow-x: auto; max-width: 100%; }
  h1 { font-size: 22px; }
}
`;
