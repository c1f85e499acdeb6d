import { describe, expect, it } from 'vitest';
import type { CoverageGap, Finding } from '../../src/model/index.js';
import { coverageGapLookup } from '../../src/report/view-model-navigation.js';

const gap = (over: Partial<CoverageGap>): CoverageGap => ({ provider: 'aws', account: '111122223333', service: 'sagemaker', errorCode: 'AccessDenied', ...over });

const unknownOn = (over: Partial<Finding>): Finding => ({
  ruleId: 'exposure/x',
  fingerprint: '',
  status: 'unknown',
  severity: 'high',
  assetId: 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/e',
  assetName: 'e',
  assetKind: 'endpoint',
  provider: 'aws',
  account: '111122223333',
  region: 'eu-west-1',
  message: 'Could not see x for e; not assessed.',
  evidence: {},
  ...over,
});

describe('coverageGapLookup', () => {
  const gaps: CoverageGap[] = [
    gap({ account: '444455556666', region: 'eu-west-1' }),
    gap({ region: 'us-east-1' }),
    gap({ region: 'eu-west-1', kinds: ['storage'] }),
    gap({ provider: 'azure', account: '111122223333' }),
    gap({ region: 'eu-west-1', kinds: ['endpoint', 'deployment'] }),
    gap({ service: 'iam' }),
  ];
  const lookup = coverageGapLookup(gaps);

  it('links a finding to the first gap, in report order, of its cloud and account, region and kind', () => {
    // Gap 1 is another account, 2 another region, 3 other kinds, 4 another cloud: gap 5 is the first to explain it.
    expect(lookup(unknownOn({}))).toBe('coverage-gap-5');
    // A gap with no region (IAM is global) covers every region of its account.
    expect(lookup(unknownOn({ region: 'ap-south-1' }))).toBe('coverage-gap-6');
    expect(lookup(unknownOn({ region: 'us-east-1' }))).toBe('coverage-gap-2');
    expect(lookup(unknownOn({ assetKind: 'storage' }))).toBe('coverage-gap-3');
    expect(lookup(unknownOn({ provider: 'azure', region: 'westeurope' }))).toBe('coverage-gap-4');
  });

  it('links nothing where no gap of the account could have hidden the asset', () => {
    expect(lookup(unknownOn({ account: '999999999999' }))).toBeUndefined();
    expect(coverageGapLookup([])(unknownOn({}))).toBeUndefined();
    expect(coverageGapLookup([gap({ region: 'us-east-1', kinds: ['storage'] })])(unknownOn({}))).toBeUndefined();
  });
});
