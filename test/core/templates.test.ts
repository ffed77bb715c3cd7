/**
 * The bundled questionnaires as data: every statement one sentence of at most 160 characters, an id
 * that never changes meaning from one version to the next, quick@2 a faithful subset of
 * five-point@2, every retired id given its successors, and every idea of the brief asked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate, successionsOf, type Template } from '../../src/core/template.js';
import { STATEMENT_FACTS } from '../../src/core/statement-facts.js';
import { ROOT } from '../helpers/cli.js';

const DIR = join(ROOT, 'templates');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function load(file: string): Template {
  const { template, problems } = parseTemplate(readFileSync(join(DIR, file)));
  expect(problems).toEqual([]);
  return template!;
}

const ALL = Object.fromEntries(FILES.map((f) => [f, load(f)]));
const FIVE = ALL['five-point.yaml'];
const QUICK = ALL['quick.yaml'];
const FIVE_V1 = ALL['five-point.v1.yaml'];
const QUICK_V1 = ALL['quick.v1.yaml'];
const questions = (t: Template) => t.sections.flatMap((s) => s.questions.map((q) => ({ section: s.id, ...q })));

/**
 * What each statement id asks, once and for all, with words every version's text must contain.
 * An id keeps its meaning for ever (diff matches years by it): a new meaning takes a new id here,
 * and the old one goes under `replaces` in the template.
 */
const MEANINGS: Record<string, { asks: string; words: string[] }> = {
  // Kept from version 1: same question, now about the last twelve months.
  'external-customer-boundary': {
    asks: 'where the CIO’s responsibility for the external customer starts and ends',
    words: ['external customer', 'CIO'],
  },
  'technical-services': { asks: 'the standard of technical services and support', words: ['technical services'] },
  'infrastructure-advice': {
    asks: 'the CIO advises on infrastructure investment before the decision',
    words: ['infrastructure investment', 'CIO'],
  },
  'scales-across-units': { asks: 'technology chosen for one unit or market extends to the others', words: ['one unit or market'] },
  'customer-sphere': { asks: 'the reach of the CMO’s influence over what the customer touches is agreed', words: ["CMO's", 'influence'] },
  'works-within-governance': { asks: 'marketing works within technology governance, not around it', words: ['governance', 'around it'] },
  'total-cost-considered': { asks: 'marketing weighs total cost of ownership', words: ['total cost of ownership'] },
  'shadow-it-governed': {
    asks: 'technology marketing buys directly has an owner of its governance and side effects',
    words: ['technology directly', 'governance'],
  },
  'end-to-end': { asks: 'the processes delivering digital services work end to end', words: ['end to end'] },
  'lifecycle-owner': { asks: 'someone owns engagement across the whole customer lifecycle', words: ['whole customer lifecycle'] },
  'traditional-channels': {
    asks: 'contact centre and field channels are joined up with digital',
    words: ['contact centre', 'field service', 'digital channels'],
  },
  'customer-data-flow': { asks: 'customer data flows between systems without manual rework', words: ['customer data', 'manual rework'] },
  // Version 1 only: retired or split in version 2 (see `replaces`).
  'ux-accountability': { asks: 'IT accepts its share of the user experience (presupposing)', words: ['user experience', 'its share'] },
  'accelerated-path': { asks: 'a fast track for marketing technology, and its security and reliability', words: ['fast-track'] },
  'internal-requirements': {
    asks: 'requirements from the customer’s view, and agreed with the CIO',
    words: ['requirements', "customer's point of view"],
  },
  'plans-it-needs': { asks: 'marketing plans ahead, and shares its roadmap', words: ['ahead', 'roadmap'] },
  'security-privacy-share': { asks: 'marketing’s part in security, and in privacy', words: ['security', 'privacy'] },
  'boundaries-written': { asks: 'boundaries written down, and described alike', words: ['boundaries are written down'] },
  'blurred-areas-owned': { asks: 'blurred areas named and owned (a recorded fact)', words: ['accountable owner'] },
  'blurred-area-process': { asks: 'an agreed process per area, for customer and business', words: ['agreed process'] },
  'joint-board-reporting': { asks: 'joint reporting of the blurred areas to the board', words: ['report jointly to the board'] },
  'regular-contact': { asks: 'CIO-CMO meetings, and working-level check-ins', words: ['meet often', 'check in'] },
  'jointly-owned': { asks: 'investments owned jointly (a recorded fact)', words: ['owned jointly'] },
  'jointly-reported': { asks: 'investments reported jointly (a recorded fact)', words: ['reported to the board jointly'] },
  'agreed-roi': { asks: 'an agreed ROI per investment (a recorded fact)', words: ['ROI'] },
  'non-functional-kept': {
    asks: 'cost, security, simplicity and reliability under pressure',
    words: ['Cost, security, simplicity and reliability'],
  },
  'shared-kpis': { asks: 'marketing shares measures, and KPIs developed together', words: ['shares its measures', 'KPIs'] },
  'mutual-trust': { asks: 'trust, built on a shared agenda and reporting', words: ['trust', 'shared agenda'] },
  // New in version 2.
  'it-ux-responsibility': { asks: 'IT treats the user experience of what it deploys as its job', words: ['user experience', 'deployed'] },
  'fast-track-available': { asks: 'marketing can use an accelerated path', words: ['accelerated path'] },
  'fast-track-safe': { asks: 'the accelerated path keeps the required security checks', words: ['accelerated path', 'security checks'] },
  'cio-in-strategy': { asks: 'the CIO takes part in business strategy', words: ['CIO', 'business-strategy'] },
  'cio-innovation': { asks: 'the CIO brings new ways to use technology for customers', words: ['CIO', 'new ways'] },
  'it-values-marketing': { asks: 'IT treats marketing as a valued internal customer', words: ['valued internal customer'] },
  'marketing-priority-for-it': { asks: 'marketing is on IT leadership’s agenda', words: ["IT's leadership"] },
  'it-kpis-business-terms': { asks: 'IT’s KPIs show business value, not only uptime', words: ['KPIs', 'not only uptime'] },
  'requirements-customer-view': { asks: 'requirements written from the customer’s point of view', words: ["customer's point of view"] },
  'requirements-agreed-technically': {
    asks: 'requirements agreed technically with the CIO',
    words: ['agreed', 'technically with the CIO'],
  },
  'tech-needs-planned': { asks: 'marketing plans its technology needs ahead', words: ['planned', 'ahead'] },
  'roadmap-shared': { asks: 'marketing shares its technology roadmap with IT', words: ['roadmap'] },
  'marketing-security': { asks: 'marketing takes responsibility for the security of its systems', words: ['security of the systems'] },
  'marketing-privacy': { asks: 'marketing takes responsibility for the privacy of customer data', words: ['privacy of the customer data'] },
  'it-involved-in-selection': { asks: 'marketing involves IT in vendor selection', words: ['involved IT', 'vendor'] },
  'cmo-wider-strategy': { asks: 'the CMO contributes to strategy beyond campaigns', words: ['CMO', 'beyond marketing campaigns'] },
  'boundaries-documented': { asks: 'boundaries are written down', words: ['boundaries were written down'] },
  'boundaries-same-account': { asks: 'the CIO and the CMO describe the boundary alike', words: ['the same way'] },
  'area-process-customer': { asks: 'the blurred areas’ processes serve customers', words: ['blurred areas', 'customers'] },
  'area-process-business': { asks: 'the blurred areas’ processes serve the business', words: ['blurred areas', 'the business'] },
  'areas-reported-to-board': {
    asks: 'every blurred area reaches the board (a perception of the record)',
    words: ['board', 'every blurred area'],
  },
  'areas-reported-jointly': { asks: 'the CIO and the CMO present the blurred areas together', words: ['presented', 'together'] },
  'cio-cmo-meetings': { asks: 'the CIO and the CMO meet often enough', words: ['met often enough'] },
  'team-check-ins': { asks: 'working-level joint check-ins', words: ['check-ins', 'working level'] },
  'digital-direction-agreed': { asks: 'agreement on the direction of digital initiatives', words: ['direction'] },
  'initiative-scope-agreed': { asks: 'agreement on each initiative’s scope', words: ['scope'] },
  'initiative-priority-agreed': { asks: 'agreement on the priority of initiatives', words: ['priority'] },
  'investments-reported-jointly': {
    asks: 'every investment reported jointly (a perception of the record)',
    words: ['every digital investment', 'together'],
  },
  'board-goals-clear': { asks: 'the board has clear goals per investment', words: ['clear goals'] },
  'marketing-tech-spend-visible': {
    asks: 'marketing’s technology spending is visible to the CIO',
    words: ['technology spending', 'visible'],
  },
  'nfr-security': { asks: 'security checks kept under time pressure', words: ['time pressure', 'security checks'] },
  'nfr-reliability': { asks: 'reliability testing kept under time pressure', words: ['time pressure', 'reliability testing'] },
  'nfr-cost': { asks: 'running costs kept under time pressure', words: ['time pressure', 'running costs'] },
  'nfr-simplicity': { asks: 'simplicity kept under time pressure', words: ['time pressure', 'one-off tools'] },
  'marketing-shares-measures': { asks: 'marketing shares its measures with IT', words: ['shared its performance measures'] },
  'kpis-co-developed': { asks: 'KPIs developed together', words: ['KPIs together'] },
  'trust-judgement': { asks: 'the CIO and the CMO trust each other’s judgement', words: ["trusted each other's judgement"] },
  'joint-agenda': { asks: 'one joint agenda for digital', words: ['joint agenda'] },
  'it-speaks-business': { asks: 'IT explains itself in marketing’s terms', words: ['IT explained', 'terms marketing uses'] },
  'marketing-speaks-technology': { asks: 'marketing explains itself in IT’s terms', words: ['marketing explained', 'terms IT uses'] },
  'specialists-integrated': { asks: 'new digital specialists work in shared ways', words: ['digital specialists', 'parallel team'] },
  'talent-shared': { asks: 'people or budget move between the functions', words: ['people or budget'] },
  'joint-teams': { asks: 'joint projects staffed by one team', words: ['one team'] },
  'shared-processes': { asks: 'one shared process for joint projects', words: ['one shared process'] },
  'progress-tracked-together': { asks: 'progress on joint projects tracked in one place', words: ['progress', 'one place'] },
};

describe('bundled templates', () => {
  it('are the current and the kept versions of five-point and quick', () => {
    expect(FILES).toEqual(['five-point.v1.yaml', 'five-point.yaml', 'quick.v1.yaml', 'quick.yaml']);
    expect([FIVE, FIVE_V1, QUICK, QUICK_V1].map((t) => `${t!.id}@${t!.version}`)).toEqual([
      'five-point@2',
      'five-point@1',
      'quick@2',
      'quick@1',
    ]);
  });

  for (const file of FILES) {
    it(`${file}: every statement is one sentence of at most 160 characters`, () => {
      for (const q of questions(ALL[file]!)) {
        expect(q.text.length, q.id).toBeLessThanOrEqual(160);
        expect(q.text, q.id).toMatch(/^[A-Z][^.;:?!]*\.$/);
      }
    });

    it(`${file}: every id means what it has always meant`, () => {
      for (const q of questions(ALL[file]!)) {
        const meaning = MEANINGS[q.id];
        expect(meaning, `${q.id} needs an entry in MEANINGS`).toBeDefined();
        for (const word of meaning!.words) expect(q.text.toLowerCase(), `${q.id} in ${file}`).toContain(word.toLowerCase());
      }
    });
  }

  it('holds no meaning for an id no template asks', () => {
    const asked = new Set(Object.values(ALL).flatMap((t) => questions(t).map((q) => q.id)));
    expect(Object.keys(MEANINGS).filter((id) => !asked.has(id))).toEqual([]);
  });

  it('asks every version 2 statement about the last twelve months, without presupposing', () => {
    for (const q of [...questions(FIVE!), ...questions(QUICK!)]) {
      expect(q.text, q.id).toMatch(/^In the last twelve months, /);
      expect(q.text, q.id).not.toMatch(/\bits share\b|\bof course\b|\bclearly\b|\balways\b|\bnever\b/i);
    }
  });

  it('makes quick@2 a faithful subset of five-point@2: same ids, texts, anchors and points', () => {
    const full = new Map(questions(FIVE!).map((q) => [q.id, q]));
    for (const q of questions(QUICK!)) expect(q, q.id).toEqual(full.get(q.id));
    expect(QUICK!.sections.map((s) => [s.id, s.questions.length])).toEqual(FIVE!.sections.map((s) => [s.id, 2]));
    const areas = new Map(FIVE!.blurredAreas.map((a) => [a.id, a]));
    for (const a of QUICK!.blurredAreas) expect(areas.get(a.id)?.name, a.id).toBe(a.name);
    expect(QUICK!.minutes).toBe(20);
  });

  it('offers "who leads the digital agenda" as a blurred area in both', () => {
    for (const t of [FIVE, QUICK])
      expect(t!.blurredAreas[0]).toMatchObject({ id: 'digital-agenda', name: 'Leadership of the digital agenda' });
  });

  it('gives every id that version 1 asked and version 2 does not its successors', () => {
    for (const [now, before] of [
      [FIVE, FIVE_V1],
      [QUICK, QUICK_V1],
    ] as const) {
      const asked = new Set(questions(now!).map((q) => q.id));
      const retired = questions(before!)
        .map((q) => q.id)
        .filter((id) => !asked.has(id));
      expect(Object.keys(successionsOf(now!)).sort()).toEqual(retired.sort());
      for (const [old, { by, note }] of Object.entries(successionsOf(now!))) {
        // A retired id with no successor must say why: what reads the fact now, or what asks half of it.
        if (!by.length) expect(note, old).toMatch(/recorded|half the old question/);
        // A statement that asked several things has several successors, or none: never one half of it.
        if (by.length === 1) expect(MEANINGS[old]!.asks, old).not.toMatch(/, and /);
      }
    }
  });

  it('declares the facts a statement mirrors exactly as core knows them', () => {
    const declared = Object.fromEntries(
      Object.values(ALL)
        .flatMap((t) => questions(t))
        .filter((q) => q.mirrors)
        .map((q) => [q.id, q.mirrors]),
    );
    expect(declared).toEqual(STATEMENT_FACTS);
    expect(Object.keys(declared).sort()).toEqual(['areas-reported-to-board', 'investments-reported-jointly']);
  });

  it('gives a statement with anchors all three: what 1, 3 and 5 look like', () => {
    const anchored = questions(FIVE!).filter((q) => q.anchors);
    expect(anchored.length).toBeGreaterThanOrEqual(10);
    for (const q of questions(QUICK!)) expect(q.anchors, q.id).toBeDefined();
  });
});

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const byPoint = readme.slice(
    readme.indexOf('#### five-point@2, statement by statement'),
    readme.indexOf("#### From the brief's ideas to the statements"),
  );
  const ideas = readme.slice(readme.indexOf("#### From the brief's ideas to the statements"));

  it('lists every five-point@2 statement by point, with its id and the idea it asks about', () => {
    for (const s of FIVE!.sections) {
      const at = byPoint.indexOf(`**${s.title}** (\`${s.id}\`)`);
      expect(at, s.id).toBeGreaterThanOrEqual(0);
      for (const q of s.questions)
        expect(byPoint.slice(at), q.id).toMatch(
          new RegExp(
            `\\n\\| ${q.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*\\(perception\\)\\*)? \\| \`${q.id}\` \\| [^|\\n]+ \\|\\n`,
          ),
        );
    }
  });

  it('maps the brief’s ideas to the statements that ask them, every statement at least once', () => {
    for (const q of questions(FIVE!)) expect(ideas, q.id).toContain(`\`${q.id}\``);
    for (const idea of [
      'Direction over command',
      'Who leads digital',
      'A shared language',
      'New skills integrated',
      'People, process, progress',
      'Measures in business terms',
      "The CMO's growing share of technology spend",
      'IT treats marketing as a valued customer',
      'Strategy on both sides',
    ]) {
      expect(ideas).toContain(`| ${idea}`);
    }
  });
});
