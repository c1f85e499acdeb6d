import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputPathError } from '../../src/errors.js';
import { asOutputPathError, checkOutDir, checkOutFile } from '../../src/lib/out-path.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-out-');
function fsError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, open '${path}'`), { code, path });
}

describe('checkOutDir', () => {
  it('accepts an existing folder or one it can create, and writes nothing', () => {
    const dir = tempDir();
    expect(() => checkOutDir(dir)).not.toThrow();
    expect(() => checkOutDir(join(dir, 'a', 'b', 'c'))).not.toThrow();
  });

  it('names a file in the way', () => {
    const file = join(tempDir(), 'f');
    writeFileSync(file, '');
    expect(() => checkOutDir(file)).toThrow(new OutputPathError(file, 'exists and is not a folder'));
    expect(() => checkOutDir(join(file, 'a', 'b'))).toThrow(new OutputPathError(join(file, 'a', 'b'), `${file} is a file, not a folder`));
  });
  // An unwritable folder: root writes anywhere, so test/e2e/user-errors.test.ts runs that case as `nobody`.
});

describe('checkOutFile', () => {
  it('accepts a new or existing file in an existing folder', () => {
    const dir = tempDir();
    expect(() => checkOutFile(join(dir, 'snapshot.json'))).not.toThrow();
    writeFileSync(join(dir, 'old.json'), '{}');
    expect(() => checkOutFile(join(dir, 'old.json'))).not.toThrow();
  });

  it('refuses a folder, a missing folder and a file in the path', () => {
    const dir = tempDir();
    const folderProblem = (path: string) => `names a folder; give the file to write, e.g. ${join(path, 'snapshot.json')}`;
    expect(() => checkOutFile(`${dir}/`)).toThrow(new OutputPathError(`${dir}/`, folderProblem(`${dir}/`)));
    expect(() => checkOutFile(dir)).toThrow(new OutputPathError(dir, folderProblem(dir)));
    expect(() => checkOutFile(join(dir, 'nope', 'x.json'))).toThrow(`the folder ${join(dir, 'nope')} does not exist`);
    writeFileSync(join(dir, 'f'), '');
    expect(() => checkOutFile(join(dir, 'f', 'x.json'))).toThrow(`${join(dir, 'f')} is a file, not a folder`);
  });
});

describe('asOutputPathError', () => {
  it('turns file-system errors on the output path into one-line user errors', () => {
    const error = asOutputPathError('reports', fsError('EACCES', '/srv/reports/x.tmp'), '/srv/reports');
    expect(error).toBeInstanceOf(OutputPathError);
    expect((error as Error).message).toBe('reports: permission denied (EACCES)');
    expect((asOutputPathError('r', fsError('ENOSPC', '/srv/r/a'), '/srv/r') as Error).message).toBe('r: no space left on the device (ENOSPC)');
    // A parent of the folder counts: mkdir -p fails there.
    expect(asOutputPathError('r', fsError('EROFS', '/srv'), '/srv/r')).toBeInstanceOf(OutputPathError);
  });

  it('leaves other errors alone: a template mlscan cannot read is its own fault', () => {
    const template = fsError('ENOENT', '/opt/mlscan/templates/report.html.hbs');
    expect(asOutputPathError('r', template, '/srv/r')).toBe(template);
    expect(asOutputPathError('r', fsError('ENOENT', '/srv/rx/a'), '/srv/r')).not.toBeInstanceOf(OutputPathError);
    const bug = new TypeError('x is undefined');
    expect(asOutputPathError('r', bug)).toBe(bug);
  });
});
