/**
 * Sanity limits on a parsed user file (snapshot, config, attestations), checked before the schema.
 * JSON.parse reads any depth, but everything after it that recurses (validation, the report
 * writers) would overflow the stack on a document nested 200,000 levels deep, possibly after some
 * reports were replaced. Real cloud records nest a dozen levels; names are a few hundred
 * characters. The walk is iterative, so the check itself cannot overflow.
 */
export const MAX_NESTING_DEPTH = 100;
export const MAX_STRING_CHARS = 1 << 20;

export interface LimitBreach {
  /** Where, as keys from the root (for jsonPath). */
  path: (string | number)[];
  problem: string;
}

interface Frame {
  value: unknown;
  /** Objects and arrays that enclose `value`. */
  depth: number;
  parent?: Frame;
  key?: string | number;
}

/** The first place `document` breaks a limit, or undefined. */
export function findLimitBreach(document: unknown): LimitBreach | undefined {
  const stack: Frame[] = [{ value: document, depth: 0 }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const problem = breachOf(frame);
    if (problem) return { path: pathOf(frame), problem };
    if (frame.value === null || typeof frame.value !== 'object') continue;
    const entries: Iterable<[string | number, unknown]> = Array.isArray(frame.value) ? frame.value.entries() : Object.entries(frame.value);
    for (const [key, value] of entries) {
      if (typeof key === 'string' && key.length > MAX_STRING_CHARS) return { path: pathOf(frame), problem: `a key ${tooLong(key)}` };
      stack.push({ value, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return undefined;
}

function breachOf({ value, depth }: Frame): string | undefined {
  if (typeof value === 'string') return value.length > MAX_STRING_CHARS ? `a string ${tooLong(value)}` : undefined;
  if (value !== null && typeof value === 'object' && depth >= MAX_NESTING_DEPTH) return `nested deeper than ${MAX_NESTING_DEPTH} levels`;
  return undefined;
}

function tooLong(text: string): string {
  return `of ${text.length} characters, longer than the limit of ${MAX_STRING_CHARS}`;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}
