/**
 * From a {@link Shape} to JavaScript that validates it: one function per part of the shape (a part
 * used twice is written once), each returning the value zod's parse would return, or REFUSED. zod's
 * rules, as its parse applies them: strings (trim, lengths, regex, named refinement, in order),
 * numbers (finite, safe integers, bounds), enums and literals, optional/nullable/default (a fresh
 * default each time), arrays, objects (an unknown key refuses a strict one, a catchall parses it;
 * the shape's keys first, in its order, then the others in the input's) with each field kept or
 * left out as zod's handlePropertyResult does, records (plain objects, own enumerable keys,
 * __proto__ skipped) and unions (the first option that accepts).
 *
 * Used by `npm run docs` to write review-validate.ts, and by the tests; never by the CLI itself.
 */
import type { Field, Shape } from './shape.js';

const HEADER = `/**
 * The review file's validator, generated from the zod schema (schema-zod.ts, strict) by \`npm run
 * docs\` through shape-from-zod.ts and shape-codegen.ts: do not edit. test/core/fast-validate.test.ts
 * fails while it is stale, and holds it to zod.
 */
/* eslint-disable */
// @ts-nocheck
`;

const q = (s: string) => JSON.stringify(s);

function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return JSON.stringify(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  throw new Error(`shape-codegen: cannot write ${String(value)} as a literal`);
}

/** A field as zod's handlePropertyResult keeps it: `p` is the field's part, `v` the input, `o` the output. */
function fieldCode(f: Field, p: string): string {
  const k = q(f.key);
  if (f.optin === undefined) return `if (!(${k} in v)) return R; r = ${p}(v[${k}]); if (r === R) return R; o[${k}] = r;`;
  if (f.optin === 'optional' && f.optout === 'optional') return `if (${k} in v) { r = ${p}(v[${k}]); if (r === R) return R; o[${k}] = r; }`;
  if (f.optin === 'defaulted' && f.optout === undefined) return `r = ${p}(v[${k}]); if (r === R) return R; o[${k}] = r;`;
  // Any other pair (a default inside an optional...), with handlePropertyResult's every test.
  const optionalOut = f.optout === 'optional';
  const refused = f.optin !== undefined && optionalOut ? 'if (present) return R;' : 'return R;';
  const keepUndefined = f.optin === 'defaulted' && !optionalOut ? 'true' : 'present';
  return `present = ${k} in v; r = ${p}(v[${k}]); if (r === R) { ${refused} } else { if (r !== undefined) o[${k}] = r; else if (${keepUndefined}) o[${k}] = undefined; }`;
}

function stringCode(node: Extract<Shape, { type: 'string' }>, regex: (re: RegExp) => string): string {
  const lines = ['if (typeof v !== "string") return R;'];
  for (const c of node.checks) {
    if (c[0] === 'trim') lines.push('v = v.trim();');
    else if (c[0] === 'min') lines.push(`if (v.length < ${c[1]}) return R;`);
    else if (c[0] === 'max') lines.push(`if (v.length > ${c[1]}) return R;`);
    else if (c[0] === 'regex') {
      const re = regex(c[1]);
      if (c[1].global || c[1].sticky) lines.push(`${re}.lastIndex = 0;`);
      lines.push(`if (!${re}.test(v)) return R;`);
    } else lines.push(`if (!REFINEMENTS[${q(String(c[1]))}](v)) return R;`);
  }
  return `${lines.join('\n')}\nreturn v;`;
}

const COMPARE = { gte: '>=', lte: '<=', gt: '>', lt: '<' } as const;

function numberCode(node: Extract<Shape, { type: 'number' }>): string {
  const lines = ['if (typeof v !== "number" || !Number.isFinite(v)) return R;'];
  for (const c of node.checks)
    lines.push(c[0] === 'safeint' ? 'if (!Number.isSafeInteger(v)) return R;' : `if (!(v ${COMPARE[c[0]]} ${literal(c[1])})) return R;`);
  return `${lines.join('\n')}\nreturn v;`;
}

function objectCode(node: Extract<Shape, { type: 'object' }>, part: (s: Shape) => string): string {
  const parts = node.fields.map((f) => part(f.shape));
  const cases = node.fields.map((f) => `case ${q(f.key)}:`).join(' ');
  const fields = node.fields.map((f, i) => fieldCode(f, parts[i] as string)).join('\n');
  const lines = ['if (typeof v !== "object" || v === null || Array.isArray(v)) return R;'];
  // Strict: an unknown key refuses the value before its fields are read.
  if (node.rest === 'never') lines.push(`for (const k in v) switch (k) { ${cases} break; default: return R; }`);
  lines.push('const o = {};', 'let r, present;', fields);
  if (typeof node.rest === 'object') {
    const rest = part(node.rest);
    lines.push(
      `for (const k in v) { switch (k) { ${cases} case "__proto__": continue; } r = ${rest}(v[k]); if (r === R) return R; o[k] = r; }`,
    );
  }
  lines.push('return o;');
  return lines.join('\n');
}

function recordCode(key: string, value: string): string {
  // Own enumerable keys in zod's order: Object.keys gives exactly those when there is no symbol key.
  return `if (!isPlainObject(v)) return R;
const o = {};
const symbols = Object.getOwnPropertySymbols(v).length > 0;
for (const key of symbols ? Reflect.ownKeys(v) : Object.keys(v)) {
  if (key === "__proto__" || (symbols && !Object.prototype.propertyIsEnumerable.call(v, key))) continue;
  let k = ${key}(key);
  if (k === R && typeof key === "string" && NUMBER_KEY.test(key)) k = ${key}(Number(key));
  if (k === R) return R;
  if (k === "__proto__") continue;
  const r = ${value}(v[key]);
  if (r === R) return R;
  o[k] = r;
}
return o;`;
}

/**
 * The validator's functions for `shape`, and the name of the one that validates the whole: each
 * takes a value and returns what zod returns for it, or `R` (REFUSED). They expect `R`,
 * `REFINEMENTS`, `isPlainObject` and `NUMBER_KEY` (shape.ts) in scope.
 */
export function validatorCode(shape: Shape): { declarations: string; root: string } {
  const names = new Map<Shape, string>();
  const regexes = new Map<string, string>();
  const consts: string[] = [];
  const functions: string[] = [];
  const regex = (re: RegExp) => {
    const text = String(re);
    let name = regexes.get(text);
    if (!name) {
      name = `re${regexes.size}`;
      regexes.set(text, name);
      consts.push(`const ${name} = ${text};`);
    }
    return name;
  };
  const part = (node: Shape): string => {
    const known = names.get(node);
    if (known) return known;
    const name = `p${names.size}`;
    names.set(node, name);
    functions.push(`function ${name}(v) {\n${body(node)}\n}`);
    return name;
  };
  const body = (node: Shape): string => {
    switch (node.type) {
      case 'string':
        return stringCode(node, regex);
      case 'number':
        return numberCode(node);
      case 'boolean':
        return 'return typeof v === "boolean" ? v : R;';
      case 'enum':
      case 'literal':
        return `return ${node.values.map((x) => (typeof x === 'number' && Number.isNaN(x) ? 'Number.isNaN(v)' : `v === ${literal(x)}`)).join(' || ') || 'false'} ? v : R;`;
      case 'optional': {
        const inner = part(node.of);
        if (!node.defaulted) return `return v === undefined ? undefined : ${inner}(v);`;
        return `if (v !== undefined) return ${inner}(v);\nconst r = ${inner}(v);\nreturn r === R ? undefined : r;`;
      }
      case 'nullable':
        return `return v === null ? null : ${part(node.of)}(v);`;
      case 'default': {
        const inner = part(node.of);
        const fresh = literal(node.value);
        return `if (v === undefined) return ${fresh};\nconst r = ${inner}(v);\nreturn r === undefined ? ${fresh} : r;`;
      }
      case 'array': {
        const element = part(node.of);
        return `if (!Array.isArray(v)) return R;\nconst o = new Array(v.length);\nfor (let i = 0; i < v.length; i++) {\n  const r = ${element}(v[i]);\n  if (r === R) return R;\n  o[i] = r;\n}\nreturn o;`;
      }
      case 'object':
        return objectCode(node, part);
      case 'record':
        return recordCode(part(node.key), part(node.value));
      case 'union': {
        const options = node.of.map(part);
        return `let r;\n${options.map((o) => `if ((r = ${o}(v)) !== R) return r;`).join('\n')}\nreturn R;`;
      }
    }
  };
  const root = part(shape);
  return { declarations: [...consts, ...functions].join('\n\n'), root };
}

/** review-validate.ts: the validator for `shape`, exported as `parseReview`. */
export function validatorModule(shape: Shape): string {
  const { declarations, root } = validatorCode(shape);
  return `${HEADER}import { NUMBER_KEY, REFINEMENTS, REFUSED as R, isPlainObject } from './shape.js';

${declarations}

/** What zod's strict parse of a review returns for \`value\`, or undefined where zod refuses it. */
export function parseReview(value: unknown): { value: unknown } | undefined {
  const r = ${root}(value);
  return r === R ? undefined : { value: r };
}
`;
}
