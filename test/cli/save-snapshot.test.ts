import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveSnapshot } from '../../src/cli/compose.js';
import { OutputPathError } from '../../src/errors.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-save-');

describe('saveSnapshot', () => {
  it('turns a file-system error on the path into a one-line user error, and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'gone', 'estate.json'); // inventory checks this up front; the folder can still vanish during a long scan
    const error = await saveSnapshot(file, { assets: [], edges: [], gaps: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputPathError);
    expect((error as Error).message).toBe(`${file}: no such file or folder (ENOENT)`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
