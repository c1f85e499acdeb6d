import rule from '../../../rules/rbac/endpoint-key-auth.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { armWireAsset } from '../../support/wire-assets.js';

/** The recorded Azure AI Foundry serverless endpoint (authMode Key), patched. */
const serverless = (authMode: string) => armWireAsset('machine-learning/serverless-endpoints', 'machine-learning/serverless-endpoint.json', { properties: { authMode } });

testRule(rule, {
  valid: [
    { name: 'azure endpoint with aad_token auth', asset: makeAsset({ kind: 'endpoint', facts: { authModes: ['aad'] } }) },
    { name: 'sagemaker endpoint with IAM SigV4', asset: makeAsset({ kind: 'endpoint', provider: 'aws', facts: { authModes: ['iam'] } }) },
    { name: 'serverless endpoint with Entra ID auth', asset: serverless('AAD') },
  ],
  invalid: [
    {
      name: 'endpoint with key auth',
      asset: makeAsset({ kind: 'endpoint', name: 'churn', facts: { authModes: ['key'] } }),
      expected: [{ status: 'fail', messageId: 'keyAuth', message: 'Endpoint churn accepts static keys (key).', evidence: { authModes: ['key'] } }],
    },
    {
      name: 'recorded serverless endpoint with key auth',
      asset: serverless('Key'),
      expected: [{ status: 'fail', messageId: 'keyAuth', message: 'Endpoint llama-fraud-triage accepts static keys (key).' }],
    },
    {
      name: 'key accepted next to tokens, spelled in upper case',
      asset: makeAsset({ kind: 'endpoint', name: 'mixed', facts: { authModes: ['AAD', 'Key'] } }),
      expected: [{ status: 'fail', messageId: 'keyAuth', message: 'Endpoint mixed accepts static keys (aad, key).' }],
    },
    {
      name: 'endpoint with no authentication',
      asset: makeAsset({ kind: 'endpoint', name: 'open', facts: { authModes: ['none'] } }),
      expected: [{ status: 'fail', messageId: 'anonymous', message: 'Endpoint open accepts unauthenticated requests.' }],
    },
    {
      name: 'unrecognised mode is not a pass',
      asset: makeAsset({ kind: 'endpoint', facts: { authModes: ['custom-header'] } }),
      expected: [{ status: 'unknown', missingFacts: ['authModes'] }],
    },
    { name: 'auth modes not visible', asset: makeAsset({ kind: 'endpoint', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['authModes'] }] },
  ],
});
