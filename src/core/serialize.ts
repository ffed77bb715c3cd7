/**
 * Writing a review as YAML the way a person would: keys in the contract's order, one list item
 * per block, small maps (ratings, claims, budget) inline, a blank line between the big parts, so
 * that `git diff` between two years reads well. Uses `yaml`, which can also keep comments when a
 * file is rewritten.
 */
import jsyaml from 'js-yaml';
import { Document, isMap, isPair, isScalar, isSeq, visit, type Node } from 'yaml';
import type { DraftReview } from './compose.js';
import type { Review } from './schema.js';

const ORDER: Record<string, string[]> = {
  root: [
    'schemaVersion',
    'organisation',
    'period',
    'template',
    'reviewer',
    'facilitator',
    'executives',
    'sections',
    'blurredAreas',
    'investments',
    'successCriteria',
    'actions',
    'decisions',
    'waivers',
  ],
  reviewer: ['name', 'role'],
  facilitator: ['name', 'organisation'],
  executive: ['name', 'title', 'email'],
  section: ['id', 'title', 'questions'],
  question: ['id', 'text', 'ratings', 'notes'],
  ratings: ['cio', 'cmo', 'ceo'],
  area: ['id', 'name', 'owner', 'claims', 'process', 'boardReporting', 'notes'],
  investment: ['id', 'name', 'owners', 'budget', 'roi', 'jointReporting', 'notes'],
  budget: ['amount', 'currency'],
  roi: ['metric', 'baseline', 'target', 'actual', 'direction', 'due'],
  criteria: ['cio', 'cmo', 'joint'],
  criterion: ['id', 'text', 'metric', 'target', 'actual', 'due', 'status'],
  notes: ['cio', 'cmo', 'ceo'],
  action: ['id', 'title', 'owner', 'due', 'status', 'for', 'measure', 'notes'],
  decision: ['id', 'ask', 'by', 'outcome', 'notes'],
  waiver: ['rule', 'target', 'reason', 'approvedBy', 'approved', 'expires'],
};

/** A copy of `obj` with the known keys first, in order, then any others; undefined dropped. */
function ordered(obj: Record<string, unknown> | undefined, kind: string): Record<string, unknown> | undefined {
  if (!obj) return undefined;
  const out: Record<string, unknown> = {};
  const order = ORDER[kind] ?? [];
  for (const k of [...order, ...Object.keys(obj).filter((k) => !order.includes(k))]) {
    if (obj[k] !== undefined) out[k] = obj[k];
  }
  return out;
}

// What YAML may not hold raw (C0 but tab and line feed, DEL, C1 but NEL, U+FFFE/U+FFFF, lone
// surrogates): written double-quoted, where `yaml` escapes them.
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Must this string be written quoted so that the loader reads back the same text? `yaml` writes
 * plain what YAML 1.2 reads as text, but the loader (js-yaml's core schema) also reads `1_000`,
 * `0b1` or `+.5` as numbers; and characters YAML cannot carry raw must be escaped.
 */
function mustQuote(value: string): boolean {
  if (NON_PRINTABLE.test(value)) return true;
  if (!/^[-+.0-9]/.test(value)) return false;
  try {
    return typeof jsyaml.load(value, { schema: jsyaml.CORE_SCHEMA }) !== 'string';
  } catch {
    return false;
  }
}

const FLOW_KEYS = new Set(['reviewer', 'facilitator', 'ratings', 'claims', 'budget', 'roi', 'owners', 'for']);
const SPACED = new Set(['executives', 'sections', 'blurredAreas', 'investments', 'successCriteria', 'actions', 'decisions', 'waivers']);

export function serializeReview(review: Review | DraftReview, header?: string): string {
  const r = review as Record<string, any>;
  const plain = ordered(
    {
      ...r,
      period: typeof r.period === 'string' && /^\d{4}$/.test(r.period) ? Number(r.period) : r.period,
      reviewer: ordered(r.reviewer, 'reviewer'),
      facilitator: ordered(r.facilitator, 'facilitator'),
      executives: r.executives
        ? Object.fromEntries(
            ['cio', 'cmo', ...Object.keys(r.executives).filter((k) => k !== 'cio' && k !== 'cmo')]
              .filter((k) => r.executives[k])
              .map((k) => [k, ordered(r.executives[k], 'executive')]),
          )
        : undefined,
      sections: r.sections?.map((s: any) =>
        ordered(
          {
            ...s,
            questions: s.questions?.map((q: any) =>
              ordered(
                {
                  ...q,
                  ratings: q.ratings && Object.keys(q.ratings).length ? ordered(q.ratings, 'ratings') : undefined,
                  notes: q.notes && typeof q.notes === 'object' ? ordered(q.notes, 'notes') : q.notes,
                },
                'question',
              ),
            ),
          },
          'section',
        ),
      ),
      blurredAreas: r.blurredAreas?.map((a: any) =>
        ordered({ ...a, claims: a.claims && Object.keys(a.claims).length ? a.claims : undefined }, 'area'),
      ),
      investments: r.investments?.map((i: any) =>
        ordered({ ...i, budget: ordered(i.budget, 'budget'), roi: ordered(i.roi, 'roi') }, 'investment'),
      ),
      successCriteria: r.successCriteria
        ? ordered(
            Object.fromEntries(
              Object.entries(r.successCriteria).map(([who, list]) => [
                who,
                (list as any[] | undefined)?.map((c) => (typeof c === 'string' ? c : ordered(c, 'criterion'))),
              ]),
            ),
            'criteria',
          )
        : undefined,
      actions: r.actions?.length
        ? r.actions.map((a: any) => ordered({ ...a, for: a.for?.length ? a.for : undefined }, 'action'))
        : undefined,
      decisions: r.decisions?.length ? r.decisions.map((d: any) => ordered(d, 'decision')) : undefined,
      waivers: r.waivers?.length ? r.waivers.map((w: any) => ordered(w, 'waiver')) : undefined,
    },
    'root',
  )!;
  if (plain.blurredAreas && !(plain.blurredAreas as unknown[]).length) delete plain.blurredAreas;
  if (plain.investments && !(plain.investments as unknown[]).length) delete plain.investments;

  const doc = new Document(plain);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && mustQuote(node.value)) node.type = 'QUOTE_DOUBLE';
    },
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value as Node | null;
      const parent = path[path.length - 1];
      // Executives' entries are one-liners: `cio: { name: Sam Okafor }`.
      const inExecutives =
        path.length >= 3 &&
        isPair(path[path.length - 2]) &&
        isScalar((path[path.length - 2] as { key: unknown }).key) &&
        (path[path.length - 2] as { key: { value: unknown } }).key.value === 'executives';
      if ((FLOW_KEYS.has(key) || inExecutives) && (isMap(value) || isSeq(value))) value.flow = true;
      if (SPACED.has(key) && isMap(parent) && path.length === 2 && isScalar(pair.key)) pair.key.spaceBefore = true;
    },
  });
  if (header) doc.commentBefore = header;
  return doc.toString({ lineWidth: 0, nullStr: '', indentSeq: true, flowCollectionPadding: true });
}
