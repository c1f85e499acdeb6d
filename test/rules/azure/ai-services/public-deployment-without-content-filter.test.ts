import { describe, expect, it } from 'vitest';
import rule from '../../../../rules/azure/ai-services/public-deployment-without-content-filter.js';
import { rules } from '../../../../rules/index.js';
import { concernOf, runRules } from '../../../../src/engine/index.js';
import { AssetGraph } from '../../../../src/graph/index.js';
import type { Asset, Edge } from '../../../../src/model/index.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiAccount, aiDeployment } from './_wire.js';

const unfiltered = aiDeployment({ properties: { raiPolicyName: 'Microsoft.Nil' } });
const publicAccount = aiAccount();
const privateAccount = aiAccount({ properties: { publicNetworkAccess: 'Disabled' } });
const hosted = (deployment: Asset, account: Asset): { asset: Asset; related: Asset[]; edges: Edge[] } => ({
  asset: deployment,
  related: [account],
  edges: [{ from: account.id, to: deployment.id, kind: 'contains' }],
});

testRule(rule, {
  valid: [{ name: 'recorded deployment on a public account: custom content filter', ...hosted(aiDeployment(), publicAccount) }],
  invalid: [
    {
      name: 'no filter on a public account',
      ...hosted(unfiltered, publicAccount),
      expected: [{ status: 'fail', message: 'Deployment gpt-4o serves its model without a content filter from oai-fraud, which accepts traffic from the internet.', path: [publicAccount.id, unfiltered.id] }],
    },
    { name: 'public account, deployment body not read', ...hosted(aiDeployment({ properties: undefined }), publicAccount), expected: [{ status: 'unknown', missingFacts: ['contentFilter'] }] },
  ],
  notApplicable: [
    { name: 'deployment whose account was not collected', asset: unfiltered },
    // The generic integrity/genai-content-filter-missing judges these alone.
    { name: 'no filter, but the account is private', ...hosted(unfiltered, privateAccount) },
    { name: 'account network not read', ...hosted(unfiltered, aiAccount({ properties: undefined })) },
  ],
});

/**
 * Every registered rule on one account and its deployment, as in a scan: the failing findings that
 * rest on the missing filter (whatever concern their rule declares), each with its concern.
 */
async function contentFilterFailures(deployment: Asset, account: Asset): Promise<string[]> {
  const graph = new AssetGraph([account, deployment], [{ from: account.id, to: deployment.id, kind: 'contains' }]);
  const { findings } = await runRules({ rules, graph });
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  return findings
    .filter((f) => f.assetId === deployment.id && f.status === 'fail' && f.evidence?.contentFilter === false)
    .map((f) => `${f.ruleId} (${concernOf(byId.get(f.ruleId)!.meta)})`);
}

describe('one finding per deployment for a missing content filter', () => {
  it('a public unfiltered deployment fails once, through the rule that names the public account', async () => {
    expect(await contentFilterFailures(unfiltered, publicAccount)).toEqual(['azure/ai-services/public-deployment-without-content-filter (genai-content-filter-missing)']);
  });

  it('a private unfiltered deployment still fails once, through the generic rule', async () => {
    expect(await contentFilterFailures(unfiltered, privateAccount)).toEqual(['integrity/genai-content-filter-missing (genai-content-filter-missing)']);
  });

  it('a filtered deployment on a public account fails nothing', async () => {
    expect(await contentFilterFailures(aiDeployment(), publicAccount)).toEqual([]);
  });
});
