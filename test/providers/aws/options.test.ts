import { describe, expect, it } from 'vitest';
import { AwsScanOptionsSchema, createAwsSource } from '../../../providers/aws/index.js';

describe('AwsScanOptions', () => {
  it('fills defaults and accepts the documented fields', () => {
    const parsed = AwsScanOptionsSchema.parse({ accounts: ['111122223333'], role: 'MlscanReadOnly', regions: ['eu-west-1', 'us-gov-west-1'] });
    expect(parsed).toMatchObject({ org: false, concurrency: 4, accountConcurrency: 16, timeoutMs: 30_000, maxAttempts: 5 });
  });

  it('rejects what a user can get wrong, with the field path', () => {
    expect(() => createAwsSource({ org: true })).toThrow(/aws options: role: scanning an organisation needs the role name/);
    expect(() => createAwsSource({ accounts: ['12345'] })).toThrow(/accounts\.0: an AWS account id is 12 digits/);
    expect(() => createAwsSource({ regions: ['Europe'] })).toThrow(/regions\.0/);
    expect(() => createAwsSource({ unknown: true } as never)).toThrow(/aws options/);
  });
});
