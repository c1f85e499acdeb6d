import { describe, expect, it } from 'vitest';
import { boundedJson, EVIDENCE_BOUNDS } from '../../src/report/bounded-json.js';

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('boundedJson', () => {
  it('is JSON.stringify for small values', () => {
    for (const value of [true, 3, 'text', null, [1, 'two'], { a: { b: [null] } }, new Date(0)]) {
      expect(boundedJson(value)).toBe(JSON.stringify(value));
    }
    expect(boundedJson(undefined)).toBe('undefined');
  });

  it('shows nesting past the depth cap as {…} or […], even 200,000 levels deep', () => {
    const text = boundedJson(nested(200_000), { maxChars: 10_000, maxDepth: 3 });
    expect(text).toBe('{"a":{"a":{"a":{…}}}}');
    expect(boundedJson([[[[1]]]], { maxChars: 100, maxDepth: 2 })).toBe('[[[…]]]');
  });

  it('stops serialising once the line is full', () => {
    const huge = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    const text = boundedJson(huge);
    expect(text.length).toBe(EVIDENCE_BOUNDS.maxChars + 1);
    expect(text.endsWith('…')).toBe(true);
    expect(boundedJson('s'.repeat(5_000_000))).toBe(`"${'s'.repeat(EVIDENCE_BOUNDS.maxChars - 1)}…`);
  });
});
