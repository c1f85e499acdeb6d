import rule from '../../../../rules/aws/bedrock/invocation-logs-publicly-readable.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsAsset, BUCKET } from '../_support.js';
import { bedrockAsset, edge } from './_support.js';

const LOGS = 'arn:aws:s3:::ml-genai-invocation-logs';
const config = bedrockAsset('bedrock/invocation-logging');
const bucket = (publicRead?: boolean) => awsAsset('storage', BUCKET, { id: LOGS, name: 'ml-genai-invocation-logs', facts: publicRead === undefined ? {} : { publicRead } });
const edges = [edge(config, LOGS, 'logs-to')];

testRule(rule, {
  valid: [{ name: 'private log bucket', asset: config, related: [bucket(false)], edges }],
  invalid: [
    { name: 'public log bucket', asset: config, related: [bucket(true)], edges, expected: [{ status: 'fail', path: [config.id, LOGS], message: 'Invocation logs are delivered to bucket ml-genai-invocation-logs, which anyone can read.' }] },
    { name: 'bucket access not read', asset: config, related: [bucket()], edges, expected: [{ status: 'unknown', missingFacts: ['publicRead'] }] },
    { name: 'CloudWatch only', asset: bedrockAsset('bedrock/invocation-logging', { listing: { loggingConfig: { s3Config: undefined, cloudWatchConfig: { largeDataDeliveryS3Config: undefined } } } }), expected: [{ status: 'not_applicable' }] },
  ],
});
