import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteTuning } from '../../src/report/atomic-write.js';
import { escapeInvisibleInJson } from '../../src/report/escape.js';
import { GluedText, type TextChunk } from '../../src/report/text-chunk.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-atomic-');

async function written(chunks: Iterable<TextChunk>, tuning?: WriteTuning): Promise<string> {
  const file = join(tempDir(), 'out.json');
  await writeFileAtomic(file, chunks, tuning);
  expect(readdirSync(join(file, '..'))).toEqual(['out.json']);
  return readFileSync(file, 'utf8');
}

describe('writeFileAtomic', () => {
  it('writes the chunks as UTF-8, across buffer flushes and a chunk larger than the buffer', async () => {
    const chunks = ['{"a":"é→😀"', ',"b":"', 'x'.repeat(3 << 20), '→'.repeat(3 << 20), '"}'];
    expect(await written(chunks)).toBe(chunks.join(''));
  });

  it('keeps a surrogate pair split between two chunks whole', async () => {
    const pair = '😀';
    expect(await written(['a', pair[0]!, pair[1]!, 'b', `c${pair[0]!}`])).toBe(`a${pair}bc\ufffd`);
  });

  it('writes escaped chunks byte for byte as iterating them gives, when the byte check skips or escapes', async () => {
    const chunks = ['{"plain":"→ ’ \u00a0"}', '{"bidi":"\u202e"}', 'x'.repeat(5 << 20), '{"c1":"\u0085\u007f"}'];
    const expected = [...escapeInvisibleInJson(chunks)].join('');
    expect(expected).toContain('\\u202e');
    expect(await written(escapeInvisibleInJson(chunks))).toBe(expected);
  });

  it('writes the same bytes through many buffer swaps and background syncs, and through a chunk larger than a buffer', async () => {
    // 1 KB buffers and a sync every 4 KB: hundreds of swaps, each buffer reused while the other is written.
    const chunks = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? `{"bidi${i}":"\u202e→${'y'.repeat(i)}"}` : `{"n":${i},"s":"${'é'.repeat(i % 50)}"}`));
    chunks.push('z'.repeat(5_000));
    const expected = [...escapeInvisibleInJson(chunks)].join('');
    expect(await written(escapeInvisibleInJson(chunks), { bufferBytes: 1024, syncEveryBytes: 4096 })).toBe(expected);
    expect(await written(chunks, { bufferBytes: 1024, syncEveryBytes: 4096 })).toBe(chunks.join(''));
  });

  it('writes glued text as its pieces with the glue between them, byte for byte as the joined text', async () => {
    const pair = '😀';
    const rows = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `"${seed}${i}":"${'é→'.repeat(i % 40)}"`);
    const chunks: TextChunk[] = [
      new GluedText(rows(300, 'a'), '},\n{"é":'),
      'plain',
      // After a held high surrogate, and ending in one: both are re-cut as text, so the pair stays whole.
      `x${pair[0]!}`,
      new GluedText([`${pair[1]!}y`, 'z'], '|'),
      new GluedText(['tail', `end${pair[0]!}`], '|'),
      `${pair[1]!}!`,
      new GluedText(['only one piece'], 'never written'),
      new GluedText([], 'never written'),
      // Larger than a 1 KB buffer: the buffer grows to hold it.
      new GluedText(rows(200, 'big'), '→'),
    ];
    const expected = chunks.map(String).join('');
    expect(expected).toContain(`x${pair}y|z`);
    expect(expected).toContain(`end${pair}!`);
    expect(await written(chunks, { bufferBytes: 1024, syncEveryBytes: 4096 })).toBe(expected);
    expect(await written(chunks)).toBe(expected);
  });

  it('escapes glued text that holds an invisible character, in a piece or in the glue', async () => {
    const chunks: TextChunk[] = [new GluedText(['{"a":"ok"', '"b":"\u202e"}'], '},{'), new GluedText(['{"c":1', '"d":2}'], '},\u0085{'), new GluedText(['{"e":1', '"f":2}'], '},{')];
    const expected = [...escapeInvisibleInJson(chunks)].join('');
    expect(expected).toBe('{"a":"ok"},{"b":"\\u202e"}{"c":1},\\u0085{"d":2}{"e":1},{"f":2}');
    expect(await written(escapeInvisibleInJson(chunks), { bufferBytes: 64 })).toBe(expected);
  });

  it('leaves no file behind when a chunk throws after buffers were written and synced', async () => {
    const dir = tempDir();
    function* chunks() {
      for (let i = 0; i < 50; i++) yield 'x'.repeat(1000);
      throw new Error('renderer failed');
    }
    await expect(writeFileAtomic(join(dir, 'out.json'), chunks(), { bufferBytes: 1024, syncEveryBytes: 4096 })).rejects.toThrow('renderer failed');
    expect(readdirSync(dir)).toEqual([]);
  });
});
