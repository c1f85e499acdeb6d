import rule from '../../../../rules/azure/ai-foundry/private-hub-connects-to-public-ai-service.js';
import type { Asset } from '../../../../src/model/index.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiAccount } from '../ai-services/_wire.js';
import { contains, hub, hubConnection, project } from './_wire.js';

const connection = hubConnection();
/** The hub, its connection, and the AI Services account the connection targets. */
const wired = (theHub: Asset, account: Asset) => ({
  asset: theHub,
  related: [connection, account],
  edges: [contains(theHub, connection), { from: connection.id, to: account.id, kind: 'connects-to' as const }],
});

testRule(rule, {
  valid: [{ name: 'private hub, private AI service', ...wired(hub(), aiAccount({ properties: { publicNetworkAccess: 'Disabled' } })) }],
  invalid: [
    {
      name: 'recorded: private hub, public Azure OpenAI account',
      ...wired(hub(), aiAccount()),
      expected: [{ status: 'fail', message: 'Hub hub-fraud is private but connects to oai-fraud, reachable from the internet.', path: [hub().id, aiAccount().id] }],
    },
    { name: 'public hub is judged elsewhere', ...wired(hub({ properties: { publicNetworkAccess: 'Enabled' } }), aiAccount()), expected: [{ status: 'not_applicable' }] },
    { name: 'account network not read', ...wired(hub(), aiAccount({ properties: undefined })), expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }] },
  ],
  notApplicable: [{ name: 'a project', asset: project() }],
});
