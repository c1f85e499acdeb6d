import { describe, expect, it } from 'vitest';
import { createAzureSource } from '../../../providers/azure/index.js';
import { redactRecord } from '../../../providers/azure/redact.js';
import { mergeInventories } from '../../../src/scan/merge.js';
import * as f from '../../fixtures/azure/estate.js';
import { armError, estateRoutes, mockArm, staticCredential, useNock } from './support.js';

useNock();

describe('azure secrets never leave the provider', () => {
  it('no planted key, SAS token, API key, password or connection string reaches the inventory', async () => {
    mockArm(estateRoutes());
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential() }).collect();
    // The normalised inventory is what every report format (json, csv, sarif, html …) is rendered from.
    const serialised = JSON.stringify(mergeInventories([inventory]));
    for (const canary of f.CANARIES) expect(serialised).not.toContain(canary);

    const raw = (id: string) => inventory.assets.find((a) => a.id === id)!.raw!.record as { properties: Record<string, unknown> };
    // the credential type survives, the secret does not
    expect(raw(f.ids.dsBlob).properties.credentials).toEqual({ credentialsType: 'AccountKey' });
    expect(raw(f.ids.dsTraining).properties.credentials).toEqual({ credentialsType: 'Sas' });
    expect(raw(f.ids.dsTraining).properties.description).toBe('migrated from DefaultEndpointsProtocol=https;AccountName=sttrainingpub;AccountKey=[redacted]');
    expect(raw(f.ids.connection).properties.credentials).toBeUndefined();
    expect(raw(f.ids.connection).properties.authType).toBe('ApiKey');
    expect(raw(f.ids.deployment).properties.environmentVariables).toEqual({ OPENAI_API_KEY: '[redacted]' });
    expect(raw(f.ids.job).properties.environmentVariables).toEqual({ STORAGE_KEY: '[redacted]' });
  });

  it('error messages carried by coverage gaps are scrubbed', async () => {
    mockArm([
      {
        path: `/subscriptions/${f.SUB}/providers/Microsoft.Storage/storageAccounts`,
        apiVersion: f.API.storage,
        status: 400,
        body: armError('BadRequest', `bad request for DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${f.CANARIES[4]}`),
      },
    ]);
    const { storageAccounts } = await import('../../../providers/azure/collectors/storage.js');
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors: [storageAccounts] }).collect();
    expect(inventory.gaps).toHaveLength(1);
    expect(JSON.stringify(inventory.gaps)).not.toContain(f.CANARIES[4]);
  });

  it('redactRecord keeps non-secret neighbours', () => {
    const out = redactRecord('machine-learning/datastores', {
      id: 'ds',
      properties: {
        accountName: 'st',
        credentials: { credentialsType: 'ServicePrincipal', clientId: 'c', secrets: { clientSecret: 's' } },
        description: 'copy of https://acct.blob.core.windows.net/c/blob?sv=2022&sig=abc',
        notKept: 'x',
      },
    });
    expect(out).toEqual({
      id: 'ds',
      properties: {
        accountName: 'st',
        credentials: { credentialsType: 'ServicePrincipal' },
        description: 'copy of https://acct.blob.core.windows.net/c/blob?sv=2022&sig=[redacted]',
      },
    });
  });
});
