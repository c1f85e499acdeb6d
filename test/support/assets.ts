import { AssetSchema, type Asset, type AssetInput, type Edge } from '../../src/model/index.js';
import { AssetGraph } from '../../src/graph/index.js';

let counter = 0;

/** A schema-valid asset with sensible defaults; override what the case is about. */
export function makeAsset(overrides: Partial<AssetInput> & Pick<AssetInput, 'kind'>): Asset {
  counter++;
  const provider = overrides.provider ?? 'azure';
  const id =
    overrides.id ??
    (provider === 'aws'
      ? `arn:aws:sagemaker:eu-west-1:111122223333:${overrides.kind}/test-${counter}`
      : `/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-test/providers/Test/${overrides.kind}/test-${counter}`);
  return AssetSchema.parse({
    provider,
    account: provider === 'aws' ? '111122223333' : '00000000-0000-0000-0000-000000000001',
    region: provider === 'aws' ? 'eu-west-1' : 'westeurope',
    name: `test-${overrides.kind}-${counter}`,
    nativeType: `Test::${overrides.kind}`,
    tags: {},
    facts: {},
    ...overrides,
    id,
  });
}

export function makeGraph(assets: Asset[], edges: Edge[] = []): AssetGraph {
  return new AssetGraph(assets, edges);
}
