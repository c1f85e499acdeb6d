import { describe, expect, it } from 'vitest';
import { cognitiveServicesCollectors } from '../../../providers/azure/collectors/cognitive-services.js';
import { machineLearningCollectors } from '../../../providers/azure/collectors/machine-learning.js';
import { monitorCollectors } from '../../../providers/azure/collectors/monitor.js';
import { createAzureSource } from '../../../providers/azure/index.js';
import * as f from '../../fixtures/azure/estate.js';
import { wire } from '../../support/wire-assets.js';
import { list, mockArm, staticCredential, useNock, workspaceChildren } from './support.js';

useNock();

const inSub = <T>(body: T): T => JSON.parse(JSON.stringify(body).replaceAll('00000000-0000-0000-0000-000000000001', f.SUB)) as T;
const hub = inSub(wire<{ id: string }>('azure/machine-learning/hub-workspace.json'));
const project = inSub(wire<{ id: string }>('azure/machine-learning/project-workspace.json'));
const connection = inSub(wire<{ id: string }>('azure/machine-learning/hub-connection.json'));
const account = inSub(wire<{ id: string }>('azure/cognitive-services/account.json'));

const WORKSPACES = `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/workspaces`;
const ACCOUNTS = `/subscriptions/${f.SUB}/providers/Microsoft.CognitiveServices/accounts`;
const collectors = [
  ...machineLearningCollectors.filter((c) => c.name !== 'machine-learning/registries'),
  monitorCollectors.find((c) => c.name === 'monitor/diagnostic-settings:machine-learning/workspaces')!,
  cognitiveServicesCollectors[0],
];

describe('AI Foundry hubs and projects (ML workspaces of kind Hub and Project)', () => {
  it('collects the hub, its project and the hub connection, with project -> hub, hub -> connection -> AI service, hub -> storage / key vault edges', async () => {
    const { unmatched } = mockArm([
      { path: WORKSPACES, apiVersion: f.API.ml, body: list([hub, project]) },
      ...workspaceChildren(hub.id, { connections: [connection] }),
      ...workspaceChildren(project.id),
      { path: ACCOUNTS, apiVersion: f.API.cognitiveServices, body: list([account]) },
    ]);
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors }).collect();
    expect(unmatched).toEqual([]);
    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.map((a) => [a.kind, a.name])).toEqual([
      ['workspace', 'hub-fraud'],
      ['workspace', 'proj-fraud-assistant'],
      ['ai-service', 'oai-fraud'],
      ['connection', 'aoai-fraud'],
    ]);
    const edges = inventory.edges.map((e) => `${e.from.split('/').pop()} ${e.kind} ${e.to.split('/').pop()}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'proj-fraud-assistant in-hub hub-fraud',
        'hub-fraud contains aoai-fraud',
        'aoai-fraud connects-to oai-fraud',
        'hub-fraud uses-storage sthubfraud',
        'hub-fraud uses-key-vault kv-hub-fraud',
      ]),
    );
    // the connection keeps its auth type only; the hub and project keep what says which is which
    const raw = (id: string) => inventory.assets.find((a) => a.id === id)!.raw!.record as { kind?: string; properties: Record<string, unknown> };
    expect(raw(connection.id).properties).toMatchObject({ authType: 'ApiKey', isSharedToAll: true, category: 'AzureOpenAI' });
    expect(raw(hub.id).kind).toBe('Hub');
    expect(raw(project.id).properties.hubResourceId).toBe(hub.id);
    expect(inventory.assets.find((a) => a.id === connection.id)!.facts).toMatchObject({ authModes: ['key'], localAuthEnabled: true });
  });
});
