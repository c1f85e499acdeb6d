import rule from '../../../rules/logging/prompt-logging-disabled.js';
import { testRule } from '../../support/rule-tester.js';
import { bedrockAsset } from '../aws/bedrock/_support.js';

const logging = (loggingConfig?: Record<string, unknown>) => bedrockAsset('bedrock/invocation-logging', { listing: loggingConfig ? { loggingConfig } : {} });

testRule(rule, {
  valid: [{ name: 'recorded configuration: S3 and CloudWatch with text', asset: logging() }],
  invalid: [
    { name: 'never configured (empty answer)', asset: bedrockAsset('bedrock/invocation-logging', { listing: { loggingConfig: undefined } }), expected: [{ status: 'fail', message: 'Bedrock model invocation logging (eu-west-1): prompts and completions are not logged.' }] },
    { name: 'configured without text data', asset: logging({ textDataDeliveryEnabled: false }), expected: [{ status: 'fail', evidence: { promptLoggingEnabled: false } }] },
  ],
});
