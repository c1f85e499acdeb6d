import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';
import { judgeFact } from '../../_lib/verdicts.js';

export default providerRule({
  meta: {
    id: 'aws/s3/ml-bucket-mfa-delete-disabled',
    title: 'Bucket of training data or model artifacts allows version deletion without MFA',
    family: 'versioning',
    severity: 'low',
    appliesTo: ['storage'],
    rationale:
      'Versioning keeps the golden dataset and released models recoverable only while old versions survive; without MFA Delete, stolen credentials suffice to purge every version and erase the evidence of poisoning.',
    remediation: {
      text: 'Enable MFA Delete on the bucket versioning (root user with MFA), or protect versions with Object Lock.',
      cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<serial> <code>"',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    },
    references: { 'aws-securityhub': ['S3.20'], catalog: ['AWS-S3-02'], cis: ['AWS 3.0.0 2.1.2'] },
    messages: {
      off: 'Bucket {{name}} holds training data or model artifacts and allows deleting versions without MFA.',
      on: 'Bucket {{name}} requires MFA to delete versions.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::S3::Bucket'],
  applies: (asset, graph) => usedByMl(asset, graph, ['trained-on', 'stored-in']),
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'mfaDelete', true, { pass: 'on', fail: 'off' }),
});
