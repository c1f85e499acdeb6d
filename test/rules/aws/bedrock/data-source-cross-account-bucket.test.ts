import rule from '../../../../rules/aws/bedrock/data-source-cross-account-bucket.js';
import { testRule } from '../../../support/rule-tester.js';
import { bedrockAsset } from './_support.js';

const source = (describe: Record<string, unknown> | false = {}) => bedrockAsset('bedrock-agent/data-sources', { describe });

testRule(rule, {
  valid: [
    { name: 'recorded data source: own bucket', asset: source() },
    { name: 'owner named and equal to the account', asset: source({ dataSourceConfiguration: { s3Configuration: { bucketOwnerAccountId: '111122223333' } } }) },
  ],
  invalid: [
    { name: 'other account', asset: source({ dataSourceConfiguration: { s3Configuration: { bucketOwnerAccountId: '444455556666' } } }), expected: [{ status: 'fail', message: 'Data source manuals-bucket ingests from bucket arn:aws:s3:::ml-genai-manuals of account 444455556666.' }] },
    { name: 'web crawler', asset: source({ dataSourceConfiguration: { type: 'WEB', s3Configuration: undefined } }), expected: [{ status: 'not_applicable' }] },
    { name: 'not read', asset: source(false), expected: [{ status: 'unknown' }] },
  ],
});
