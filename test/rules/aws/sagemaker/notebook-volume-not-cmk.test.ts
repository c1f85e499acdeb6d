import rule from '../../../../rules/aws/sagemaker/notebook-volume-not-cmk.js';
import { testRule } from '../../../support/rule-tester.js';
import { NOTEBOOK, awsAsset, kmsKey } from '../_support.js';

const CMK = 'arn:aws:kms:eu-west-1:111122223333:key/11111111-2222-3333-4444-555555555555';
const AWS_KEY = 'arn:aws:kms:eu-west-1:111122223333:key/99999999-2222-3333-4444-555555555555';
const nb = (key: string) => awsAsset('notebook', NOTEBOOK, { describe: { KmsKeyId: key } });

const good = nb(CMK);
const managed = nb(AWS_KEY);
const unread = nb(CMK);

testRule(rule, {
  valid: [{ name: 'customer-managed key', asset: good, related: [kmsKey(CMK, 'customer')], edges: [{ from: good.id, to: CMK, kind: 'encrypted-by' }] }],
  invalid: [
    { name: 'no key', asset: awsAsset('notebook', NOTEBOOK, { describe: {} }), expected: [{ status: 'fail', messageId: 'noKey' }] },
    {
      name: 'key named but AWS-managed',
      asset: managed,
      related: [kmsKey(AWS_KEY, 'provider')],
      edges: [{ from: managed.id, to: AWS_KEY, kind: 'encrypted-by' }],
      expected: [{ status: 'fail', messageId: 'awsManaged' }],
    },
    { name: 'alias/aws/sagemaker', asset: nb('alias/aws/sagemaker'), expected: [{ status: 'fail', messageId: 'awsManaged' }] },
    { name: 'key not read', asset: unread, expected: [{ status: 'unknown', missingFacts: ['KeyManager'] }] },
  ],
});
