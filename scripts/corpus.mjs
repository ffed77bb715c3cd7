// Varied, realistic review files for `npm run bench`: each file differs in organisation, executives,
// questions, ratings, areas, owners, investments, notes, comments and YAML style (block or flow,
// quoted or plain, folded notes), from a seeded generator so every run measures the same corpus.
// Each file records how many `error` findings `review check` must report for it, so the bench can
// check the tool's output as well as time it.

/** A small, fast, seeded PRNG (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'customer journey data platform lead funnel service response marketing technology security privacy ' +
  'budget roadmap governance board report dashboard campaign loyalty web mobile app checkout search ' +
  'content analytics consent identity support contact centre partner channel pricing catalogue ' +
  'experiment attribution segment retention acquisition conversion latency uptime release vendor ' +
  'contract integration cloud cost licence training skills agile squad backlog quarterly review'
).split(' ');
const FIRST = ['Sam', 'Priya', 'Lee', 'Dana', 'Ana', 'Tomás', 'Zoë', 'Mei', 'Kwame', 'Ingrid', 'Olu', 'Rafael', 'Sofia', 'Jonas', 'Aiko'];
const LAST = ['Okafor', 'Raman', 'Chen', 'Whitfield', 'García', 'Müller', 'Nakamura', 'Mensah', 'Larsen', 'Adeyemi', 'Rossi', 'Novak'];
const ORG = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Wingtip', 'Litware', 'Adatum', 'Proseware', 'Lucerne', 'Woodgrove'];
const KIND = ['Retail', 'Bank', 'Insurance', 'Logistics', 'Health', 'Media', 'Energy', 'Travel'];
const SECTIONS = ['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes'];
const EXTRA_EXECUTIVES = [
  ['coo', 'Chief Operating Officer'],
  ['cfo', 'Chief Financial Officer'],
  ['cdo', 'Chief Data Officer'],
  ['digital-council', 'CIO, CMO and COO, chaired by the CEO'],
];
const REPORTING = ['monthly', 'quarterly', 'annually', 'none'];
const CURRENCIES = ['GBP', 'EUR', 'USD', 'SEK'];

/**
 * Review number `n`, about `bytes` long (25 KB by default; a large `bytes` gives thousands of
 * areas). Returns the text and the number of errors `review check` reports for it.
 */
export function makeReview(n, bytes = 25_000) {
  const rnd = random(n * 7919 + 17);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const words = (lo, hi) => Array.from({ length: int(lo, hi) }, () => pick(WORDS)).join(' ');
  const sentence = (lo, hi) => {
    const w = words(lo, hi);
    return `${w[0].toUpperCase()}${w.slice(1)}.`;
  };
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const flow = rnd() < 0.5;
  let errors = 0;

  const executives = [['cio', undefined], ['cmo', undefined], ...EXTRA_EXECUTIVES.filter(() => rnd() < 0.4)];
  const keys = executives.map(([k]) => k);
  const out = [];
  out.push(`# ${sentence(4, 14)}`, `# Workshop ${int(1, 28)} ${pick(['March', 'April', 'May', 'June'])}; ${sentence(3, 10)}`);
  out.push('schemaVersion: 2');
  out.push(`organisation: ${rnd() < 0.3 ? `"${pick(ORG)} ${pick(KIND)} ${n}"` : `${pick(ORG)} ${pick(KIND)} ${n}`}`);
  out.push(`period: ${rnd() < 0.8 ? int(2020, 2030) : `${int(2020, 2030)}-H${int(1, 2)}`}`);
  out.push('template: five-point@1');
  out.push(flow ? `reviewer: { name: ${person()}, role: CEO }` : `reviewer:\n  name: ${person()}\n  role: CEO`);
  out.push('executives:');
  for (const [key, title] of executives) {
    out.push(
      flow || !title
        ? `  ${key}: { name: ${person()}${title ? `, title: "${title}"` : ''} }`
        : `  ${key}:\n    name: ${person()}\n    title: "${title}"`,
    );
  }
  out.push('sections:');
  const questionIds = [];
  for (const id of SECTIONS) {
    out.push(`  - id: ${id}`, `    title: ${sentence(2, 5)}`, '    questions:');
    for (let q = int(4, 7); q > 0; q--) {
      const qid = `q-${id}-${q}-${pick(WORDS)}`;
      questionIds.push(qid);
      const ratings = ['cio', 'cmo', 'ceo'].filter((k) => (k === 'ceo' ? rnd() < 0.5 : rnd() < 0.93)).map((k) => `${k}: ${int(1, 5)}`);
      out.push(`      - id: ${qid}`, `        text: ${sentence(8, 22)}`);
      if (ratings.length)
        out.push(
          flow ? `        ratings: { ${ratings.join(', ')} }` : `        ratings:\n${ratings.map((r) => `          ${r}`).join('\n')}`,
        );
      if (rnd() < 0.35)
        out.push(
          rnd() < 0.5
            ? `        notes: ${sentence(6, 30)}`
            : `        notes: >\n          ${sentence(10, 20)}\n          ${sentence(10, 20)}`,
        );
    }
  }
  const investments = [];
  for (let i = int(3, 8); i > 0; i--) {
    const owners = keys.filter(() => rnd() < 0.5);
    investments.push(
      `  - id: inv-${i}-${pick(WORDS)}\n    name: ${sentence(2, 6)}\n    owners: [${(owners.length ? owners : ['cio']).join(', ')}]\n` +
        (rnd() < 0.8 ? `    budget: { amount: ${int(10, 5000) * 1000}, currency: ${pick(CURRENCIES)} }\n` : '') +
        (rnd() < 0.7
          ? `    roi: { metric: ${words(2, 4)}, target: ${rnd().toFixed(2)}${rnd() < 0.5 ? `, actual: ${rnd().toFixed(2)}` : ''} }\n`
          : '') +
        `    jointReporting: ${rnd() < 0.5}\n`,
    );
  }
  const criteria = ['cio', 'cmo', 'joint']
    .filter(() => rnd() < 0.9)
    .map(
      (who) =>
        `  ${who}:\n${Array.from({ length: int(1, 3) }, (_, c) => `    - id: ${who}-criterion-${c}\n      text: ${sentence(4, 10)}\n      status: ${pick(['open', 'met', 'open'])}`).join('\n')}`,
    );
  const tail = `investments:\n${investments.join('')}successCriteria:\n${criteria.length ? criteria.join('\n') : '  cio: []'}\n`;

  const areaIds = [];
  const areas = [];
  let size = Buffer.byteLength(out.join('\n')) + Buffer.byteLength(tail) + 400;
  for (let i = 0; size < bytes; i++) {
    const id = `area-${i}-${pick(WORDS)}-${pick(WORDS)}`;
    areaIds.push(id);
    const orphan = rnd() < 0.06;
    if (orphan) errors++;
    const owner = orphan ? pick(['tbd', 'unknown', 'none', '?', '']) : pick([...keys, 'joint', 'joint']);
    const claim = () => (orphan || rnd() >= 0.8 ? pick(keys) : owner);
    const lines = [`  - id: ${id}`, `    name: ${sentence(3, 9)}`, `    owner: ${owner === '?' ? '"?"' : owner}`];
    if (rnd() < 0.8)
      lines.push(flow ? `    claims: { cio: ${claim()}, cmo: ${claim()} }` : `    claims:\n      cio: ${claim()}\n      cmo: ${claim()}`);
    if (rnd() < 0.75) lines.push(`    process: ${sentence(6, 24)}`);
    if (rnd() < 0.85) lines.push(`    boardReporting: ${pick(REPORTING)}`);
    if (rnd() < 0.3) lines.push(`    notes: ${rnd() < 0.5 ? sentence(5, 30) : `"${sentence(5, 20)} (${pick(WORDS)}: ${int(1, 99)}%)"`}`);
    if (rnd() < 0.1) lines.push(`    # ${sentence(3, 12)}`);
    const text = `${lines.join('\n')}\n`;
    areas.push(text);
    size += Buffer.byteLength(text);
  }
  const waivers = [];
  for (let w = int(0, 3); w > 0 && areaIds.length; w--) {
    // Dates are quoted so that other YAML readers (ajv-cli's js-yaml 3) read them as text too.
    waivers.push(
      `  - rule: board-reporting\n    target: ${pick(areaIds)}\n    reason: ${sentence(4, 12)}\n    approvedBy: ${person()}\n    approved: "2099-01-01"\n    expires: "2099-${String(int(2, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}"\n`,
    );
  }
  const text = `${out.join('\n')}\nblurredAreas:\n${areas.join('')}${tail}${waivers.length ? `waivers:\n${waivers.join('')}` : ''}`;
  return { text, errors: Math.min(errors, 100) + (errors > 100 ? 1 : 0) };
}
