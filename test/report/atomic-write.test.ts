import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/report/atomic-write.js';
import { escapeInvisibleInJson } from '../../src/report/escape.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-atomic-');

function written(chunks: Iterable<string>): string {
  const file = join(tempDir(), 'out.json');
  writeFileAtomic(file, chunks);
  expect(readdirSync(join(file, '..'))).toEqual(['out.json']);
  return readFileSync(file, 'utf8');
}

describe('writeFileAtomic', () => {
  it('writes the chunks as UTF-8, across buffer flushes and a chunk larger than the buffer', () => {
    const chunks = ['{"a":"é→😀"', ',"b":"', 'x'.repeat(3 << 20), '→'.repeat(3 << 20), '"}'];
    expect(written(chunks)).toBe(chunks.join(''));
  });

  it('keeps a surrogate pair split between two chunks whole', () => {
    const pair = '😀';
    expect(written(['a', pair[0]!, pair[1]!, 'b', `c${pair[0]!}`])).toBe(`a${pair}bc\ufffd`);
  });

  it('writes escaped chunks byte for byte as iterating them gives, when the byte check skips or escapes', () => {
    const chunks = ['{"plain":"→ ’ \u00a0"}', '{"bidi":"\u202e"}', 'x'.repeat(5 << 20), '{"c1":"\u0085\u007f"}'];
    const expected = [...escapeInvisibleInJson(chunks)].join('');
    expect(expected).toContain('\\u202e');
    expect(written(escapeInvisibleInJson(chunks))).toBe(expected);
  });
});
