import type { z } from 'zod';
import { AssetSchema, FactsSchema, type Asset } from '../model/index.js';

/**
 * A cheaper path for assets that are already, or nearly, what AssetSchema would make of them:
 * every key one of the schema's, no default left to fill, every value a string, number or boolean
 * that its field's schema accepts unchanged (tags: strings). Such an input is the parse's output
 * (returned as is) or differs from it only in key order (returned as a copy in the schema's order,
 * as the parse would build it). Anything else (an unknown key, a missing default, an array, an
 * object, a raw record, an invalid value) answers undefined: the merge then runs AssetSchema.parse,
 * which gives the same result or the same error as before.
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
  return (value) => {
    if (value === true) return acceptsTrue ? value : NOT_NORMAL;
    if (value === false) return acceptsFalse ? value : NOT_NORMAL;
    const type = typeof value;
    if (type !== 'string' && type !== 'number') return NOT_NORMAL;
    let accepted = answers.get(value);
    if (accepted === undefined) {
      accepted = parsesToItself(value);
      if (answers.size < REMEMBERED_VALUES) answers.set(value, accepted);
    }
    return accepted ? value : NOT_NORMAL;
  };
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
 * object a copy in order): the object itself when its keys are in the shape's order and no value
 * changed, else a copy in the shape's order.
 */
function objectNormaliser(shape: Record<string, z.ZodType>, special: Record<string, Normaliser> = {}): Normaliser {
  const keys = Object.keys(shape);
  const position = new Map(keys.map((key, at) => [key, at]));
  const normalisers = keys.map((key) => special[key] ?? primitiveNormaliser(shape[key]!));
  const needed = keys.map((key) => !mayBeAbsent(shape[key]!));
  const neededCount = needed.filter(Boolean).length;
  return (value) => {
    if (!isPlainObject(value)) return NOT_NORMAL;
    const own = Object.keys(value);
    let last = -1;
    let unchanged = true;
    let neededSeen = 0;
    for (const key of own) {
      const at = position.get(key);
      if (at === undefined) return NOT_NORMAL;
      const field = normalisers[at]!(value[key]);
      if (field === NOT_NORMAL) return NOT_NORMAL;
      if (field !== value[key] || at < last) unchanged = false;
      last = at;
      if (needed[at]) neededSeen++;
    }
    if (neededSeen !== neededCount) return NOT_NORMAL;
    return unchanged ? value : inShapeOrder(own.sort((a, b) => position.get(a)! - position.get(b)!), value, normalisers, position);
  };
}

/** The copy the parse would build: keys in the shape's order, nested objects normalised (already checked). */
function inShapeOrder(sortedKeys: string[], value: Record<string, unknown>, normalisers: Normaliser[], position: Map<string, number>) {
  const copy: Record<string, unknown> = {};
  for (const key of sortedKeys) copy[key] = normalisers[position.get(key)!]!(value[key]);
  return copy;
}

/** Tags that are plain strings; a `__proto__` key (JSON can make one) is left to the parse, whatever it makes of it. */
const tagsNormaliser: Normaliser = (value) =>
  isPlainObject(value) && !Object.hasOwn(value, '__proto__') && Object.values(value).every((tag) => typeof tag === 'string') ? value : NOT_NORMAL;

const normaliseAsset = objectNormaliser(AssetSchema.shape, {
  tags: tagsNormaliser,
  facts: objectNormaliser(FactsSchema.shape),
  // The raw record is free-form cloud JSON: always parsed.
  raw: () => NOT_NORMAL,
});
