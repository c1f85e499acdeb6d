import { defineRule, type Verdict } from '../../src/engine/index.js';
import { ARTIFACT_KINDS, isServingRoot, pathSubject, requireLineageSeen, servedPaths } from '../_lib/serving.js';

export default defineRule({
  meta: {
    id: 'integrity/served-model-artifacts-publicly-writable',
    title: 'Endpoint serves model artifacts that anyone on the internet can overwrite',
    family: 'integrity',
    concern: 'served-model-artifacts-publicly-writable',
    severity: 'critical',
    appliesTo: ['endpoint', 'deployment'],
    rationale:
      'Serving containers load the model file from its artifact store on every start and scale-out; when that store accepts anonymous writes, anyone can swap in a backdoored model or a malicious pickle that runs code inside the endpoint, without touching the endpoint itself.',
    remediation: {
      text: 'Block anonymous access to the artifact storage at once, compare the stored artifacts with the registered version (hash, ETag or version id) and redeploy from a verified copy; then keep released artifacts write-once.',
      cli: '# AWS\naws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\n# Azure\naz storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
      url: 'https://atlas.mitre.org/mitigations/AML.M0014',
    },
    references: { catalog: ['AWS-SM-MDL-04', 'AZ-ST-01', 'AWS-S3-01'], 'aws-securityhub': ['S3.3'], mcsb: ['NS-2', 'DP-2'] },
    messages: {
      writable: '{{name}} serves model {{model}}, whose artifacts in storage {{storage}} anyone can overwrite.',
      protected: '{{name}} serves models whose artifact storage accepts no anonymous writes.',
    },
  },
  applies: (asset, graph) => isServingRoot(asset, graph),
  evaluate(asset, ctx) {
    // A foundation or catalog model is loaded by the cloud from its own store: no customer storage to judge.
    if (asset.facts.providerHostedModel === true) return ctx.notApplicable('it serves a model the cloud provider hosts, loaded from no customer storage');
    const served = ctx.graph.servedModels(asset.id);
    if (served.length === 0) return ctx.unknown(['serves-model']);

    const artifacts = servedPaths(ctx.graph, served, (modelId) => ctx.graph.artifactPaths(modelId));
    if (artifacts.length === 0) return ctx.unknown(['model-artifact-storage']);

    const findings: Verdict[] = [];
    const safe: string[] = [];
    for (const { path, modelName } of artifacts) {
      const storage = ctx.graph.get(path[path.length - 1]!)!;
      const evidence = { storage: storage.id, publicWrite: storage.facts.publicWrite };
      // Only anonymous write matters here; public read of artifacts is model theft, judged elsewhere.
      if (storage.facts.publicWrite === true) {
        findings.push(ctx.fail('writable', { path, subject: pathSubject(path), evidence, data: { model: modelName, storage: storage.name } }));
      } else if (storage.facts.publicWrite === undefined) {
        findings.push(ctx.unknown(['publicWrite'], { path, subject: pathSubject(path), evidence }));
      } else {
        safe.push(storage.id);
      }
    }
    if (findings.length > 0) return findings;
    return requireLineageSeen(ctx, asset, ARTIFACT_KINDS) ?? ctx.pass('protected', { evidence: { artifactStorage: safe } });
  },
});
