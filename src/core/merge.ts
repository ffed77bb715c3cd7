/**
 * Combining reviews collected separately (each executive alone with `init --role`), by id at every
 * level. A field given by one file is taken; the same value in several is fine; two different
 * values for one field are a conflict, located in each file, and nothing is merged over it.
 */
import { sameName } from './ids.js';
import { isNoOwner } from './owners.js';
import type { BlurredArea, Investment, Question, Review, Section, Waiver } from './schema.js';
import { locate, type SourceText, type YamlPath } from './yaml-read.js';
import { present } from './present.js';

export interface MergeInput {
  file: string;
  review: Review;
  source: SourceText;
}

export interface ConflictSide {
  file: string;
  line: number;
  column: number;
  value: string;
}

export interface Conflict {
  /** The field, as a readable path: `blurredAreas[social-media].owner`. */
  field: string;
  sides: ConflictSide[];
}

export interface MergeResult {
  review: Review;
  conflicts: Conflict[];
}

type Seen = { value: unknown; input: MergeInput; path: YamlPath };

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
/** Equal values; two texts that differ only in case or spacing are the same name, not a conflict. */
const same = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? sameName(a, b) : JSON.stringify(a) === JSON.stringify(b);
const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

class Merger {
  readonly conflicts: Conflict[] = [];
  private readonly conflictFields = new Set<string>();

  /**
   * The value of one field across files: the first non-empty one, unless another file says
   * something else. `isEmpty` decides what counts as "not given" (for owners, placeholders too).
   */
  field<T>(field: string, seen: Seen[], isEmpty: (v: unknown) => boolean = empty): T | undefined {
    const given = seen.filter((s) => !isEmpty(s.value));
    if (!given.length) return seen.find((s) => s.value !== undefined)?.value as T | undefined;
    const distinct = given.filter((s, i) => given.findIndex((t) => same(t.value, s.value)) === i);
    if (distinct.length > 1 && !this.conflictFields.has(field)) {
      this.conflictFields.add(field);
      this.conflicts.push({
        field,
        sides: given.map((s) => ({ file: s.input.file, ...locate(s.input.source, s.path), value: show(s.value) })),
      });
    }
    return present(given[0], 'given[0]').value as T;
  }

  /** A field every valid review has (organisation, period, a name): merged, and present. */
  required<T>(field: string, seen: Seen[]): T {
    return present(this.field<T>(field, seen), `the merged ${field}`);
  }
}

/** Items with this id in every input that has it, with their path in that input. */
function byId<T extends { id: string }>(
  inputs: MergeInput[],
  list: (r: Review) => T[] | undefined,
  path: (i: number) => YamlPath,
): { id: string; items: { item: T; input: MergeInput; path: YamlPath }[] }[] {
  const found = new Map<string, { item: T; input: MergeInput; path: YamlPath }[]>();
  for (const input of inputs) {
    (list(input.review) ?? []).forEach((item, i) => {
      const items = found.get(item.id);
      if (items) items.push({ item, input, path: path(i) });
      else found.set(item.id, [{ item, input, path: path(i) }]);
    });
  }
  return [...found].map(([id, items]) => ({ id, items }));
}

export function mergeReviews(inputs: MergeInput[]): MergeResult {
  const m = new Merger();
  const top = <K extends keyof Review>(key: K) => inputs.map((input) => ({ value: input.review[key], input, path: [key as string] }));

  const organisation = m.required<string>('organisation', top('organisation'));
  const period = m.required<string | number>(
    'period',
    inputs.map((input) => ({ value: String(input.review.period), input, path: ['period'] })),
  );
  const template = m.field<string>('template', top('template'));
  const reviewerName = m.field<string>(
    'reviewer.name',
    inputs.map((input) => ({ value: input.review.reviewer?.name, input, path: ['reviewer', 'name'] })),
  );
  const reviewerRole = m.field<string>(
    'reviewer.role',
    inputs.map((input) => ({ value: input.review.reviewer?.role, input, path: ['reviewer', 'role'] })),
  );

  const executives = mergeExecutives(m, inputs);
  const sections = mergeSections(m, inputs);
  const blurredAreas = mergeAreas(m, inputs);
  const investments = mergeInvestments(m, inputs);
  const mergeItems = <T extends { id: string }>(label: string, list: (r: Review) => T[] | undefined, path: (i: number) => YamlPath): T[] =>
    mergeById(m, inputs, label, list, path);
  const successCriteria: NonNullable<Review['successCriteria']> = {};
  for (const who of ['cio', 'cmo', 'joint'] as const) {
    const all = mergeItems(
      `successCriteria.${who}`,
      (r) => r.successCriteria?.[who],
      (i) => ['successCriteria', who, i],
    );
    if (all.length) successCriteria[who] = all;
  }
  const actions = mergeItems(
    'actions',
    (r) => r.actions,
    (i) => ['actions', i],
  );
  const decisions = mergeItems(
    'decisions',
    (r) => r.decisions,
    (i) => ['decisions', i],
  );
  const facilitatorName = m.field<string>(
    'facilitator.name',
    inputs.map((input) => ({ value: input.review.facilitator?.name, input, path: ['facilitator', 'name'] })),
  );
  const facilitatorOrg = m.field<string>(
    'facilitator.organisation',
    inputs.map((input) => ({ value: input.review.facilitator?.organisation, input, path: ['facilitator', 'organisation'] })),
  );

  const waivers = mergeWaivers(m, inputs);

  const review = {
    schemaVersion: 2,
    organisation,
    period: /^\d{4}$/.test(String(period)) ? Number(period) : period,
    ...(template ? { template } : {}),
    ...(reviewerName ? { reviewer: { name: reviewerName, ...(reviewerRole ? { role: reviewerRole } : {}) } } : {}),
    ...(facilitatorName ? { facilitator: { name: facilitatorName, ...(facilitatorOrg ? { organisation: facilitatorOrg } : {}) } } : {}),
    executives,
    sections,
    blurredAreas,
    investments,
    ...(Object.keys(successCriteria).length ? { successCriteria } : {}),
    actions,
    decisions,
    waivers,
  } as unknown as Review;
  return { review, conflicts: m.conflicts };
}

function mergeExecutives(m: Merger, inputs: MergeInput[]): Review['executives'] {
  const execKeys = [...new Set(inputs.flatMap((i) => Object.keys(i.review.executives)))];
  const executives: Review['executives'] = {} as Review['executives'];
  for (const key of execKeys) {
    const seen = inputs
      .filter((i) => i.review.executives[key])
      .map((input) => ({ value: input.review.executives[key], input, path: ['executives', key] }));
    const name = m.required<string>(
      `executives.${key}.name`,
      seen.map((s) => ({ ...s, value: (s.value as { name: string }).name, path: [...s.path, 'name'] })),
    );
    const title = m.field<string>(
      `executives.${key}.title`,
      seen.map((s) => ({ ...s, value: (s.value as { title?: string }).title, path: [...s.path, 'title'] })),
    );
    const email = m.field<string>(
      `executives.${key}.email`,
      seen.map((s) => ({ ...s, value: (s.value as { email?: string }).email, path: [...s.path, 'email'] })),
    );
    executives[key] = { name, ...(title ? { title } : {}), ...(email ? { email } : {}) };
  }
  return executives;
}

function mergeSections(m: Merger, inputs: MergeInput[]): Section[] {
  return byId(
    inputs,
    (r) => r.sections,
    (i) => ['sections', i],
  ).map(({ id, items }) => {
    const title = m.field<string>(
      `sections[${id}].title`,
      items.map((x) => ({ value: x.item.title, input: x.input, path: [...x.path, 'title'] })),
    );
    const questions: Question[] = byId(
      items.map((x) => x.input),
      (r) => r.sections.find((s) => s.id === id)?.questions,
      () => [],
    ).map(({ id: qid, items: qs }) => {
      const where = (x: { input: MergeInput }) => {
        const s = x.input.review.sections.findIndex((sec) => sec.id === id);
        const q = present(x.input.review.sections[s], 'x.input.review.sections[s]').questions.findIndex((qq) => qq.id === qid);
        return ['sections', s, 'questions', q] as YamlPath;
      };
      const field = `sections[${id}].questions[${qid}]`;
      const text = m.required<string>(
        `${field}.text`,
        qs.map((x) => ({ value: x.item.text, input: x.input, path: [...where(x), 'text'] })),
      );
      const ratings: Question['ratings'] = {};
      for (const rater of ['cio', 'cmo', 'ceo'] as const) {
        const v = m.field<number>(
          `${field}.ratings.${rater}`,
          qs.map((x) => ({ value: x.item.ratings?.[rater], input: x.input, path: [...where(x), 'ratings', rater] })),
        );
        if (v !== undefined) ratings[rater] = v;
      }
      const notes = mergeNotes(qs.map((x) => x.item.notes));
      return { id: qid, text, ...(Object.keys(ratings).length ? { ratings } : {}), ...(notes !== undefined ? { notes } : {}) };
    });
    return { id: id as Section['id'], ...(title ? { title } : {}), questions };
  });
}

function mergeAreas(m: Merger, inputs: MergeInput[]): BlurredArea[] {
  return byId(
    inputs,
    (r) => r.blurredAreas,
    (i) => ['blurredAreas', i],
  ).map(({ id, items }) => {
    const at = (key: string) =>
      items.map((x) => ({ value: (x.item as Record<string, unknown>)[key], input: x.input, path: [...x.path, key] }));
    const field = `blurredAreas[${id}]`;
    const claimKeys = [...new Set(items.flatMap((x) => Object.keys(x.item.claims ?? {})))];
    const claims: Record<string, string | null> = {};
    for (const k of claimKeys) {
      const v = m.field<string>(
        `${field}.claims.${k}`,
        items.map((x) => ({ value: x.item.claims?.[k], input: x.input, path: [...x.path, 'claims', k] })),
      );
      if (v !== undefined) claims[k] = v;
    }
    const area: BlurredArea = {
      id,
      name: m.required<string>(`${field}.name`, at('name')),
      owner: m.field<string | null>(`${field}.owner`, at('owner'), (v) => isNoOwner(v as string | null | undefined)),
      ...(claimKeys.length ? { claims } : {}),
      process: m.field<string | null>(`${field}.process`, at('process')),
      boardReporting: m.field<BlurredArea['boardReporting']>(`${field}.boardReporting`, at('boardReporting')),
      notes: m.field<string | null>(`${field}.notes`, at('notes')),
    };
    return Object.fromEntries(Object.entries(area).filter(([, v]) => v !== undefined)) as BlurredArea;
  });
}

function mergeInvestments(m: Merger, inputs: MergeInput[]): Investment[] {
  return byId(
    inputs,
    (r) => r.investments,
    (i) => ['investments', i],
  ).map(({ id, items }) => {
    const out: Record<string, unknown> = { id };
    for (const key of ['name', 'owners', 'budget', 'roi', 'jointReporting', 'notes'] as const) {
      const v = m.field(
        `investments[${id}].${key}`,
        items.map((x) => ({ value: x.item[key], input: x.input, path: [...x.path, key] })),
        (value) => empty(value) || (Array.isArray(value) && !value.length),
      );
      if (v !== undefined) out[key] = v;
    }
    if (!out.owners) out.owners = [];
    return out as Investment;
  });
}

/** Every key of items matched by id, each merged as a field (a conflict when two files differ). */
function mergeById<T extends { id: string }>(
  m: Merger,
  inputs: MergeInput[],
  label: string,
  list: (r: Review) => T[] | undefined,
  path: (i: number) => YamlPath,
): T[] {
  return byId(inputs, list, path).map(({ id, items }) => {
    const out: Record<string, unknown> = { id };
    const keys = [...new Set(items.flatMap((x) => Object.keys(x.item)))].filter((k) => k !== 'id');
    for (const key of keys) {
      const v = m.field(
        `${label}[${id}].${key}`,
        items.map((x) => ({ value: (x.item as Record<string, unknown>)[key], input: x.input, path: [...x.path, key] })),
        (value) => empty(value) || (Array.isArray(value) && !value.length),
      );
      if (v !== undefined) out[key] = v;
    }
    return out as T;
  });
}

function mergeWaivers(m: Merger, inputs: MergeInput[]): Waiver[] {
  const waivers: Waiver[] = [];
  const waiverSeen = new Map<string, Seen[]>();
  for (const input of inputs) {
    input.review.waivers.forEach((w, i) => {
      const key = `${w.rule} ${w.target}`;
      const seen = waiverSeen.get(key);
      if (seen) seen.push({ value: w, input, path: ['waivers', i] });
      else waiverSeen.set(key, [{ value: w, input, path: ['waivers', i] }]);
    });
  }
  for (const [key, seen] of waiverSeen) {
    const w = m.field<Waiver>(`waivers[${key.replace(' ', ' for ')}]`, seen);
    if (w) waivers.push(w);
  }
  return waivers;
}

type Notes = Question['notes'];

/**
 * Notes from several files: texts joined, each side's evidence kept per side (a side's own file
 * is where its evidence comes from, so two sides never collide; the same side twice is joined).
 */
function mergeNotes(all: Notes[]): Notes | undefined {
  const given = all.filter((n): n is NonNullable<Notes> => n !== null && n !== undefined && (typeof n !== 'string' || n.trim() !== ''));
  if (!given.length) return undefined;
  if (given.every((n) => typeof n === 'string')) return [...new Set(given.map((n) => (n as string).trim()))].join(' / ');
  const out: Record<string, string> = {};
  for (const n of given) {
    const sides: Record<string, string | undefined> = typeof n === 'string' ? { ceo: n } : n;
    for (const [side, text] of Object.entries(sides)) {
      if (!text?.trim()) continue;
      out[side] = out[side] && out[side] !== text.trim() ? `${out[side]} / ${text.trim()}` : text.trim();
    }
  }
  return out;
}

export function describeConflict(c: Conflict): string {
  return `${c.field}: ${c.sides.map((s) => `\`${s.value}\` in ${s.file}:${s.line}:${s.column}`).join(', ')}`;
}

/** One conflict as one located problem: at the first file's place, naming every other side. */
export function conflictProblem(c: Conflict): { file: string; line: number; column: number; message: string } {
  const first = present(c.sides[0], `the first side of the conflict on ${c.field}`);
  const others = c.sides.slice(1);
  return {
    file: first.file,
    line: first.line,
    column: first.column,
    message: `conflict on ${c.field}: \`${first.value}\` here, ${others.map((s) => `\`${s.value}\` in ${s.file}:${s.line}:${s.column}`).join(', ')}`,
  };
}
