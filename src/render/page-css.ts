/**
 * The base stylesheet of the standalone pages (trend, benchmark): the board report's look, printable,
 * with wide tables scrolling in their own box on a phone. `cellAlign` is where cells sit vertically.
 */
export function pageCss(cellAlign: 'top' | 'middle', extra = ''): string {
  return `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2937; background: #f6f7f9; }
main { max-width: 1120px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 6px; color: #16325c; }
h2 { font-size: 17px; color: #16325c; margin: 22px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #e5e7eb; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 6px 7px; border-bottom: 1px solid #e5e7eb; vertical-align: ${cellAlign}; }
th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: #6b7280; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
${extra}.small { font-size: 12px; color: #6b7280; }
footer { margin-top: 32px; font-size: 11.5px; color: #6b7280; border-top: 1px solid #e5e7eb; padding-top: 10px; }
@page { margin: 14mm; }
@media print { body { background: #fff; font-size: 10pt; } main { max-width: none; padding: 0; } tr { break-inside: avoid; } }
@media screen and (max-width: 860px) { main { padding: 20px 14px; } table { display: block; overflow-x: auto; max-width: 100%; } }
`;
}
