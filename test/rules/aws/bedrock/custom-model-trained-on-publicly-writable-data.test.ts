import rule from '../../../../rules/aws/bedrock/custom-model-trained-on-publicly-writable-data.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsAsset, BUCKET } from '../_support.js';
import { bedrockAsset, edge } from './_support.js';

const TRAINING = 'arn:aws:s3:::ml-genai-training';
const model = bedrockAsset('bedrock/custom-models');
const bucket = (publicWrite?: boolean) => awsAsset('storage', BUCKET, { id: TRAINING, name: 'ml-genai-training', facts: publicWrite === undefined ? {} : { publicWrite } });
const edges = [edge(model, TRAINING, 'trained-on')];

testRule(rule, {
  valid: [{ name: 'private training bucket', asset: model, related: [bucket(false)], edges }],
  invalid: [
    { name: 'publicly writable training bucket', asset: model, related: [bucket(true)], edges, expected: [{ status: 'fail', path: [model.id, TRAINING], message: 'Custom model support-assistant-ft was trained on data in bucket ml-genai-training, which anyone can write.' }] },
    { name: 'bucket not read', asset: model, edges, expected: [{ status: 'unknown', missingFacts: ['publicWrite'] }] },
    { name: 'no training data known', asset: model, expected: [{ status: 'unknown', missingFacts: ['trainingDataConfig'] }] },
  ],
});
