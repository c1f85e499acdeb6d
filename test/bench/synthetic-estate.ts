import type { AssetInput, AssetKind, Edge, EdgeKind, Facts, Provider } from '../../src/model/index.js';
import type { Inventory } from '../../src/scan/source.js';
import { seededRandom } from '../support/emulator/prng.js';

const PROJECT_KINDS: readonly AssetKind[] = [
  'workspace',
  'compute',
  'notebook',
  'storage',
  'dataset',
  'model',
  'model-version',
  'endpoint',
  'deployment',
  'kms-key',
];

/**
 * A synthetic estate of `assetCount` assets in projects of ten related assets (workspace, compute,
 * notebook, storage, dataset, model, version, endpoint, deployment, key), wired with the edges the
 * graph rules walk, with roughly one setting in four misconfigured.
 */
export function syntheticEstate(assetCount: number, seed = 42): Inventory {
  const random = seededRandom(seed);
  const bad = (p = 0.25) => random() < p;
  const assets: AssetInput[] = [];
  const edges: Edge[] = [];
  const projects = Math.ceil(assetCount / PROJECT_KINDS.length);
  for (let p = 0; p < projects && assets.length < assetCount; p++) {
    const provider: Provider = p % 2 === 0 ? 'aws' : 'azure';
    const account = provider === 'aws' ? String(100000000000 + (p % 200)) : `00000000-0000-0000-0000-${String(p % 200).padStart(12, '0')}`;
    const region = provider === 'aws' ? ['eu-west-1', 'us-east-1'][p % 2]! : ['westeurope', 'eastus'][p % 2]!;
    const env = bad(0.4) ? 'dev' : 'prod';
    const tags = { environment: env, 'data-classification': bad(0.3) ? 'confidential' : 'internal', owner: `team-${p % 37}` };
    const ids = new Map<AssetKind, string>();
    for (const kind of PROJECT_KINDS) {
      if (assets.length >= assetCount) break;
      const id =
        provider === 'aws'
          ? `arn:aws:sagemaker:${region}:${account}:${kind}/p${p}-${kind}`
          : `/subscriptions/${account}/resourceGroups/rg-p${p}/providers/Microsoft.MachineLearningServices/workspaces/ws-p${p}/${kind}s/p${p}`;
      ids.set(kind, id);
      assets.push({ id, kind, provider, account, region, name: `p${p}-${kind}`, nativeType: `Synthetic::${kind}`, tags, facts: factsFor(kind, bad) });
    }
    const link = (from: AssetKind, kind: EdgeKind, to: AssetKind) => {
      const a = ids.get(from);
      const b = ids.get(to);
      if (a && b) edges.push({ from: a, to: b, kind });
    };
    link('workspace', 'contains', 'compute');
    link('workspace', 'contains', 'notebook');
    link('workspace', 'contains', 'endpoint');
    link('workspace', 'uses-storage', 'storage');
    link('workspace', 'encrypted-by', 'kms-key');
    link('dataset', 'stored-in', 'storage');
    link('model-version', 'version-of', 'model');
    link('model', 'trained-on', 'dataset');
    link('model-version', 'stored-in', 'storage');
    link('endpoint', 'contains', 'deployment');
    link('deployment', 'serves-model', 'model-version');
    link('endpoint', 'serves-model', 'model-version');
  }
  return { assets, edges, gaps: [] };
}

function factsFor(kind: AssetKind, bad: (p?: number) => boolean): Facts {
  switch (kind) {
    case 'workspace':
      return { publicNetworkAccess: bad(), encryption: bad() ? 'platform' : 'cmk', loggingEnabled: !bad(), privateEndpoints: bad() ? 0 : 1, networkIsolation: !bad() };
    case 'compute':
      return { publicIp: bad(), localAuthEnabled: bad(), sshEnabled: bad(), inVirtualNetwork: !bad(), idleShutdown: !bad() };
    case 'notebook':
      return { directInternetAccess: bad(), rootAccess: bad(), inVirtualNetwork: !bad(), encryption: bad() ? 'platform' : 'cmk' };
    case 'storage':
      return {
        publicRead: bad(0.05),
        publicWrite: bad(0.02),
        publicNetworkAccess: bad(),
        versioning: !bad(),
        softDelete: !bad(),
        encryption: bad() ? 'platform' : 'cmk',
        loggingEnabled: !bad(),
        minTlsVersion: bad() ? '1.0' : '1.2',
        transitEncryption: !bad(),
        localAuthEnabled: bad(),
        mlRelated: true,
      };
    case 'dataset':
      return { versioning: !bad() };
    case 'model':
      return { registered: !bad(0.1), lineageRecorded: !bad() };
    case 'model-version':
      return { registered: true, approvalStatus: bad() ? 'pending' : 'approved' };
    case 'endpoint':
      return { publicNetworkAccess: bad(), authModes: bad() ? ['key'] : ['aad'], loggingEnabled: !bad(), dataCapture: !bad(), encryption: bad() ? 'platform' : 'cmk' };
    case 'deployment':
      return { outboundRestricted: !bad(), instanceCount: bad() ? 1 : 2 };
    case 'kms-key':
      return { keyRotation: !bad(), keyManager: 'customer' };
    default:
      return {};
  }
}
