import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReports } from '../../src/report/index.js';
import { writeFileAtomic } from '../../src/report/atomic-write.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { RULE_META, sampleResult } from './sample-result.js';

const tempDir = useTempDirs('mlscan-report-');

describe('writeReports', () => {
  it('creates the output folder and writes each requested format, in order', async () => {
    const outDir = join(tempDir(), 'nested', 'out');
    const files = await writeReports(sampleResult(), { formats: ['json', 'html', 'md', 'csv'], outDir, ruleMeta: RULE_META });
    expect(files).toEqual([
      join(outDir, 'mlscan-report.json'),
      join(outDir, 'mlscan-report.html'),
      join(outDir, 'mlscan-report.md'),
      join(outDir, 'mlscan-inventory.csv'),
    ]);
    expect(readdirSync(outDir).sort()).toEqual(['mlscan-inventory.csv', 'mlscan-report.html', 'mlscan-report.json', 'mlscan-report.md']);
    expect(JSON.parse(readFileSync(files[0]!, 'utf8')).findings).toHaveLength(5);
  });

  it('renders the same result to byte-identical files', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const formats = ['html', 'md', 'json', 'csv'] as const;
    const first = await writeReports(sampleResult(), { formats, outDir: a, ruleMeta: RULE_META });
    const second = await writeReports(sampleResult(), { formats, outDir: b, ruleMeta: RULE_META });
    first.forEach((file, i) => expect(readFileSync(file, 'utf8')).toBe(readFileSync(second[i]!, 'utf8')));
  });

  it('leaves no file behind, and the old file intact, when rendering throws', async () => {
    const outDir = tempDir();
    writeFileSync(join(outDir, 'mlscan-report.json'), 'previous report');
    const broken = sampleResult();
    (broken as { schemaVersion: string }).schemaVersion = '0.9';
    await expect(writeReports(broken, { formats: ['json'], outDir, ruleMeta: RULE_META })).rejects.toThrow(/schemaVersion/);
    expect(readdirSync(outDir)).toEqual(['mlscan-report.json']);
    expect(readFileSync(join(outDir, 'mlscan-report.json'), 'utf8')).toBe('previous report');
  });

  it('removes the temporary file when a chunk generator throws midway', async () => {
    const dir = tempDir();
    function* chunks() {
      // Two 5 MB chunks: the second does not fit the 8 MB buffer, so the first is written to the file before the throw.
      yield 'x'.repeat(5 << 20);
      yield 'y'.repeat(5 << 20);
      throw new Error('template exploded');
    }
    await expect(writeFileAtomic(join(dir, 'report.html'), chunks())).rejects.toThrow('template exploded');
    expect(readdirSync(dir)).toEqual([]);
  });
});
