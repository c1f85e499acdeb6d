import rule from '../../../../rules/aws/bedrock/knowledge-base-reads-publicly-writable-bucket.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsAsset, BUCKET } from '../_support.js';
import { bedrockAsset, edge } from './_support.js';

const MANUALS = 'arn:aws:s3:::ml-genai-manuals';
const kb = bedrockAsset('bedrock-agent/knowledge-bases');
const source = bedrockAsset('bedrock-agent/data-sources');
const bucket = (publicWrite?: boolean) => awsAsset('storage', BUCKET, { id: MANUALS, name: 'ml-genai-manuals', facts: publicWrite === undefined ? {} : { publicWrite } });
const edges = [edge(kb, source, 'contains'), edge(source, MANUALS, 'uses-storage')];

testRule(rule, {
  valid: [{ name: 'private bucket', asset: kb, related: [source, bucket(false)], edges }],
  invalid: [
    { name: 'publicly writable bucket', asset: kb, related: [source, bucket(true)], edges, expected: [{ status: 'fail', path: [kb.id, source.id, MANUALS], message: 'Knowledge base product-manuals ingests from bucket ml-genai-manuals, which anyone can write.' }] },
    { name: 'bucket access not read', asset: kb, related: [source, bucket()], edges, expected: [{ status: 'unknown', missingFacts: ['publicWrite'] }] },
    {
      name: 'data sources hidden by a denied listing',
      asset: kb,
      gaps: [{ provider: 'aws', account: '111122223333', region: 'eu-west-1', service: 'bedrock-agent', errorCode: 'AccessDeniedException', kinds: ['datastore'] }],
      expected: [{ status: 'unknown' }],
    },
  ],
});
