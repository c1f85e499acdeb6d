import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { expandSnapshotPatterns } from '../../src/scan/snapshot-glob.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-snapshot-glob-');

function folderWith(names: string[]): string {
  const dir = tempDir();
  for (const name of names) writeFileSync(join(dir, name), '{}');
  mkdirSync(join(dir, 'sub.json'));
  return dir;
}

describe('expandSnapshotPatterns', () => {
  it('expands a wildcard in the file name to the matching files, in name order, folders and hidden files left out', () => {
    const dir = folderWith(['shard-2.json', 'shard-0.json', 'shard-1.json', 'notes.txt', '.shard-9.json', 'shard-10.json']);
    expect(expandSnapshotPatterns([join(dir, '*.json')])).toEqual(['shard-0.json', 'shard-1.json', 'shard-10.json', 'shard-2.json'].map((n) => join(dir, n)));
    expect(expandSnapshotPatterns([join(dir, 'shard-?.json')])).toEqual(['shard-0.json', 'shard-1.json', 'shard-2.json'].map((n) => join(dir, n)));
    expect(expandSnapshotPatterns([join(dir, 'shard-[02].json')])).toEqual(['shard-0.json', 'shard-2.json'].map((n) => join(dir, n)));
    expect(expandSnapshotPatterns([join(dir, 'shard-[!02].json')])).toEqual([join(dir, 'shard-1.json')]);
  });

  it('keeps plain paths as given (a missing one is reported by the snapshot reader) and treats dots literally', () => {
    const dir = folderWith(['a.json', 'axjson']);
    expect(expandSnapshotPatterns(['missing.json', join(dir, 'a.json')])).toEqual(['missing.json', join(dir, 'a.json')]);
    expect(expandSnapshotPatterns([join(dir, '?.json')])).toEqual([join(dir, 'a.json')]);
  });

  it('refuses a pattern matching nothing, an unreadable folder and a wildcard in a folder name, in one line', () => {
    const dir = folderWith([]);
    expect(() => expandSnapshotPatterns([join(dir, '*.json')])).toThrow(new UsageError(`--snapshot '${join(dir, '*.json')}': no file matches`));
    expect(() => expandSnapshotPatterns([join(dir, 'nope', '*.json')])).toThrow(new UsageError(`--snapshot '${join(dir, 'nope', '*.json')}': cannot read the folder ${join(dir, 'nope')}`));
    expect(() => expandSnapshotPatterns([join(dir, '*', 'a.json')])).toThrow(UsageError);
  });
});
