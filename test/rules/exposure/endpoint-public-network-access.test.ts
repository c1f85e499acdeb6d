import rule from '../../../rules/exposure/endpoint-public-network-access.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { armWireAsset, wire } from '../../support/wire-assets.js';
import type { ArmResource } from '../../../providers/azure/arm.js';

/** The recorded serverless endpoint, read under the recorded AI Foundry project with its public network access set to `access`. */
function serverlessIn(access: 'Enabled' | 'Disabled') {
  const project = wire<ArmResource>('azure/machine-learning/project-workspace.json');
  const parent = { ...project, properties: { ...project.properties, publicNetworkAccess: access } };
  return armWireAsset('machine-learning/serverless-endpoints', 'machine-learning/serverless-endpoint.json', {}, { parent });
}

testRule(rule, {
  valid: [
    { name: 'azure online endpoint with public access disabled', asset: makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: false } }) },
    { name: 'sagemaker endpoint behind a VPC endpoint', asset: makeAsset({ kind: 'endpoint', provider: 'aws', facts: { publicNetworkAccess: false } }) },
    { name: 'serverless endpoint of a private project', asset: serverlessIn('Disabled') },
  ],
  invalid: [
    {
      name: 'serverless endpoint of a public project',
      asset: serverlessIn('Enabled'),
      expected: [{ status: 'fail', messageId: 'public', message: 'Endpoint llama-fraud-triage accepts inference traffic from the public internet.' }],
    },
    {
      name: 'endpoint open to the internet',
      asset: makeAsset({ kind: 'endpoint', name: 'fraud-score', facts: { publicNetworkAccess: true } }),
      expected: [
        {
          status: 'fail',
          messageId: 'public',
          message: 'Endpoint fraud-score accepts inference traffic from the public internet.',
          evidence: { publicNetworkAccess: true },
        },
      ],
    },
    {
      name: 'ingress setting not visible',
      asset: makeAsset({ kind: 'endpoint', facts: {} }),
      expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }],
    },
    {
      name: 'sagemaker endpoint whose identity policies could not be read: unknown with the provider reason',
      asset: makeAsset({
        kind: 'endpoint',
        provider: 'aws',
        nativeType: 'AWS::SageMaker::Endpoint',
        facts: {},
        raw: { record: {}, details: { invokeRestriction: { decision: 'unknown', reason: 'iam:GetAccountAuthorizationDetails AccessDenied' } } },
      }),
      expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'], evidence: { invokeRestriction: 'iam:GetAccountAuthorizationDetails AccessDenied' } }],
    },
  ],
});
