import { defineRule, type Verdict } from '../../src/engine/index.js';
import { publicDataState } from '../_lib/public-data.js';
import { isServingRoot, pathSubject, requireLineageSeen, servedPaths } from '../_lib/serving.js';

export default defineRule({
  meta: {
    id: 'integrity/public-endpoint-serves-model-trained-on-exposed-data',
    title: 'Public endpoint serves a model trained on data in publicly readable or writable storage',
    family: 'integrity',
    concern: 'public-endpoint-serves-model-trained-on-exposed-data',
    severity: 'critical',
    appliesTo: ['endpoint', 'deployment'],
    rationale:
      'Each setting alone looks like a separate, ordinary finding; together they form an attack path: anyone can write (poison) or read the training data, and the resulting model answers anyone on the internet, so a backdoor planted in a bucket becomes a backdoor in production, and public data helps craft inversion and evasion attacks against the live model.',
    remediation: {
      text: 'Break the path at both ends: block anonymous access to the training-data storage (then check the data for tampering and retrain from a trusted version), and take the endpoint off the public internet or put it behind identity-based access.',
      cli: '# AWS storage\naws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\n# Azure storage\naz storage account update --name <account> --resource-group <rg> --allow-blob-public-access false\n# Azure endpoint\naz ml online-endpoint update --name <endpoint> --resource-group <rg> --workspace-name <workspace> --set public_network_access=disabled',
      url: 'https://atlas.mitre.org/techniques/AML.T0020',
    },
    references: { catalog: ['AZ-ST-01', 'AWS-S3-01', 'AZ-ML-EP-02', 'AWS-SM-EP-04'], mcsb: ['NS-2', 'DP-2'] },
    messages: {
      exposedTrainingData:
        'Public endpoint {{name}} serves model {{model}}, trained on data in storage {{storage}}, which is {{exposure}} by anyone.',
      private: 'Endpoint {{name}} is not reachable from the public internet.',
      clean: 'Public endpoint {{name}} serves models whose training data sits only in private storage.',
    },
  },
  applies: (asset, graph) => isServingRoot(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('publicNetworkAccess');
    if (gap) return gap;
    if (!asset.facts.publicNetworkAccess) return ctx.pass('private', { evidence: { publicNetworkAccess: false } });

    const served = ctx.graph.servedModels(asset.id);
    if (served.length === 0) return ctx.unknown(['serves-model'], { evidence: { publicNetworkAccess: true } });

    // Every distinct path endpoint -> model -> training lineage -> storage.
    const lineage = servedPaths(ctx.graph, served, (modelId) => ctx.graph.trainingDataPaths(modelId));
    // A public endpoint whose training data we cannot locate is not a clean one.
    if (lineage.length === 0) return ctx.unknown(['training-data-lineage'], { evidence: { publicNetworkAccess: true } });

    const findings: Verdict[] = [];
    const cleanStorage = new Set<string>();
    for (const { path, modelName } of lineage) {
      const storage = ctx.graph.get(path[path.length - 1]!)!;
      const seen = publicDataState(storage);
      const evidence = {
        publicNetworkAccess: true,
        storage: storage.id,
        publicRead: storage.facts.publicRead,
        publicWrite: storage.facts.publicWrite,
      };
      if (seen.state === 'public') {
        findings.push(
          ctx.fail('exposedTrainingData', {
            path,
            subject: pathSubject(path),
            evidence,
            data: { model: modelName, storage: storage.name, exposure: seen.exposure },
          }),
        );
      } else if (seen.state === 'unknown') {
        findings.push(ctx.unknown(seen.missing, { path, subject: pathSubject(path), evidence }));
      } else {
        cleanStorage.add(storage.id);
      }
    }
    if (findings.length > 0) return findings;
    // Clean means no exposed path among all of them: a path a coverage gap hid could be the exposed one.
    return requireLineageSeen(ctx, asset) ?? ctx.pass('clean', { evidence: { publicNetworkAccess: true, trainingStorage: [...cleanStorage] } });
  },
});
