import rule from '../../../../rules/aws/bedrock/data-source-ingests-public-web.js';
import { testRule } from '../../../support/rule-tester.js';
import { bedrockAsset } from './_support.js';

const source = (describe: Record<string, unknown> | false = {}) => bedrockAsset('bedrock-agent/data-sources', { describe });
const web = { type: 'WEB', s3Configuration: undefined, webConfiguration: { sourceConfiguration: { urlConfiguration: { seedUrls: [{ url: 'https://docs.example.com/' }] } } } };

testRule(rule, {
  valid: [{ name: 'recorded data source: S3', asset: source() }],
  invalid: [
    { name: 'web crawler', asset: source({ dataSourceConfiguration: web }), expected: [{ status: 'fail', message: 'Data source manuals-bucket crawls the public web from https://docs.example.com/.' }] },
    { name: 'not read', asset: source(false), expected: [{ status: 'unknown', missingFacts: ['dataSourceConfiguration'] }] },
  ],
});
