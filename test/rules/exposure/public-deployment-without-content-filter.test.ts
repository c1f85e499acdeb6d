import rule from '../../../rules/exposure/public-deployment-without-content-filter.js';
import type { Asset, Edge } from '../../../src/model/index.js';
import { testRule } from '../../support/rule-tester.js';
import { aiAccount, aiDeployment } from '../azure/ai-services/_wire.js';

const unfiltered = aiDeployment({ properties: { raiPolicyName: 'Microsoft.Nil' } });
const publicAccount = aiAccount();
const privateAccount = aiAccount({ properties: { publicNetworkAccess: 'Disabled' } });
const hosted = (deployment: Asset, account: Asset): { asset: Asset; related: Asset[]; edges: Edge[] } => ({
  asset: deployment,
  related: [account],
  edges: [{ from: account.id, to: deployment.id, kind: 'contains' }],
});

testRule(rule, {
  valid: [
    { name: 'recorded deployment: custom content filter', ...hosted(aiDeployment(), publicAccount) },
    { name: 'no filter, but the account is private', ...hosted(unfiltered, privateAccount) },
  ],
  invalid: [
    {
      name: 'no filter on a public account',
      ...hosted(unfiltered, publicAccount),
      expected: [{ status: 'fail', message: 'Deployment gpt-4o serves its model without a content filter from oai-fraud, which accepts traffic from the internet.', path: [publicAccount.id, unfiltered.id] }],
    },
    { name: 'account network not read', ...hosted(unfiltered, aiAccount({ properties: undefined })), expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }] },
  ],
  notApplicable: [{ name: 'deployment whose account was not collected', asset: unfiltered }],
});
