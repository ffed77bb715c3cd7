/**
 * The review schema as plain data ({@link Shape}), and what the validator generated from it needs
 * at run time, without zod.
 *
 * shape-from-zod.ts walks a zod schema's definitions into a shape; shape-codegen.ts turns a shape
 * into JavaScript, and `npm run docs` writes the review schema's validator to review-validate.ts
 * (test/core/fast-validate.test.ts fails while that file is stale). The validator returns exactly
 * what zod's parse returns for a value zod accepts (same values, same key order) and refuses,
 * without saying why, every value zod refuses.
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
// What the generated validator (review-validate.ts, written by shape-codegen.ts) uses at run time

/** What a part of the generated validator returns for a value it refuses. */
export const REFUSED: unique symbol = Symbol('refused');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's isPlainObject: what a record accepts. */
export function isPlainObject(o: unknown): o is Record<PropertyKey, unknown> {
  if (!isObject(o)) return false;
  const ctor = o.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prot: unknown = ctor.prototype;
  return isObject(prot) && Object.prototype.hasOwnProperty.call(prot, 'isPrototypeOf');
}

/** zod's test for a record key that reads as a number (tried again as one when it fails as text). */
export const NUMBER_KEY = /^-?\d+(?:\.\d+)?$/;
