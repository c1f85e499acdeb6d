import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FactsSchema } from '../../src/model/index.js';

// src/model/FACTS.md says, for every fact and each cloud, what a missing field means.
const doc = readFileSync(fileURLToPath(new URL('../../src/model/FACTS.md', import.meta.url)), 'utf8');

describe('src/model/FACTS.md', () => {
  const rows = new Map(
    doc
      .split('\n')
      .filter((line) => /^\| \w+ \|/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .map((cells) => [cells[1]!, cells.slice(2, -1)] as const),
  );

  it.each(Object.keys(FactsSchema.shape))('documents %s for AWS and Azure', (fact) => {
    const row = rows.get(fact);
    expect(row, `no row for ${fact}`).toBeDefined();
    expect(row!.length).toBeGreaterThanOrEqual(2);
    expect(row![0], `${fact}: AWS cell`).not.toBe('');
    expect(row![1], `${fact}: Azure cell`).not.toBe('');
  });

  it('every fact has a description in facts.ts', () => {
    const undocumented = Object.entries(FactsSchema.shape).filter(([, schema]) => !schema.description).map(([name]) => name);
    expect(undocumented).toEqual([]);
  });
});
