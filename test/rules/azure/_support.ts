import type { AssetInput, Asset } from '../../../src/model/index.js';
import { makeAsset } from '../../support/assets.js';

type AzureOverrides = Omit<Partial<AssetInput>, 'raw'> & { raw?: Record<string, unknown>; details?: Record<string, unknown> };

/**
 * A hand-made Azure asset of `nativeType`: `raw` is the ARM record, `details` the child detail
 * listings. Prefer test/support/wire-assets.ts, which builds the asset through the provider's own
 * normaliser from a recorded ARM payload.
 */
export function azureAsset(kind: AssetInput['kind'], nativeType: string, overrides: AzureOverrides = {}): Asset {
  const { raw, details, ...rest } = overrides;
  const envelope = raw || details ? { raw: { record: raw ?? {}, ...(details ? { details } : {}) } } : {};
  return makeAsset({ kind, provider: 'azure', nativeType, ...rest, ...envelope });
}

export const WS = 'Microsoft.MachineLearningServices/workspaces';
export const COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';
export const ONLINE_ENDPOINT = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints';
export const BATCH_ENDPOINT = 'Microsoft.MachineLearningServices/workspaces/batchEndpoints';
export const DEPLOYMENT = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments';
/** The raw record of a compute cluster (node compute, judged by the compute rules). */
export const CLUSTER = { properties: { computeType: 'AmlCompute' } };
export const STORAGE = 'Microsoft.Storage/storageAccounts';
export const VAULT = 'Microsoft.KeyVault/vaults';
export const REGISTRY = 'Microsoft.ContainerRegistry/registries';

import type { Facts, FactName } from '../../../src/model/index.js';
import type { RuleCases } from '../../support/rule-tester.js';

/**
 * Cases for a rule that judges one fact: a valid asset with `good`, an invalid one with `bad`
 * (expecting `failId`), and one where the fact is not visible (expecting unknown).
 */
export function factCases<K extends FactName>(
  kind: AssetInput['kind'],
  nativeType: string,
  fact: K,
  good: NonNullable<Facts[K]>,
  bad: NonNullable<Facts[K]>,
  failId: string,
  base: AzureOverrides = {},
): RuleCases {
  const make = (facts: Facts) => azureAsset(kind, nativeType, { ...base, facts: { ...(base.facts ?? {}), ...facts } });
  return {
    valid: [{ name: `${String(fact)} = ${JSON.stringify(good)}`, asset: make({ [fact]: good } as Facts) }],
    invalid: [
      { name: `${String(fact)} = ${JSON.stringify(bad)}`, asset: make({ [fact]: bad } as Facts), expected: [{ status: 'fail', messageId: failId }] },
      { name: `${String(fact)} not visible`, asset: make({}), expected: [{ status: 'unknown', missingFacts: [String(fact)] }] },
    ],
  };
}
