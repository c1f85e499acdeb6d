import { defineRule } from '../../../src/engine/index.js';
import { requireLineageSeen } from '../../_lib/serving.js';
import type { Asset } from '../../../src/model/index.js';

/** Edges from an endpoint down to the storage its models were trained on or stored in. */
const LINEAGE = ['contains', 'serves-model', 'produced-by', 'trained-on', 'stored-in', 'uses-storage'] as const;

export default defineRule({
  meta: {
    id: 'azure/machine-learning/public-endpoint-public-data',
    title: 'Public model endpoint serves a model whose training data or artifacts sit in anonymously readable storage',
    family: 'integrity',
    severity: 'critical',
    appliesTo: ['endpoint'],
    providers: ['azure'],
    rationale:
      'When the storage behind a public model allows anonymous blob access, anyone can read (and, with leaked keys, poison) the training data or model artifacts of a model the internet can query: inversion, theft and poisoning become one short path.',
    remediation: {
      text: 'Disallow anonymous blob access on every storage account on the path (allowBlobPublicAccess false), and make the endpoint private.',
      cli: 'az storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
      url: 'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent',
    },
    controls: { 'ms-ai-risk': ['5.2.3', '5.5.2'], 'a-mlsg': ['A-MLSG-002-D004', 'A-MLSG-004-D007'], 'mitre-atlas': ['AML.M0005', 'AML.M0019'] },
    references: { catalog: ['AZ-ST-01', 'AZ-ML-EP-02'], mcsb: ['NS-2', 'DP-2'] },
    messages: {
      notPublic: 'Endpoint {{name}} is not public.',
      clean: 'Endpoint {{name}} is public, but no storage on its model lineage allows anonymous reads.',
      exposed: 'Public endpoint {{name}} serves a model whose data sits in anonymously readable storage {{storage}}.',
    },
  },
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('publicNetworkAccess');
    if (gap) return gap;
    if (!asset.facts.publicNetworkAccess) return ctx.pass('notPublic', { evidence: { publicNetworkAccess: false } });
    const isStorage = (a: Asset) => a.kind === 'storage';
    const paths = ctx.graph.paths(asset.id, { via: LINEAGE, until: isStorage, maxDepth: 8 });
    // One finding per exposed storage account, on the longest (most explanatory) path to it.
    const byStorage = new Map<string, string[]>();
    for (const p of paths) {
      const end = p[p.length - 1]!;
      if (ctx.graph.get(end)?.facts.publicRead !== true) continue;
      if ((byStorage.get(end)?.length ?? 0) < p.length) byStorage.set(end, p);
    }
    const exposed = [...byStorage.values()];
    if (exposed.length) {
      return exposed.map((path) => {
        const storage = ctx.graph.get(path[path.length - 1]!)!;
        return ctx.fail('exposed', { path, data: { storage: storage.name }, evidence: { publicNetworkAccess: true, storage: storage.id, publicRead: true } });
      });
    }
    const blind = paths.filter((p) => ctx.graph.get(p[p.length - 1]!)?.facts.publicRead === undefined);
    if (blind.length) return ctx.unknown(['storage.publicRead'], { path: blind[0]! });
    // No path at all, or paths a coverage gap may have cut short, cannot show the lineage is clean.
    if (paths.length === 0) return ctx.unknown(['training-data-lineage'], { evidence: { publicNetworkAccess: true } });
    return requireLineageSeen(ctx, asset) ?? ctx.pass('clean', { evidence: { publicNetworkAccess: true, lineageStorage: paths.map((p) => p[p.length - 1]) } });
  },
});
