import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from './support/import-graph.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('imports', () => {
  const graph = importGraph(root, ['src', 'providers', 'rules']);

  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/cli/bin.ts')).toContain('src/cli/main.ts');
  });

  it('form no cycle among src/, providers/ and rules/ (type-only imports count too)', () => {
    expect(findCycles(graph).map((loop) => loop.join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const loop = findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]));
    expect(loop).toEqual([['a', 'b', 'c', 'a']]);
  });
});
