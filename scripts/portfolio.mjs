// npm run example:portfolio: a synthetic portfolio of organisations over several years, as
// schemaVersion 2 review files, for trying `review trend` and `review benchmark`.
//
//   node scripts/portfolio.mjs [--out portfolio] [--orgs 40] [--years 4] [--seed 2026] [--first 2023] [--force]
//
// Deterministic: the same seed writes the same files, byte for byte. The data is meant to look
// like real reviews, not uniform noise: each organisation has an underlying maturity that improves
// at its own pace; each executive rates their own function higher than the other does; the two
// views converge over the years (areas settle, gaps narrow); actions raised on disputed statements
// are carried into the next year and then done, done late, or dropped.
// Files are written owner-only (0600) and an existing file is never replaced without --force.
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

function args(argv) {
  const o = { out: 'portfolio', orgs: 40, years: 4, seed: 2026, first: 2023, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') o.force = true;
    else if (['--out', '--orgs', '--years', '--seed', '--first'].includes(a) && argv[i + 1] !== undefined) {
      const v = argv[++i];
      o[a.slice(2)] = a === '--out' ? v : Number(v);
    } else {
      console.error(
        `portfolio: unknown argument ${a}\nusage: node scripts/portfolio.mjs [--out dir] [--orgs n] [--years n] [--seed n] [--first year] [--force]`,
      );
      process.exit(2);
    }
  }
  for (const k of ['orgs', 'years', 'seed', 'first']) {
    if (!Number.isInteger(o[k]) || o[k] < (k === 'seed' ? 0 : 1)) {
      console.error(`portfolio: --${k} must be a whole number`);
      process.exit(2);
    }
  }
  return o;
}

/** mulberry32: a small, fast, seedable generator; good enough for example data. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return { next, normal, pick: (xs) => xs[Math.floor(next() * xs.length)], chance: (p) => next() < p };
}

const FIRST = [
  'Harbour',
  'Northgate',
  'Bluewater',
  'Kestrel',
  'Larkspur',
  'Meridian',
  'Oakfield',
  'Pennant',
  'Quayside',
  'Redfern',
  'Saltmarsh',
  'Thornbury',
  'Upland',
  'Westbrook',
  'Yarrow',
  'Ashby',
  'Brightwell',
  'Coldharbour',
  'Dunmore',
  'Elmstead',
];
const SECOND = [
  'Foods',
  'Logistics',
  'Insurance',
  'Retail',
  'Health',
  'Energy',
  'Travel',
  'Publishing',
  'Telecom',
  'Bank',
  'Housing',
  'Brewing',
  'Outdoor',
  'Pharma',
  'Print',
];
const GIVEN = [
  'Alex',
  'Sam',
  'Priya',
  'Jordan',
  'Morgan',
  'Lee',
  'Ana',
  'Tomasz',
  'Aisha',
  'Kenji',
  'Maria',
  'Oliver',
  'Fatima',
  'Noah',
  'Ines',
  'Ravi',
  'Chloe',
  'Dmitri',
  'Grace',
  'Hugo',
];
const FAMILY = [
  'Okafor',
  'Raman',
  'Chen',
  'Whitfield',
  'Novak',
  'Silva',
  'Haddad',
  'Mori',
  'Berg',
  'Kowalski',
  'Adeyemi',
  'Dubois',
  'Fischer',
  'Nair',
  'Quinn',
  'Rossi',
  'Sato',
  'Walsh',
  'Young',
  'Zamora',
];

const template = parse(readFileSync(join(root, 'templates/five-point.yaml'), 'utf8'));
const clamp = (x) => Math.max(1, Math.min(5, Math.round(x)));
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function organisation(index, o) {
  const r = rng(o.seed * 1000003 + index * 7919);
  // Every index gets its own name: the first word cycles, the second is shifted per cycle so all
  // 300 pairs are used before a number is added.
  const round = Math.floor(index / FIRST.length);
  const name = `${FIRST[index % FIRST.length]} ${SECOND[((index % FIRST.length) * 7 + round) % SECOND.length]}${round >= SECOND.length ? ` ${round - SECOND.length + 2}` : ''}`;
  const person = () => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
  const execs = { cio: { name: person() }, cmo: { name: person() }, coo: { name: person(), title: 'Chief Operating Officer' } };
  const reviewer = { name: person(), role: 'CEO' };
  const base = 2.3 + r.next() * 1.4; // where the partnership starts, 2.3 to 3.7
  const pace = r.next() * 0.35; // improvement per year
  const selfBias = 0.4 + r.next() * 0.8; // how much higher each rates their own side
  const spread0 = 0.7 + r.next() * 0.6; // how far apart the two views start
  const statementEase = new Map(); // some statements are harder everywhere
  const areaPool = template.blurredAreas.slice();
  const areas = areaPool.filter(() => r.chance(0.55)).slice(0, 7);
  if (areas.length < 3) areas.push(...areaPool.slice(0, 3 - areas.length));
  // Each area starts orphan, contested or agreed, and settles over the years.
  const areaState = areas.map((a) => ({ ...a, owner: r.pick(['cio', 'cmo', 'cmo', 'joint']), stage: r.pick([0, 1, 1, 2]) }));
  const investments = [
    { id: 'crm-replatform', name: 'CRM re-platform', metric: 'repeat purchase rate', baseline: 0.12, target: 0.18, direction: 'up' },
    {
      id: 'customer-data-platform',
      name: 'Customer data platform',
      metric: 'cost per acquired customer',
      baseline: 52,
      target: 38,
      direction: 'down',
    },
    { id: 'mobile-app', name: 'Mobile app rebuild', metric: 'share of orders in the app', baseline: 0.1, target: 0.25, direction: 'up' },
  ].filter(() => r.chance(0.7));
  const invState = investments.map((inv) => ({ ...inv, joint: r.chance(0.5), reporting: r.chance(0.4) }));
  let carried = []; // open actions carried into the next year

  const files = [];
  for (let y = 0; y < o.years; y++) {
    const year = o.first + y;
    const spread = spread0 * Math.pow(0.72, y);
    const level = base + pace * y;
    const sections = template.sections.map((s) => ({
      id: s.id,
      title: s.title,
      questions: s.questions.map((q) => {
        const key = `${s.id}/${q.id}`;
        if (!statementEase.has(key)) statementEase.set(key, r.normal() * 0.5);
        const truth = level + statementEase.get(key);
        const own = s.id === 'cio-role' ? 'cio' : s.id === 'cmo-role' ? 'cmo' : null;
        const rate = (who) => {
          if (r.chance(0.02)) return 'unsure';
          return clamp(truth + (own === who ? selfBias : own ? -selfBias / 3 : 0) + r.normal() * spread);
        };
        const ratings = { cio: rate('cio'), cmo: rate('cmo') };
        if (r.chance(0.5)) ratings.ceo = clamp(truth + r.normal() * 0.6);
        return { id: q.id, text: q.text, ratings };
      }),
    }));

    const blurredAreas = areaState.map((a) => {
      if (y > 0 && a.stage < 2 && r.chance(0.55)) a.stage++;
      if (y > 0 && a.stage === 2 && r.chance(0.08)) a.owner = a.owner === 'cio' ? 'cmo' : 'cio'; // an occasional reshuffle
      const other = a.owner === 'cio' ? 'cmo' : 'cio';
      const owner = a.stage === 0 ? 'tbd' : a.owner;
      const claims =
        a.stage === 2
          ? { cio: a.owner, cmo: a.owner }
          : a.stage === 1
            ? { cio: a.owner === 'joint' ? 'cio' : a.owner, cmo: a.owner === 'joint' ? 'cmo' : other }
            : { cio: 'cio', cmo: 'cmo' };
      const area = { id: a.id, name: a.name, owner, claims };
      if (a.owner === 'joint' && a.stage > 0) area.process = 'Monthly joint review; decisions minuted and shared with both teams.';
      area.boardReporting = a.stage === 2 ? r.pick(['quarterly', 'quarterly', 'monthly']) : r.pick(['none', 'annually']);
      return area;
    });

    const invs = invState.map((inv) => {
      if (y > 0 && !inv.joint && r.chance(0.35)) inv.joint = true;
      if (y > 0 && !inv.reporting && r.chance(0.35)) inv.reporting = true;
      const progress = Math.min(1, 0.25 * y + r.next() * 0.3);
      const actual = Number((inv.baseline + (inv.target - inv.baseline) * progress).toFixed(inv.baseline < 1 ? 3 : 1));
      return {
        id: inv.id,
        name: inv.name,
        owners: inv.joint ? ['cio', 'cmo'] : ['cio'],
        roi: {
          metric: inv.metric,
          baseline: inv.baseline,
          target: inv.target,
          ...(y > 0 ? { actual } : {}),
          direction: inv.direction,
          due: iso(year, 12, 31),
        },
        jointReporting: inv.reporting,
      };
    });

    const criterion = (id, text) => ({ id, text, due: iso(year, 12, 31), status: 'open' });
    const successCriteria = {
      cio: [criterion('checkout-availability', 'Checkout availability 99.95%')],
      cmo: [criterion('lead-conversion', 'Lead-to-order conversion up 10%')],
      joint: [criterion('customer-dashboard', 'One customer dashboard reported to the board monthly')],
    };
    // Last year's criteria are judged now: met more often as the partnership matures.
    if (y > 0)
      for (const who of ['cio', 'cmo', 'joint'])
        successCriteria[who].unshift({
          id: `${successCriteria[who][0].id}-${year - 1}`,
          text: `${successCriteria[who][0].text} (${year - 1})`,
          due: iso(year - 1, 12, 31),
          status: r.chance(0.3 + level / 10) ? 'met' : 'missed',
        });

    // Last year's open actions: done, done late (still open past its due date), or dropped.
    const actions = [];
    const stillOpen = [];
    for (const a of carried) {
      const roll = r.next();
      if (roll < 0.55) actions.push({ ...a, status: 'done' });
      else if (roll < 0.85) {
        actions.push({ ...a, status: 'open' });
        stillOpen.push(a);
      } else actions.push({ ...a, status: 'dropped' });
    }
    const disputed = sections.flatMap((s) =>
      s.questions
        .filter(
          (q) => typeof q.ratings.cio === 'number' && typeof q.ratings.cmo === 'number' && Math.abs(q.ratings.cio - q.ratings.cmo) >= 2,
        )
        .map((q) => ({ s, q })),
    );
    const fresh = disputed
      .filter(({ s, q }) => !actions.some((a) => a.for[0] === `question:${s.id}/${q.id}`))
      .slice(0, 3)
      .map(({ s, q }, i) => ({
        id: `${year}-${q.id}`.slice(0, 64),
        title: `Agree the evidence, with both sides, on: ${q.text.replace(/\.$/, '')}`.slice(0, 200),
        owner: r.pick(['cio', 'cmo', 'joint']),
        due: iso(year, 3 + i * 3, 28),
        status: 'open',
        for: [`question:${s.id}/${q.id}`],
      }));
    actions.push(...fresh);
    carried = [...stillOpen, ...fresh];

    files.push({
      path: join(name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), `${year}.yaml`),
      doc: {
        schemaVersion: 2,
        organisation: name,
        period: year,
        template: `${template.id}@${template.version}`,
        reviewer,
        executives: execs,
        sections,
        blurredAreas,
        investments: invs,
        successCriteria,
        actions,
      },
    });
  }
  return files;
}

function writeNew(path, text, force) {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    // Without --force, a hard link publishes the file only where nothing exists (atomic, no clobber).
    if (force) renameSync(tmp, path);
    else linkSync(tmp, path);
  } catch (error) {
    if (error.code === 'EEXIST') throw new Error(`${path} exists; pass --force to replace it`, { cause: error });
    throw error;
  } finally {
    if (!force) rmSync(tmp, { force: true });
  }
}

const o = args(process.argv.slice(2));
const out = resolve(process.cwd(), o.out);
let count = 0;
try {
  for (let i = 0; i < o.orgs; i++) {
    for (const f of organisation(i, o)) {
      const text = `# Synthetic review written by scripts/portfolio.mjs (seed ${o.seed}); not a real organisation.\n${stringify(f.doc, { lineWidth: 0 })}`;
      writeNew(join(out, f.path), text, o.force);
      count++;
    }
  }
} catch (error) {
  console.error(`portfolio: ${error.message}`);
  process.exit(2);
}
console.log(`Wrote ${count} review files (${o.orgs} organisations x ${o.years} years, seed ${o.seed}) under ${o.out}/`);
