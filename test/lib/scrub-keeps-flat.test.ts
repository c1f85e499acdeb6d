import { describe, expect, it } from 'vitest';
import { scrubKeepsFlatRecord, scrubRecord } from '../../src/lib/scrub.js';

/** Evidence as rules write it, and values the filter must change (or that the shortcut must not judge). */
const KEPT: readonly unknown[] = [
  {},
  { publicRead: false, publicWrite: true },
  { storage: 'arn:aws:s3:::bucket', collected: true, count: 3, none: null },
  { storage: ['a', 'b'], ratio: 0.5 },
  { message: 'plain words without a credential' },
];
const NOT_JUDGED: readonly unknown[] = [
  null,
  'text',
  [1, 2],
  { nested: { a: 1 } },
  { list: [{ a: 1 }] },
  { password: 'hunter2' },
  { token: true },
  { command: 'echo hi' },
  { environment: 'x' },
  { hyperparameters: 'x' },
  { $metadata: 1 },
  { value: 'AKIAIOSFODNN7EXAMPLE' },
  { url: 'https://user:pw@example.com/?sig=abc' },
  { n: Number.NaN },
  { when: new Date(0) },
  { missing: undefined },
  Object.create({ inherited: 1 }) as unknown,
];

describe('scrubKeepsFlatRecord', () => {
  it('answers true only where scrubRecord writes the same JSON text', () => {
    for (const value of KEPT) {
      expect(scrubKeepsFlatRecord(value)).toBe(true);
      expect(JSON.stringify(scrubRecord(value))).toBe(JSON.stringify(value));
    }
  });

  it('leaves secrets, scripts, environments, nesting and odd values to the scrubber', () => {
    for (const value of NOT_JUDGED) expect(scrubKeepsFlatRecord(value)).toBe(false);
    expect(JSON.stringify(scrubRecord({ password: 'hunter2' }))).not.toContain('hunter2');
  });
});
