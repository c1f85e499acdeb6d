import type { KeepTree } from '../../src/lib/scrub.js';

/** Whether an allow-list keeps the value at `path` (dot-separated; array levels are transparent). */
export function keeps(tree: KeepTree | undefined, path: string): boolean {
  let node: KeepTree | undefined = tree;
  for (const key of path.split('.')) {
    if (node === undefined) return false;
    if (node === true) return true;
    node = node[key] ?? node['*'];
  }
  return node !== undefined;
}
