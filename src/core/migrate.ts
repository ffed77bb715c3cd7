/**
 * From schemaVersion 1 to 2. Two forms of the same step: on a parsed value (every command reads a
 * version 1 file this way, in memory) and on the YAML text (`review migrate`), which keeps every
 * comment, the key order and the layout, and changes only what version 2 changes.
 *
 * What changes: `schemaVersion` becomes 2, and success criteria written as plain text become
 * `{ id, text, status: open }` with an id made from the text. Nothing is invented: a waiver gets
 * no `approved` date (waiver-too-long then asks for one), ratings and claims stay as they are.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Scalar, type YAMLMap } from 'yaml';
import { CRITERION_OWNERS } from './schema.js';
import { cutText, slugify } from './text.js';

/** Ids for a list of criterion texts, unique within the list: `uptime`, `uptime-2`. */
export function criterionIds(texts: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set(taken);
  return texts.map((t) => {
    const base = slugify(t);
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${cutText(base, 60)}-${n}`;
    used.add(candidate);
    return candidate;
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A version 1 review, parsed, as version 2. Returns a new value (or `value` itself, changed, with
 * `inPlace`); anything it does not recognise is left for validation to report.
 */
export function migrateValue(value: Record<string, unknown>, { inPlace = false } = {}): Record<string, unknown> {
  // In place for a value its caller owns and drops (a file just parsed): copying a mapping of
  // 80,000 unknown keys only to report them costs more than all the rules.
  const out: Record<string, unknown> = inPlace ? value : { ...value };
  out.schemaVersion = 2;
  const criteria = value.successCriteria;
  if (isRecord(criteria)) {
    const migrated: Record<string, unknown> = { ...criteria };
    for (const who of CRITERION_OWNERS) {
      const list = criteria[who];
      if (!Array.isArray(list)) continue;
      const taken = list
        .filter(isRecord)
        .map((c) => c.id)
        .filter((x): x is string => typeof x === 'string');
      const ids = criterionIds(
        list.map((c) => (typeof c === 'string' ? c : '')),
        taken,
      );
      migrated[who] = list.map((c, i) => (typeof c === 'string' ? { id: ids[i], text: c.trim(), status: 'open' } : c));
    }
    out.successCriteria = migrated;
  }
  return out;
}

export interface MigratedText {
  /** The text as version 2 (the input itself when nothing had to change). */
  text: string;
  from: number;
  changed: boolean;
  /** What was done, for the user: "schemaVersion 1 → 2", "3 success criteria given ids". */
  steps: string[];
}

/** A small flow map on one line, quoted only where YAML needs it: `{ id: uptime, text: Uptime, status: open }`. */
function flowMap(value: Record<string, unknown>): string {
  return stringify(value, { collectionStyle: 'flow', flowCollectionPadding: true, lineWidth: 0 }).trimEnd();
}

/**
 * Rewrite a version 1 file's text as version 2 by changing only the bytes version 2 changes: the
 * `schemaVersion` value, and each success criterion written as text. Everything else (comments,
 * their alignment, key order, quoting, blank lines) stays byte for byte, so `git diff` shows only
 * the migration. A version 2 file comes back unchanged, so running it twice changes nothing.
 * The caller has already checked that the text is a valid review.
 */
export function migrateText(source: string): MigratedText {
  const doc = parseDocument(source);
  const root = doc.contents;
  if (!isMap(root)) return { text: source, from: 0, changed: false, steps: [] };
  const map = root as YAMLMap<unknown, unknown>;
  const versionNode = map.get('schemaVersion', true) as Scalar | undefined;
  const from = Number(versionNode?.value);
  if (from !== 1 || !versionNode?.range) return { text: source, from, changed: false, steps: [] };
  const edits: { start: number; end: number; text: string }[] = [{ start: versionNode.range[0], end: versionNode.range[1], text: '2' }];
  const steps: string[] = ['schemaVersion 1 → 2'];
  const criteria = map.get('successCriteria', true);
  let given = 0;
  if (isMap(criteria)) {
    for (const pair of (criteria as YAMLMap<unknown, unknown>).items) {
      const who = isScalar(pair.key) ? String(pair.key.value) : '';
      const list = pair.value;
      if (!(CRITERION_OWNERS as readonly string[]).includes(who) || !isSeq(list) || !list.range) continue;
      const texts = list.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : ''));
      const taken = list.items.filter((item) => isMap(item)).map((m) => String((m as YAMLMap).get('id') ?? ''));
      const ids = criterionIds(texts, taken);
      const rendered = list.items.map((item, i) =>
        isScalar(item) && typeof item.value === 'string' ? flowMap({ id: ids[i], text: item.value.trim(), status: 'open' }) : null,
      );
      given += rendered.filter((r) => r !== null).length;
      if (list.flow) {
        // `cio: [A, B]` becomes a block list under the key, one small map per line.
        const keyStart = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : list.range[0];
        const indent = ' '.repeat(keyStart - (source.lastIndexOf('\n', keyStart - 1) + 1) + 2);
        const lines = list.items.map((item, i) => {
          const range = (item as { range?: [number, number, number] }).range;
          return `${indent}- ${rendered[i] ?? source.slice(range?.[0] ?? 0, range?.[1] ?? 0)}`;
        });
        let start = list.range[0];
        while (lines.length && start > 0 && source[start - 1] === ' ') start--;
        edits.push({ start, end: list.range[1], text: lines.length ? `\n${lines.join('\n')}` : '[]' });
      } else {
        list.items.forEach((item, i) => {
          const text = rendered[i];
          if (text !== null && text !== undefined && isScalar(item) && item.range)
            edits.push({ start: item.range[0], end: item.range[1], text });
        });
      }
    }
  }
  if (given) steps.push(`${given} success criteri${given === 1 ? 'on' : 'a'} given an id and status open`);
  let text = source;
  for (const e of edits.sort((x, y) => y.start - x.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, from, changed: true, steps };
}
