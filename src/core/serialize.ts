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
import { present } from './present.js';

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
const NON_PRINTABLE =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what YAML cannot hold raw
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

/** True when no text under `node` holds a line break (a flow collection is then one line). */
function allOneLine(node: Node): boolean {
  let oneLine = true;
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && /[\n\r\u0085\u2028\u2029]/.test(scalar.value)) {
        oneLine = false;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return oneLine;
}

const FLOW_KEYS = new Set(['reviewer', 'facilitator', 'ratings', 'claims', 'budget', 'roi', 'owners', 'for']);
const SPACED = new Set(['executives', 'sections', 'blurredAreas', 'investments', 'successCriteria', 'actions', 'decisions', 'waivers']);

type Plain = Record<string, unknown>;
/** A review read as plain data: drafts are partial, so every part is checked for its shape. */
const plainOf = (v: unknown): Plain | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Plain) : undefined);
const itemsOf = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
const filled = (v: unknown): Plain | undefined => {
  const p = plainOf(v);
  return p && Object.keys(p).length ? p : undefined;
};
const each = (v: unknown, write: (item: Plain) => unknown): unknown[] | undefined => itemsOf(v)?.map((item) => write(plainOf(item) ?? {}));

function orderedExecutives(value: unknown): Plain | undefined {
  const executives = plainOf(value);
  if (!executives) return undefined;
  return Object.fromEntries(
    ['cio', 'cmo', ...Object.keys(executives).filter((k) => k !== 'cio' && k !== 'cmo')]
      .filter((k) => executives[k])
      .map((k) => [k, ordered(plainOf(executives[k]), 'executive')]),
  );
}

function orderedSection(s: Plain): Plain | undefined {
  return ordered(
    {
      ...s,
      questions: each(s.questions, (q) =>
        ordered(
          { ...q, ratings: ordered(filled(q.ratings), 'ratings'), notes: plainOf(q.notes) ? ordered(plainOf(q.notes), 'notes') : q.notes },
          'question',
        ),
      ),
    },
    'section',
  );
}

function orderedCriteria(value: unknown): Plain | undefined {
  const criteria = plainOf(value);
  if (!criteria) return undefined;
  return ordered(
    Object.fromEntries(
      Object.entries(criteria).map(([who, list]) => [
        who,
        itemsOf(list)?.map((c) => (typeof c === 'string' ? c : ordered(plainOf(c), 'criterion'))),
      ]),
    ),
    'criteria',
  );
}

/** A list written only when it has items. */
const nonEmpty = (v: unknown, write: (item: Plain) => unknown): unknown[] | undefined => (itemsOf(v)?.length ? each(v, write) : undefined);

export function serializeReview(review: Review | DraftReview, header?: string): string {
  const r: Plain = { ...review };
  const plain = present(
    ordered(
      {
        ...r,
        period: typeof r.period === 'string' && /^\d{4}$/.test(r.period) ? Number(r.period) : r.period,
        reviewer: ordered(plainOf(r.reviewer), 'reviewer'),
        facilitator: ordered(plainOf(r.facilitator), 'facilitator'),
        executives: orderedExecutives(r.executives),
        sections: each(r.sections, orderedSection),
        blurredAreas: each(r.blurredAreas, (a) => ordered({ ...a, claims: filled(a.claims) }, 'area')),
        investments: each(r.investments, (i) =>
          ordered({ ...i, budget: ordered(plainOf(i.budget), 'budget'), roi: ordered(plainOf(i.roi), 'roi') }, 'investment'),
        ),
        successCriteria: orderedCriteria(r.successCriteria),
        actions: nonEmpty(r.actions, (a) => ordered({ ...a, for: itemsOf(a.for)?.length ? a.for : undefined }, 'action')),
        decisions: nonEmpty(r.decisions, (d) => ordered(d, 'decision')),
        waivers: nonEmpty(r.waivers, (w) => ordered(w, 'waiver')),
      },
      'root',
    ),
    'the review as plain data',
  );
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
      // A value with a line break stays in block style: written in flow style, a multi-line value
      // (`- \n\n¡`, say) is YAML that other readers refuse.
      if ((FLOW_KEYS.has(key) || inExecutives) && (isMap(value) || isSeq(value)) && allOneLine(value)) value.flow = true;
      if (SPACED.has(key) && isMap(parent) && path.length === 2 && isScalar(pair.key)) pair.key.spaceBefore = true;
    },
  });
  if (header) doc.commentBefore = header;
  return doc.toString({ lineWidth: 0, nullStr: '', indentSeq: true, flowCollectionPadding: true });
}
