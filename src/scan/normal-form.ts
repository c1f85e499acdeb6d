import type { z } from 'zod';
import { AssetSchema, FactsSchema, type Asset } from '../model/index.js';

/**
 * A cheaper path for assets that are already, or nearly, what AssetSchema would make of them:
 * every key one of the schema's, no default left to fill, every value a string, number or boolean
 * that its field's schema accepts unchanged (tags: strings), or an array of such values. Such an
 * input is the parse's output (returned as is) or differs from it only in key order and in fresh
 * arrays (returned as a copy in the schema's order, as the parse would build it). Anything else (an
 * unknown key, a missing default, an object, a raw record, an invalid value) answers undefined: the
 * merge then runs AssetSchema.parse, which gives the same result or the same error as before.
 */
export function normalAsset(input: unknown): Asset | undefined {
  const asset = normaliseAsset(input);
  return asset === NOT_NORMAL ? undefined : (asset as Asset);
}

/** What a normaliser answers when only the schema's parse can tell. */
const NOT_NORMAL = Symbol('not normal');
type Normaliser = (value: unknown) => unknown;

/** Distinct values remembered per field: enough for kinds, regions and flags, bounded for ids and names. */
const REMEMBERED_VALUES = 512;

/** The schema inside `.optional()`: what parses a value that is present. */
function present(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'optional' ? def.innerType! : schema;
}

/**
 * The least length of a string the schema parses to itself, when it is a plain string schema whose
 * only checks are minimum lengths (ids, names, accounts); undefined for any other schema. Ids and
 * names are all different, so no remembered answer would spare the parse: this rule does.
 */
function minimumLength(schema: z.ZodType): number | undefined {
  const def = present(schema)._zod.def as { type: string; coerce?: boolean; checks?: { _zod: { def: { check: string; minimum?: number } } }[] };
  if (def.type !== 'string' || def.coerce) return undefined;
  let least = 0;
  for (const check of def.checks ?? []) {
    const { check: name, minimum } = check._zod.def;
    if (name !== 'min_length' || typeof minimum !== 'number') return undefined;
    least = Math.max(least, minimum);
  }
  return least;
}

/** A string, number or boolean the field's schema parses to itself; answers remembered per value. */
function primitiveNormaliser(schema: z.ZodType): Normaliser {
  const answers = new Map<unknown, boolean>();
  const parsesToItself = (value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success && parsed.data === value;
  };
  // Most facts are flags: two answers, no lookup.
  const acceptsTrue = parsesToItself(true);
  const acceptsFalse = parsesToItself(false);
  const least = minimumLength(schema);
  return (value) => {
    if (value === true) return acceptsTrue ? value : NOT_NORMAL;
    if (value === false) return acceptsFalse ? value : NOT_NORMAL;
    const type = typeof value;
    if (type === 'string' && least !== undefined) return (value as string).length >= least ? value : NOT_NORMAL;
    if (type !== 'string' && type !== 'number') return NOT_NORMAL;
    let accepted = answers.get(value);
    if (accepted === undefined) {
      accepted = parsesToItself(value);
      if (answers.size < REMEMBERED_VALUES) answers.set(value, accepted);
    }
    return accepted ? value : NOT_NORMAL;
  };
}

/** An array each of whose elements is normal: a copy, since the parse returns a new array too. */
function arrayNormaliser(element: Normaliser): Normaliser {
  return (value) => {
    if (!Array.isArray(value)) return NOT_NORMAL;
    const copy: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = element(value[i]);
      if (item === NOT_NORMAL) return NOT_NORMAL;
      copy.push(item);
    }
    return copy;
  };
}

/** A field's normaliser: arrays (of checks-free array schemas) element by element, else as a primitive. */
function fieldNormaliser(schema: z.ZodType): Normaliser {
  const def = present(schema)._zod.def as { type: string; element?: z.ZodType; checks?: unknown[] };
  if (def.type === 'array' && !def.checks?.length) return arrayNormaliser(fieldNormaliser(def.element!));
  return primitiveNormaliser(schema);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A key may be left out only when the schema leaves it out too (optional, no default). */
function mayBeAbsent(schema: z.ZodType): boolean {
  const parsed = schema.safeParse(undefined);
  return parsed.success && parsed.data === undefined;
}

/**
 * An object whose keys are the shape's, each value normal for its field (itself, or for a nested
 * object or an array a copy): the object itself when its keys are in the shape's order and no value
 * changed, else a copy in the shape's order.
 */
function objectNormaliser(shape: Record<string, z.ZodType>, special: Record<string, Normaliser> = {}): Normaliser {
  const keys = Object.keys(shape);
  const position = new Map(keys.map((key, at) => [key, at]));
  const normalisers = keys.map((key) => special[key] ?? fieldNormaliser(shape[key]!));
  const needed = keys.map((key) => !mayBeAbsent(shape[key]!));
  const neededCount = needed.filter(Boolean).length;
  // One call's normalised values by position, and the positions it saw, reused from call to call so
  // that checking an asset allocates nothing: a normaliser never runs inside itself (facts hold no
  // facts), and a call reads only what it wrote. (`for...in` is how the parse lists keys too.)
  const fields: unknown[] = keys.map(() => undefined);
  const seen: number[] = keys.map(() => 0);
  return (value) => {
    if (!isPlainObject(value)) return NOT_NORMAL;
    let count = 0;
    let last = -1;
    let inOrder = true;
    let unchanged = true;
    let neededSeen = 0;
    for (const key in value) {
      const at = positionAfter(keys, last, key) ?? position.get(key);
      if (at === undefined) return NOT_NORMAL;
      const field = normalisers[at]!(value[key]);
      if (field === NOT_NORMAL) return NOT_NORMAL;
      if (field !== value[key]) unchanged = false;
      if (at < last) inOrder = false;
      last = at;
      fields[at] = field;
      seen[count++] = at;
      if (needed[at]) neededSeen++;
    }
    if (neededSeen !== neededCount) return NOT_NORMAL;
    if (unchanged && inOrder) return value;
    if (!inOrder) sortStart(seen, count);
    return inShapeOrder(keys, fields, seen, count);
  };
}

/** Sorts the first `count` numbers of `list` in place (a few keys: insertion sort, nothing allocated). */
function sortStart(list: number[], count: number): void {
  for (let i = 1; i < count; i++) {
    const item = list[i]!;
    let j = i - 1;
    for (; j >= 0 && list[j]! > item; j--) list[j + 1] = list[j]!;
    list[j + 1] = item;
  }
}

/**
 * Where `key` is in `keys` after position `last`, or undefined. Keys mostly come in the shape's
 * order, so looking ahead (comparing interned strings) usually finds a key sooner than hashing it.
 */
function positionAfter(keys: readonly string[], last: number, key: string): number | undefined {
  for (let at = last + 1; at < keys.length; at++) if (keys[at] === key) return at;
  return undefined;
}

/** The copy the parse would build: the values at the first `count` of `positions` (ascending), under their keys. */
function inShapeOrder(keys: readonly string[], fields: readonly unknown[], positions: readonly number[], count: number): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) copy[keys[positions[i]!]!] = fields[positions[i]!];
  return copy;
}

/** Tags that are plain strings; a `__proto__` key (JSON can make one) is left to the parse, whatever it makes of it. */
const tagsNormaliser: Normaliser = (value) => {
  if (!isPlainObject(value) || Object.hasOwn(value, '__proto__')) return NOT_NORMAL;
  for (const key in value) if (typeof value[key] !== 'string') return NOT_NORMAL;
  return value;
};

const normaliseAsset = objectNormaliser(AssetSchema.shape, {
  tags: tagsNormaliser,
  facts: objectNormaliser(FactsSchema.shape),
  // The raw record is free-form cloud JSON: always parsed.
  raw: () => NOT_NORMAL,
});
