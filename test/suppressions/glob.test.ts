import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/suppressions/glob.js';

const ENDPOINT = 'arn:aws:sagemaker:eu-west-1:418273645091:endpoint/claims-triage-prod';
const STORAGE = '/subscriptions/6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34/resourceGroups/rg-ml-prod/providers/Microsoft.Storage/storageAccounts/stfeed';

describe('suppression globs', () => {
  it('without wildcards a pattern is an exact match', () => {
    expect(globMatcher(ENDPOINT)(ENDPOINT)).toBe(true);
    expect(globMatcher(ENDPOINT)(`${ENDPOINT}-2`)).toBe(false);
    expect(globMatcher('exposure/storage-public-access')('exposure/storage-public-access-x')).toBe(false);
  });

  it('* stays inside one /-separated part but may cross ":" (ARN fields)', () => {
    expect(globMatcher('exposure/*')('exposure/storage-public-access')).toBe(true);
    expect(globMatcher('aws/*')('aws/sagemaker/notebook-root-access')).toBe(false);
    expect(globMatcher('arn:aws:sagemaker:*:endpoint/claims-*')(ENDPOINT)).toBe(true);
    expect(globMatcher('arn:aws:sagemaker:*')(ENDPOINT)).toBe(false);
  });

  it('** spans parts', () => {
    expect(globMatcher('aws/**')('aws/sagemaker/notebook-root-access')).toBe(true);
    expect(globMatcher('arn:aws:sagemaker:**')(ENDPOINT)).toBe(true);
    expect(globMatcher('/subscriptions/*/resourceGroups/rg-ml-*/**')(STORAGE)).toBe(true);
    expect(globMatcher('/subscriptions/*/resourceGroups/rg-ml-dev/**')(STORAGE)).toBe(false);
  });

  it('? is one character other than /', () => {
    expect(globMatcher('exposure/storage-public-acces?')('exposure/storage-public-access')).toBe(true);
    expect(globMatcher('exposure?storage-public-access')('exposure/storage-public-access')).toBe(false);
  });

  it('treats regular-expression characters and brackets as literal text', () => {
    expect(globMatcher('a.b')('axb')).toBe(false);
    expect(globMatcher('bucket-[12]')('bucket-[12]')).toBe(true);
    expect(globMatcher('bucket-[12]')('bucket-1')).toBe(false);
    expect(globMatcher('(a|b)+{c}\\d$')('(a|b)+{c}\\d$')).toBe(true);
  });

  it('matches case exactly unless told to ignore case', () => {
    expect(globMatcher(STORAGE.toLowerCase())(STORAGE)).toBe(false);
    expect(globMatcher(STORAGE.toLowerCase(), { caseInsensitive: true })(STORAGE)).toBe(true);
  });

  it('in tag values (anySeparator) * and ? cross / too', () => {
    expect(globMatcher('team/*')('team/ml/platform')).toBe(false);
    expect(globMatcher('team/*', { anySeparator: true })('team/ml/platform')).toBe(true);
    expect(globMatcher('*', { anySeparator: true })('')).toBe(true);
  });

  it('a value with a line break still has to match as a whole', () => {
    expect(globMatcher('exposure/*')('exposure/x\ny')).toBe(true);
    expect(globMatcher('exposure/*')('exposure/x\nother/y')).toBe(false);
    expect(globMatcher('exposure/x')('exposure/x\n')).toBe(false);
  });
});
