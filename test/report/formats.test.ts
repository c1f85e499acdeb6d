import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_FORMATS, REPORT_FILE_NAMES, REPORT_FORMATS, REPORT_RENDERERS, writeReports } from '../../src/report/index.js';
import { parseFormats } from '../../src/cli/parse.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { RULE_META, sampleResult } from './sample-result.js';

const tempDir = useTempDirs('mlscan-formats-');
const repoFile = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the report format registry', () => {
  it('is the one list: names, file names and defaults all come from it', () => {
    expect(REPORT_FORMATS).toEqual(Object.keys(REPORT_RENDERERS));
    expect(Object.keys(REPORT_FILE_NAMES)).toEqual(REPORT_FORMATS);
    expect(new Set(Object.values(REPORT_FILE_NAMES)).size).toBe(REPORT_FORMATS.length);
    for (const format of DEFAULT_REPORT_FORMATS) expect(REPORT_FORMATS).toContain(format);
  });

  it('feeds the --format parser, the published config schema and the README', () => {
    expect(parseFormats(REPORT_FORMATS.join(','))).toEqual(REPORT_FORMATS);
    expect(() => parseFormats('pdf')).toThrow(`unknown format 'pdf' (expected one of: ${REPORT_FORMATS.join(', ')})`);
    const schema = JSON.parse(repoFile('src/config/schema/config.schema.json')) as { properties: { formats: { items: { enum: string[] } } } };
    expect(schema.properties.formats.items.enum).toEqual(REPORT_FORMATS);
    expect(repoFile('README.md')).toContain(`--format ${REPORT_FORMATS.join(',')}`);
  });

  it('renders every registered format', async () => {
    const files = await writeReports(sampleResult(), { formats: REPORT_FORMATS, outDir: tempDir(), ruleMeta: RULE_META });
    expect(files.map((file) => file.split(/[/\\]/).pop())).toEqual(REPORT_FORMATS.map((format) => REPORT_FILE_NAMES[format]));
    for (const file of files) expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
  });

  it('rejects a name it does not know before touching the folder', async () => {
    const outDir = tempDir();
    await expect(writeReports(sampleResult(), { formats: ['pdf' as never], outDir, ruleMeta: RULE_META })).rejects.toThrow(/unknown report format 'pdf'/);
  });
});
