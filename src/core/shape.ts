/**
 * The review schema as plain data, and a validator compiled from it that needs no zod.
 *
 * shape-from-zod.ts walks a zod schema's definitions into a {@link Shape}; `npm run docs` writes the
 * review schema's shape to review-shape.ts (test/core/fast-validate.test.ts fails while that file
 * is stale). `compileShape` turns a shape into closures, once, that return exactly what zod's parse
 * returns for a value zod accepts (same values, same key order) and refuse, without saying why,
 * every value zod refuses.
 */
import { isCalendarDate } from './schema.js';

/** The refinements a shape may name; the zod schema passes these same functions to `.refine`. */
export const REFINEMENTS = { calendarDate: isCalendarDate } as const;
export type RefinementName = keyof typeof REFINEMENTS;

export type StringCheck =
  readonly ['trim'] | readonly ['min' | 'max', number] | readonly ['regex', RegExp] | readonly ['refine', RefinementName];
/** `safeint`: a whole number between ±(2^53 - 1); `gte`, `lte`, `gt`, `lt`: bounds. */
export type NumberCheck = readonly ['safeint'] | readonly ['gte' | 'lte' | 'gt' | 'lt', number];
/** zod's `optin` / `optout` of an object's field: may the key be absent, and may it come out absent. */
export type OptIn = 'optional' | 'defaulted';

export interface Field {
  key: string;
  shape: Shape;
  optin?: OptIn;
  optout?: 'optional';
}

export type Shape =
  | { type: 'string'; checks: readonly StringCheck[] }
  | { type: 'number'; checks: readonly NumberCheck[] }
  | { type: 'boolean' }
  | { type: 'enum' | 'literal'; values: readonly (string | number | boolean | null)[] }
  /** `defaulted`: the inner schema fills in a missing value (zod's optin of the inner schema). */
  | { type: 'optional'; of: Shape; defaulted?: true }
  | { type: 'nullable'; of: Shape }
  | { type: 'default'; of: Shape; value: unknown }
  | { type: 'array'; of: Shape }
  /** `rest`: `never` refuses unknown keys (strict), `strip` drops them, a shape parses them (catchall). */
  | { type: 'object'; fields: readonly Field[]; rest: Shape | 'never' | 'strip' }
  | { type: 'record'; key: Shape; value: Shape }
  | { type: 'union'; of: readonly Shape[] };

// ---------------------------------------------------------------------------------------------
// From a shape to a validator, with no zod

/** What a compiled part returns for a value it refuses. */
const REFUSED: unique symbol = Symbol('refused');
type Part = (value: unknown) => unknown;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's isPlainObject: what a record accepts. */
function isPlainObject(o: unknown): o is Record<PropertyKey, unknown> {
  if (!isObject(o)) return false;
  const ctor = o.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prot: unknown = ctor.prototype;
  return isObject(prot) && Object.prototype.hasOwnProperty.call(prot, 'isPrototypeOf');
}

/** zod's test for a record key that reads as a number (tried again as one when it fails as text). */
const NUMBER_KEY = /^-?\d+(?:\.\d+)?$/;

/** A fresh copy of a default, as zod makes one for each value it fills in. */
function freshDefault(value: unknown): unknown {
  return Array.isArray(value) ? [...(value as unknown[])] : isObject(value) ? { ...value } : value;
}

function stringPart(checks: readonly StringCheck[]): Part {
  return (v) => {
    if (typeof v !== 'string') return REFUSED;
    let s = v;
    for (const c of checks) {
      switch (c[0]) {
        case 'trim':
          s = s.trim();
          break;
        case 'min':
          if (s.length < c[1]) return REFUSED;
          break;
        case 'max':
          if (s.length > c[1]) return REFUSED;
          break;
        case 'regex':
          c[1].lastIndex = 0;
          if (!c[1].test(s)) return REFUSED;
          break;
        case 'refine':
          if (!REFINEMENTS[c[1]](s)) return REFUSED;
          break;
      }
    }
    return s;
  };
}

function numberPart(checks: readonly NumberCheck[]): Part {
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return REFUSED;
    for (const c of checks) {
      const ok =
        c[0] === 'safeint'
          ? Number.isSafeInteger(v)
          : c[0] === 'gte'
            ? v >= c[1]
            : c[0] === 'lte'
              ? v <= c[1]
              : c[0] === 'gt'
                ? v > c[1]
                : v < c[1];
      if (!ok) return REFUSED;
    }
    return v;
  };
}

/** zod's handlePropertyResult: whether and what a field puts in the output. */
function fieldPart(field: Field, part: Part): (input: Record<string, unknown>, out: Record<string, unknown>) => boolean {
  const { key, optin, optout } = field;
  const optionalOut = optout === 'optional';
  return (input, out) => {
    const present = key in input;
    if (!present && optionalOut && optin === 'optional') return true;
    const r = part(input[key]);
    if (r === REFUSED) return !present && optin !== undefined && optionalOut;
    if (!present && optin === undefined) return false;
    if (r === undefined) {
      if (present || (optin === 'defaulted' && !optionalOut)) out[key] = undefined;
    } else out[key] = r;
    return true;
  };
}

function objectPart(node: Extract<Shape, { type: 'object' }>, compile: (s: Shape) => Part): Part {
  const fields = node.fields.map((f) => fieldPart(f, compile(f.shape)));
  const keys = new Set(node.fields.map((f) => f.key));
  const rest = node.rest;
  const restPart = typeof rest === 'object' ? compile(rest) : undefined;
  // Strict: an unknown key refuses the value before its fields are read (a file of 80,000 unknown
  // keys is refused at the first, not after the whole review).
  if (rest === 'never')
    return (v) => {
      if (!isObject(v)) return REFUSED;
      for (const key in v) if (!keys.has(key)) return REFUSED;
      const out: Record<string, unknown> = {};
      for (const field of fields) if (!field(v, out)) return REFUSED;
      return out;
    };
  return (v) => {
    if (!isObject(v)) return REFUSED;
    const out: Record<string, unknown> = {};
    for (const field of fields) if (!field(v, out)) return REFUSED;
    if (rest === 'strip') return out;
    for (const key in v) {
      if (keys.has(key) || key === '__proto__') continue;
      const r = (restPart as Part)(v[key]);
      if (r === REFUSED) return REFUSED;
      out[key] = r;
    }
    return out;
  };
}

function recordPart(keyPart: Part, valuePart: Part): Part {
  return (v) => {
    if (!isPlainObject(v)) return REFUSED;
    const out: Record<PropertyKey, unknown> = {};
    for (const key of Reflect.ownKeys(v)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
      let k = keyPart(key);
      if (k === REFUSED && typeof key === 'string' && NUMBER_KEY.test(key)) k = keyPart(Number(key));
      if (k === REFUSED) return REFUSED;
      if (k === '__proto__') continue;
      const r = valuePart(v[key]);
      if (r === REFUSED) return REFUSED;
      out[k as PropertyKey] = r;
    }
    return out;
  };
}

/**
 * A validator for `shape`: the value zod's parse would return, or undefined when zod would refuse
 * the value. Each part of the shape is compiled once, however often it is used.
 */
export function compileShape(shape: Shape): (value: unknown) => { value: unknown } | undefined {
  const parts = new Map<Shape, Part>();
  const compile = (node: Shape): Part => {
    // A shape has no cycles (describeSchema knows no z.lazy), so a part is built before it is used.
    const known = parts.get(node);
    if (known) return known;
    const part = build(node);
    parts.set(node, part);
    return part;
  };
  const build = (node: Shape): Part => {
    switch (node.type) {
      case 'string':
        return stringPart(node.checks);
      case 'number':
        return numberPart(node.checks);
      case 'boolean':
        return (v) => (typeof v === 'boolean' ? v : REFUSED);
      case 'enum':
      case 'literal': {
        const values = new Set<unknown>(node.values);
        return (v) => (values.has(v) ? v : REFUSED);
      }
      case 'optional': {
        const inner = compile(node.of);
        if (!node.defaulted) return (v) => (v === undefined ? undefined : inner(v));
        return (v) => {
          if (v !== undefined) return inner(v);
          const r = inner(v);
          return r === REFUSED ? undefined : r;
        };
      }
      case 'nullable': {
        const inner = compile(node.of);
        return (v) => (v === null ? null : inner(v));
      }
      case 'default': {
        const inner = compile(node.of);
        const value = node.value;
        return (v) => {
          if (v === undefined) return freshDefault(value);
          const r = inner(v);
          return r === undefined ? freshDefault(value) : r;
        };
      }
      case 'array': {
        const element = compile(node.of);
        return (v) => {
          if (!Array.isArray(v)) return REFUSED;
          const out = new Array<unknown>(v.length);
          for (let i = 0; i < v.length; i++) {
            const r = element(v[i]);
            if (r === REFUSED) return REFUSED;
            out[i] = r;
          }
          return out;
        };
      }
      case 'object':
        return objectPart(node, compile);
      case 'record':
        return recordPart(compile(node.key), compile(node.value));
      case 'union': {
        const options = node.of.map(compile);
        return (v) => {
          for (const option of options) {
            const r = option(v);
            if (r !== REFUSED) return r;
          }
          return REFUSED;
        };
      }
    }
  };
  const root = compile(shape);
  return (value) => {
    const r = root(value);
    return r === REFUSED ? undefined : { value: r };
  };
}
