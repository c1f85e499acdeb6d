import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUserFile } from '../../../src/files/user-file.js';
import { InputFileError } from '../../../src/errors.js';
import { AttestationFileSchema } from '../../../src/frameworks/index.js';
import { packageRoot } from '../../../src/package-root.js';

describe('sample attestations', () => {
  const file = join(packageRoot(), 'providers/snapshot/sample/attestations.yaml');

  it('validates and answers the controls no API can show', () => {
    const { attestations } = readUserFile(file, AttestationFileSchema);
    expect(Object.fromEntries(attestations.map((a) => [a.control, a.status]))).toEqual({
      '5.7.1': 'met',
      '5.8.1': 'partly-met',
      '5.5.1': 'not-met',
      'A-MLSG-004-D008': 'met',
      '5.4.2': 'partly-met',
      '5.2.1': 'partly-met',
      '5.2.4': 'partly-met',
    });
    for (const a of attestations) {
      expect(a.evidence.length, a.control).toBeGreaterThan(10);
      expect(a.owner, a.control).toMatch(/@harbourline\.example$/);
    }
  });

  it('leaves controls unanswered so they stay not assessed', () => {
    const answered = new Set(readUserFile(file, AttestationFileSchema).attestations.map((a) => a.control));
    for (const control of ['5.4.1', '5.4.3', 'A-MLSG-004-D005']) expect(answered.has(control), control).toBe(false);
  });

  it('the broken fixture fails with one line naming the bad status', () => {
    const broken = 'test/fixtures/broken-attestations.yaml';
    let error: unknown;
    try {
      readUserFile(broken, AttestationFileSchema);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputFileError);
    const { message, path } = error as InputFileError;
    expect(path).toBe('$.attestations[1].status');
    expect(message.startsWith(`${broken}: $.attestations[1].status: `)).toBe(true);
    expect(message).not.toContain('\n');
  });
});
