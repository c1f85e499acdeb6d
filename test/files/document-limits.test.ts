import { describe, expect, it } from 'vitest';
import { findLimitBreach, MAX_NESTING_DEPTH, MAX_STRING_CHARS } from '../../src/files/document-limits.js';

/** `levels` arrays inside each other, the innermost holding `leaf`. */
function nestedArrays(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('findLimitBreach', () => {
  it('accepts MAX_NESTING_DEPTH levels and refuses one more, naming where', () => {
    expect(findLimitBreach({ a: nestedArrays(MAX_NESTING_DEPTH - 1) })).toBeUndefined();
    const breach = findLimitBreach({ a: nestedArrays(MAX_NESTING_DEPTH) });
    expect(breach?.problem).toBe(`nested deeper than ${MAX_NESTING_DEPTH} levels`);
    expect(breach?.path).toEqual(['a', ...Array<number>(MAX_NESTING_DEPTH - 1).fill(0)]);
  });

  it('walks 200,000 levels without recursion', () => {
    expect(findLimitBreach(nestedArrays(200_000))?.problem).toMatch(/^nested deeper than/);
  });

  it('refuses a string or key longer than MAX_STRING_CHARS', () => {
    const long = 'x'.repeat(MAX_STRING_CHARS + 1);
    expect(findLimitBreach({ assets: [{ name: long }] })).toEqual({
      path: ['assets', 0, 'name'],
      problem: `a string of ${MAX_STRING_CHARS + 1} characters, longer than the limit of ${MAX_STRING_CHARS}`,
    });
    expect(findLimitBreach({ tags: { [long]: 'v' } })?.path).toEqual(['tags']);
    expect(findLimitBreach({ name: 'x'.repeat(MAX_STRING_CHARS) })).toBeUndefined();
  });

  it('ends on a cycle (a YAML alias to its own anchor) with the depth limit', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(findLimitBreach({ a: cycle })?.problem).toMatch(/^nested deeper than/);
  });
});
