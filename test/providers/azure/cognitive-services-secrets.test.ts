import { describe, expect, it } from 'vitest';
import { AZURE_CANARIES, canaryRoutes } from '../../fixtures/azure/canary-estate.js';
import * as f from '../../fixtures/azure/estate.js';
import { azureCliEnv } from '../../support/cli-env.js';
import { mockEntraId } from '../../support/entra-id.js';
import { everyOutput, leaks } from '../../support/every-output.js';
import { inProcessCli } from '../../support/in-process-cli.js';
import { patched, wire } from '../../support/wire-assets.js';
import { list, mockArm, useNock, type Route } from './support.js';

const CLIENT_SECRET = 'client-secret-canary-ai-7c2f';

/** Secrets an AI Services account can carry in fields ARM returns. */
const AI_CANARIES = {
  searchKey: 'CANARY-AOAI-SEARCH-ENDPOINT-KEY',
  migrationToken: 'CANARY-AOAI-MIGRATION-TOKEN',
  superUser: 'CANARY-AOAI-SUPER-USER',
  topicSample: 'CANARY-AOAI-TOPIC-SAMPLE',
  tagKey: 'CANARY-AOAI-TAG-SIG',
} as const;

const inSub = <T>(body: T): T => JSON.parse(JSON.stringify(body).replaceAll('00000000-0000-0000-0000-000000000001', f.SUB)) as T;
const account = inSub(
  patched(wire<{ id: string }>('azure/cognitive-services/account.json'), {
    tags: { export: `https://stfraud.blob.core.windows.net/x?sv=2022-11-02&sig=${AI_CANARIES.tagKey}` },
    properties: {
      // apiProperties carries a search admin key for QnA Maker; migrationToken is a bearer secret.
      apiProperties: { qnaAzureSearchEndpointKey: AI_CANARIES.searchKey, qnaAzureSearchEndpointId: 'srch-fraud', superUser: AI_CANARIES.superUser, statisticsEnabled: false },
      migrationToken: AI_CANARIES.migrationToken,
    },
  }),
);
const deployment = inSub(wire<{ id: string }>('azure/cognitive-services/deployment.json'));
const raiPolicy = inSub(
  patched(wire<{ id: string }>('azure/cognitive-services/rai-policy.json'), {
    properties: { customTopics: [{ topicName: 'fraud-howto', blocking: true, source: 'Prompt', sampleBlobUrl: `https://stfraud.blob.core.windows.net/topics?sig=${AI_CANARIES.topicSample}` }] },
  }),
);

const ACCOUNTS = `/subscriptions/${f.SUB}/providers/Microsoft.CognitiveServices/accounts`;
const aiRoutes: Route[] = [
  { path: ACCOUNTS, apiVersion: f.API.cognitiveServices, body: list([account]) },
  { path: `${account.id}/deployments`, apiVersion: f.API.cognitiveServices, body: list([deployment]) },
  { path: `${account.id}/raiPolicies`, apiVersion: f.API.cognitiveServices, body: list([raiPolicy]) },
  { path: `${account.id}/providers/Microsoft.Insights/diagnosticSettings`, apiVersion: f.API.diagnostics, body: list([]) },
];

// The canary estate (ML, storage, key vault, ... with secrets planted) plus an Azure OpenAI account with its own,
// through the real SDKs, the runner and every output the CLI writes or prints.
describe('AI Services secrets reach no output', () => {
  useNock();
  const cli = azureCliEnv(f.TENANT, CLIENT_SECRET);
  const stderr = inProcessCli(cli.prefixes, cli.env);

  it('no key, token or secret of an AI Services account reaches inventory, reports, stdout or stderr; listKeys is never called', async () => {
    mockEntraId(f.TENANT, CLIENT_SECRET);
    // Every request nock did not expect is recorded: a listKeys (POST) would be one of them.
    const unmatched: string[][] = [];
    const answer = () => {
      unmatched.push(mockArm([...canaryRoutes().filter((r) => r.path !== ACCOUNTS), ...aiRoutes]).unmatched);
    };
    const outputs = await everyOutput(['--azure', '--azure-subscriptions', f.SUB], answer, stderr);

    expect(leaks(outputs, [...Object.values(AI_CANARIES), ...Object.values(AZURE_CANARIES), ...f.CANARIES, CLIENT_SECRET])).toEqual([]);
    expect(outputs.codes).toEqual([0, 0, 0]);
    expect(unmatched.flat()).toEqual([]);

    // What is kept instead: the account's security configuration, the filter settings, no apiProperties.
    const raw = (id: string) => outputs.snapshot.assets.find((a) => a.id === id)?.raw?.record as { properties: Record<string, unknown> } | undefined;
    expect(raw(account.id)!.properties).toMatchObject({ publicNetworkAccess: 'Enabled', customSubDomainName: 'oai-fraud' });
    expect(raw(account.id)!.properties.apiProperties).toBeUndefined();
    expect(raw(account.id)!.properties.migrationToken).toBeUndefined();
    expect(raw(raiPolicy.id)!.properties.customTopics).toEqual([{ topicName: 'fraud-howto', blocking: true, source: 'Prompt' }]);
    expect(raw(deployment.id)!.properties).toMatchObject({ raiPolicyName: 'fraud-strict', model: { format: 'OpenAI', name: 'gpt-4o', version: '2024-11-20' } });
    // the reports judged the account: its findings are there, by name
    const live = outputs.texts.filter(([name]) => name.startsWith('live/')).map(([, text]) => text).join('\n');
    expect(live).toContain('exposure/ai-service-public-network-access');
    expect(live).toContain('azure/ai-services/deployment-auto-upgrade');
  });
});
