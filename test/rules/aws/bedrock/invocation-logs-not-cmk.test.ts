import rule from '../../../../rules/aws/bedrock/invocation-logs-not-cmk.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsAsset, BUCKET } from '../_support.js';
import { bedrockAsset, edge } from './_support.js';

const LOGS = 'arn:aws:s3:::ml-genai-invocation-logs';
const s3Only = bedrockAsset('bedrock/invocation-logging', { listing: { loggingConfig: { cloudWatchConfig: undefined } } });
const both = bedrockAsset('bedrock/invocation-logging');
const bucket = (encryption: 'cmk' | 'platform') => awsAsset('storage', BUCKET, { id: LOGS, name: 'ml-genai-invocation-logs', facts: { encryption } });

testRule(rule, {
  valid: [{ name: 'S3 destination with a customer-managed key', asset: s3Only, related: [bucket('cmk')], edges: [edge(s3Only, LOGS, 'logs-to')] }],
  invalid: [
    { name: 'S3 destination with SSE-S3', asset: s3Only, related: [bucket('platform')], edges: [edge(s3Only, LOGS, 'logs-to')], expected: [{ status: 'fail', message: 'Invocation logs go to ml-genai-invocation-logs, which is not encrypted with a customer-managed key.' }] },
    {
      name: 'recorded configuration: the CloudWatch log group is not read',
      asset: both,
      related: [bucket('cmk')],
      expected: [{ status: 'unknown', evidence: { destination: 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/bedrock/invocations' } }],
    },
    { name: 'logging off', asset: bedrockAsset('bedrock/invocation-logging', { listing: { loggingConfig: undefined } }), expected: [{ status: 'not_applicable' }] },
  ],
});
