/**
 * From zod's schema definitions (`_zod.def`) to a {@link Shape}, which shape-codegen.ts turns into
 * the validator `npm run docs` writes (review-validate.ts). Used at docs time and by the tests,
 * never by the CLI. Whatever the walk does not know stops it with an error naming it, so
 * a schema that grows a feature the interpreter (shape.ts) lacks cannot be described wrongly.
 */
import { REFINEMENTS, type Field, type NumberCheck, type OptIn, type RefinementName, type Shape, type StringCheck } from './shape.js';

/** The parts of zod's definitions this walk reads. */
interface ZodNode {
  _zod: { def: ZodDef; optin?: string; optout?: string };
}
interface ZodDef {
  type: string;
  checks?: { _zod: { def: ZodCheckDef } }[];
  coerce?: boolean;
  innerType?: ZodNode;
  defaultValue?: unknown;
  element?: ZodNode;
  shape?: Record<string, ZodNode>;
  catchall?: ZodNode;
  keyType?: ZodNode;
  valueType?: ZodNode;
  mode?: string;
  options?: ZodNode[];
  inclusive?: boolean;
  entries?: Record<string, string | number>;
  values?: unknown[];
}
interface ZodCheckDef {
  check: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  pattern?: RegExp;
  tx?: (s: string) => unknown;
  fn?: unknown;
  abort?: boolean;
  when?: unknown;
}

function unknownPart(what: string): never {
  throw new Error(`describeSchema: the fast validator does not know ${what}; teach src/core/shape.ts first`);
}

function isTrim(tx: (s: string) => unknown): boolean {
  return tx(' \t\u00a0a b\u2028 ') === 'a b' && tx('aB') === 'aB';
}

function stringChecks(def: ZodDef): StringCheck[] {
  return (def.checks ?? []).map((c): StringCheck => {
    const d = c._zod.def;
    if (d.check === 'overwrite' && d.tx && isTrim(d.tx)) return ['trim'];
    if (d.check === 'min_length' && typeof d.minimum === 'number') return ['min', d.minimum];
    if (d.check === 'max_length' && typeof d.maximum === 'number') return ['max', d.maximum];
    if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp) return ['regex', d.pattern];
    if (d.check === 'custom') {
      const name = (Object.keys(REFINEMENTS) as RefinementName[]).find((n) => REFINEMENTS[n] === d.fn);
      if (name) return ['refine', name];
    }
    return unknownPart(`the string check ${d.check}${d.format ? ` (${d.format})` : ''}`);
  });
}

function numberChecks(def: ZodDef): NumberCheck[] {
  return (def.checks ?? []).map((c): NumberCheck => {
    const d = c._zod.def;
    if (d.check === 'number_format' && d.format === 'safeint') return ['safeint'];
    if ((d.check === 'greater_than' || d.check === 'less_than') && typeof d.value === 'number') {
      const low = d.check === 'greater_than';
      return [d.inclusive ? (low ? 'gte' : 'lte') : low ? 'gt' : 'lt', d.value];
    }
    return unknownPart(`the number check ${d.check}${d.format ? ` (${d.format})` : ''}`);
  });
}

const optin = (n: ZodNode): OptIn | undefined => {
  const o = n._zod.optin;
  return o === 'optional' || o === 'defaulted' ? o : o === undefined ? undefined : unknownPart(`optin ${o}`);
};

/** Stops at what a def holds that the validator would otherwise silently ignore. */
function refuseUnknown(def: ZodDef): void {
  const extra = def as { check?: string; format?: string; discriminator?: string; inclusive?: boolean; mode?: string };
  if (def.coerce) unknownPart('coercion');
  // A format schema (z.email(), z.int()...) is a check of its own, on the def itself.
  if (extra.check) unknownPart(`the ${def.type} format ${extra.format}`);
  if (extra.discriminator) unknownPart('a discriminated union');
  if (def.type === 'union' && extra.inclusive === false) unknownPart('an exclusive union');
  if (def.type === 'record' && extra.mode && extra.mode !== 'strict') unknownPart(`a ${extra.mode} record`);
  if (def.type !== 'string' && def.type !== 'number' && def.checks?.length) unknownPart(`checks on a ${def.type}`);
}

type Walk = (node: ZodNode) => Shape;

function objectShape(def: ZodDef, walk: Walk): Shape {
  const fields = Object.entries(def.shape ?? {}).map(([key, n]): Field => {
    const o = optin(n);
    const out = n._zod.optout;
    if (out !== undefined && out !== 'optional') unknownPart(`optout ${out}`);
    return { key, shape: walk(n), ...(o ? { optin: o } : {}), ...(out ? { optout: out } : {}) };
  });
  if (Object.getOwnPropertySymbols(def.shape ?? {}).length) unknownPart('symbol keys');
  if (Object.hasOwn(def.shape ?? {}, '__proto__')) unknownPart('a __proto__ key');
  const catchall = def.catchall;
  if (!catchall) return { type: 'object', fields, rest: 'strip' };
  if (catchall._zod.def.type === 'never') return { type: 'object', fields, rest: 'never' };
  if (optin(catchall) || catchall._zod.optout) unknownPart('an optional catchall');
  return { type: 'object', fields, rest: walk(catchall) };
}

function recordShape(def: ZodDef, walk: Walk): Shape {
  if (!def.keyType || !def.valueType) return unknownPart('a record without its keys or values');
  if (def.keyType._zod.def.type !== 'string') unknownPart('a record whose keys are not strings');
  return { type: 'record', key: walk(def.keyType), value: walk(def.valueType) };
}

function wrapperShape(def: ZodDef, walk: Walk): Shape {
  if (!def.innerType) return unknownPart(`a ${def.type} without its inner schema`);
  const of = walk(def.innerType);
  if (def.type === 'nullable') return { type: 'nullable', of };
  if (def.type === 'optional')
    return optin(def.innerType) === 'defaulted' ? { type: 'optional', of, defaulted: true } : { type: 'optional', of };
  const value = def.defaultValue;
  if (value !== null && typeof value === 'object' && !(Array.isArray(value) && value.length === 0))
    unknownPart('a default other than a primitive or []');
  return { type: 'default', of, value };
}

/**
 * The shape of a zod schema. A zod schema used in two places gives one shape object used in both,
 * so the generated validator has one function for it.
 */
export function describeSchema(schema: unknown): Shape {
  const seen = new Map<ZodNode, Shape>();
  const walk = (node: ZodNode): Shape => {
    const known = seen.get(node);
    if (known) return known;
    const shape = describe(node);
    seen.set(node, shape);
    return shape;
  };
  const describe = (node: ZodNode): Shape => {
    const def = node._zod.def;
    refuseUnknown(def);
    switch (def.type) {
      case 'string':
        return { type: 'string', checks: stringChecks(def) };
      case 'number':
        return { type: 'number', checks: numberChecks(def) };
      case 'boolean':
        return { type: 'boolean' };
      case 'enum':
        return { type: 'enum', values: Object.values(def.entries ?? {}) };
      case 'literal':
        return { type: 'literal', values: (def.values ?? []) as (string | number | boolean | null)[] };
      case 'optional':
      case 'nullable':
      case 'default':
        return wrapperShape(def, walk);
      case 'array':
        return { type: 'array', of: walk(def.element ?? unknownPart('an array without its element')) };
      case 'object':
        return objectShape(def, walk);
      case 'record':
        return recordShape(def, walk);
      case 'union':
        return { type: 'union', of: (def.options ?? []).map(walk) };
      default:
        return unknownPart(`zod's ${def.type}`);
    }
  };
  return walk(schema as ZodNode);
}
