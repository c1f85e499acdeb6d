import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asset, EdgeKind } from '../../../src/model/index.js';
import type { NormalisedInventory } from '../../../src/scan/source.js';
import { packageRoot } from '../../../src/package-root.js';
import { loadSnapshot } from '../../../providers/snapshot/index.js';
import { buildEstate, estateJsonText, SAMPLE_ESTATE_PATH } from './sample/build-estate.js';
import { SAMPLE } from './sample-notable.js';

const file = join(packageRoot(), SAMPLE_ESTATE_PATH);
let estate: NormalisedInventory;
let byId: Map<string, Asset>;

beforeAll(async () => {
  estate = await loadSnapshot(file);
  byId = new Map(estate.assets.map((a) => [a.id, a]));
});

function get(id: string): Asset {
  const asset = byId.get(id);
  if (!asset) throw new Error(`sample estate has no asset ${id}`);
  return asset;
}

function hasEdge(from: string, kind: EdgeKind, to: string): boolean {
  return estate.edges.some((e) => e.from === from && e.kind === kind && e.to === to);
}

/** The edges of `expected` the estate lacks (none, when it links them all). */
function missingEdges(expected: Array<[from: string, kind: EdgeKind, to: string]>): string[] {
  return expected.filter(([from, kind, to]) => !hasEdge(from, kind, to)).map((e) => e.join(' '));
}

function outgoing(from: string): string[] {
  return estate.edges.filter((e) => e.from === from).map((e) => e.kind);
}

describe('bundled sample estate', () => {
  it('is exactly what the collectors make of the described records (run `npm run sample` after changing either)', () => {
    // A collector, normaliser or linker that changes what it makes of a record changes the sample:
    // regenerate it deliberately and read the diff. New collectors add nothing until records of
    // their native type are described.
    expect(readFileSync(file, 'utf8') === estateJsonText(), 'providers/snapshot/sample/estate.json is stale: run `npm run sample`').toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildEstate())).toBe(JSON.stringify(buildEstate()));
  });

  it('has over 100 assets of at least 15 kinds, across two accounts and two subscriptions', () => {
    expect(estate.assets.length).toBeGreaterThanOrEqual(100);
    const kinds = new Set(estate.assets.map((a) => a.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(15);
    for (const kind of ['workspace', 'compute', 'notebook', 'training-job', 'datastore', 'dataset', 'model', 'model-version', 'model-registry', 'endpoint', 'deployment', 'pipeline', 'feature-store', 'ml-job', 'model-card', 'tracking-server', 'storage', 'network', 'subnet', 'private-endpoint', 'security-group', 'key-vault', 'kms-key', 'container-registry', 'identity', 'role', 'role-assignment', 'log-sink', 'audit-trail'] as const) {
      expect(kinds, kind).toContain(kind);
    }
    const accounts = [...new Set(estate.assets.map((a) => `${a.provider}:${a.account}`))].sort();
    expect(accounts).toEqual([`aws:${SAMPLE.awsProdAccount}`, `aws:${SAMPLE.awsDevAccount}`, `azure:${SAMPLE.azureProdSubscription}`, `azure:${SAMPLE.azureDevSubscription}`].sort());
    const regions = new Set(estate.assets.map((a) => a.region));
    for (const region of ['eu-west-1', 'us-east-1', 'westeurope', 'eastus', 'global']) expect(regions, region).toContain(region);
  });

  it('spells ids and native types as the clouds do', () => {
    for (const asset of estate.assets) {
      if (asset.provider === 'aws') {
        expect(asset.id, asset.id).toMatch(/^arn:aws:[a-z0-9-]+:([a-z]{2}-[a-z]+-\d)?:(\d{12})?:.+/);
        expect(asset.nativeType, asset.id).toMatch(/^AWS::\w+::\w+$/);
        if (!asset.id.startsWith('arn:aws:s3:::')) expect(asset.id).toContain(`:${asset.account}:`);
      } else {
        expect(asset.id.startsWith(`/subscriptions/${asset.account}/`), asset.id).toBe(true);
        expect(asset.nativeType, asset.id).toMatch(/^Microsoft\.\w+\/[\w/]+$/);
      }
      expect(asset.raw, asset.id).toBeTypeOf('object');
    }
    expect(get(SAMPLE.azureLineage.endpoint).nativeType).toBe('Microsoft.MachineLearningServices/workspaces/onlineEndpoints');
    expect(get(SAMPLE.awsLineage.endpoint).nativeType).toBe('AWS::SageMaker::Endpoint');
  });

  it('uses every edge kind the graph rules walk', () => {
    const kinds = new Set(estate.edges.map((e) => e.kind));
    for (const kind of ['contains', 'uses-storage', 'stored-in', 'in-network', 'protected-by', 'private-endpoint', 'serves-model', 'version-of', 'trained-on', 'produced-by', 'encrypted-by', 'logs-to', 'granted-to', 'grants-role', 'assumes', 'uses-image', 'uses-key-vault', 'uses-registry'] as const) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('tags as real teams do, in more than one spelling', () => {
    const keys = new Set(estate.assets.flatMap((a) => Object.keys(a.tags)));
    for (const key of ['Environment', 'environment', 'DataClassification', 'data-classification', 'dataClassification', 'Owner', 'owner', 'CostCenter', 'cost-centre']) {
      expect(keys, key).toContain(key);
    }
  });

  describe('AWS lineage path only the graph reveals', () => {
    const p = SAMPLE.awsLineage;
    it('links endpoint → config → model ← package → job → bucket', () => {
      expect(hasEdge(p.endpoint, 'contains', p.deployment)).toBe(true);
      expect(hasEdge(p.deployment, 'serves-model', p.model)).toBe(true);
      expect(hasEdge(p.modelVersion, 'version-of', p.model)).toBe(true);
      expect(hasEdge(p.modelVersion, 'produced-by', p.trainingJob)).toBe(true);
      expect(hasEdge(p.trainingJob, 'trained-on', p.storage)).toBe(true);
    });
    it('looks fine hop by hop, except the bucket', () => {
      expect(get(p.endpoint).facts).toMatchObject({ publicNetworkAccess: true, authModes: ['iam'], dataCapture: true, encryption: 'cmk' });
      expect(get(p.model).facts).toMatchObject({ registered: true, networkIsolation: true });
      expect(get(p.modelVersion).facts).toMatchObject({ registered: true, approvalStatus: 'approved', lineageRecorded: true });
      expect(get(p.storage).facts).toMatchObject({ publicWrite: true, publicRead: false });
    });
  });

  describe('Azure lineage path only the graph reveals', () => {
    const p = SAMPLE.azureLineage;
    it('links endpoint → deployment → version → job → data → datastore → storage', () => {
      expect(hasEdge(p.endpoint, 'contains', p.deployment)).toBe(true);
      expect(hasEdge(p.deployment, 'serves-model', p.modelVersion)).toBe(true);
      expect(hasEdge(p.modelVersion, 'produced-by', p.trainingJob)).toBe(true);
      expect(hasEdge(p.trainingJob, 'trained-on', p.dataset)).toBe(true);
      expect(hasEdge(p.dataset, 'stored-in', p.datastore)).toBe(true);
      expect(hasEdge(p.datastore, 'uses-storage', p.storage)).toBe(true);
    });
    it('looks fine hop by hop, except the storage account', () => {
      expect(get(p.endpoint).facts).toMatchObject({ publicNetworkAccess: true, authModes: ['aad'], localAuthEnabled: false });
      expect(get(p.modelVersion).facts).toMatchObject({ registered: true, lineageRecorded: true });
      const storage = get(p.storage);
      expect(storage.facts).toMatchObject({ publicRead: true, publicWrite: false });
      expect(storage.raw).toMatchObject({
        record: { properties: { allowBlobPublicAccess: true } },
        details: { blobContainers: [{ name: 'repair-estimates', properties: { publicAccess: 'Container' } }] },
      });
    });
  });

  it('keeps the clean serving paths clean', () => {
    expect(get(SAMPLE.cleanServing.azureEndpoint).facts.publicNetworkAccess).toBe(false);
    expect(hasEdge(SAMPLE.cleanServing.awsEndpoint, 'contains', SAMPLE.cleanServing.awsDeployment)).toBe(true);
    const awsModel = estate.edges.find((e) => e.from === SAMPLE.cleanServing.awsDeployment && e.kind === 'serves-model')!.to;
    const pkg = estate.edges.find((e) => e.to === awsModel && e.kind === 'version-of')!.from;
    const job = estate.edges.find((e) => e.from === pkg && e.kind === 'produced-by')!.to;
    const data = estate.edges.filter((e) => e.from === job && e.kind === 'trained-on').map((e) => get(e.to));
    expect(data.map((d) => d.name)).toEqual(['harbourline-ml-training-data-prod']);
    expect(data[0]!.facts).toMatchObject({ publicRead: false, publicWrite: false });
  });

  it('has an endpoint serving a model with no registered version and no lineage', () => {
    const { endpoint, deployment, model } = SAMPLE.unregistered;
    expect(hasEdge(endpoint, 'contains', deployment)).toBe(true);
    expect(hasEdge(deployment, 'serves-model', model)).toBe(true);
    expect(get(model).facts).toMatchObject({ registered: false });
    expect(outgoing(model)).not.toContain('produced-by');
    expect(outgoing(model)).not.toContain('trained-on');
    expect(estate.edges.filter((e) => e.to === model && e.kind === 'version-of')).toEqual([]);
  });

  it('leaves facts the scan could not see absent, with the coverage gap that explains it', () => {
    const bucket = get(SAMPLE.partlyUnknown);
    expect(bucket.facts).not.toHaveProperty('publicRead');
    expect(bucket.facts).not.toHaveProperty('publicWrite');
    expect(bucket.facts).not.toHaveProperty('transitEncryption');
    expect(bucket.facts).not.toHaveProperty('loggingEnabled');
    // The provider's raw layout: a denied call leaves no entry under details.
    const details = bucket.raw!.details!;
    expect(Object.keys(details)).toEqual(expect.arrayContaining(['encryption', 'versioning', 'acl']));
    for (const denied of ['policy', 'policyStatus', 'publicAccessBlock', 'logging']) expect(details, denied).not.toHaveProperty(denied);
    expect(bucket.facts.versioning).toBe(true);
    expect(estate.gaps).toContainEqual(expect.objectContaining({ provider: 'aws', account: SAMPLE.awsDevAccount, service: 's3', errorCode: 'AccessDenied', kinds: ['storage'] }));
  });

  it('records denied CloudTrail access in dev as a gap, not as an account without a trail', () => {
    expect(estate.gaps).toContainEqual(expect.objectContaining({ provider: 'aws', account: SAMPLE.awsDevAccount, service: 'cloudtrail', errorCode: 'AccessDeniedException', kinds: ['audit-trail'] }));
    const trails = estate.assets.filter((a) => a.kind === 'audit-trail');
    expect(trails.map((t) => t.account)).toEqual([SAMPLE.awsProdAccount]);
  });

  it('carries hostile strings where whoever controls the account can put them', () => {
    expect(get(SAMPLE.hostile.markupTagAsset).tags[SAMPLE.hostile.markupTag.key]).toBe('<img src=x onerror=alert(1)>');
    expect(get(SAMPLE.hostile.scriptTagAsset).tags[SAMPLE.hostile.scriptTag.key]).toBe('<script>alert("tag")</script>');
    const formula = get(SAMPLE.hostile.formulaTagAsset).tags[SAMPLE.hostile.formulaTag.key]!;
    expect(formula.startsWith('=HYPERLINK(')).toBe(true);
  });

  it('mixes good and bad configurations: prod mostly good, dev sloppier, a few prod mistakes', () => {
    // Notebook instances: a Studio space (also kind notebook) reaches the network through its domain.
    const instances = estate.assets.filter((a) => a.nativeType === 'AWS::SageMaker::NotebookInstance');
    const prodNotebooks = instances.filter((a) => a.account === SAMPLE.awsProdAccount);
    const devNotebooks = instances.filter((a) => a.account === SAMPLE.awsDevAccount);
    expect(prodNotebooks.every((n) => n.facts.directInternetAccess === false)).toBe(true);
    expect(devNotebooks.filter((n) => n.facts.directInternetAccess === true)).toHaveLength(2);
    expect(get(SAMPLE.prodMistakes.rootNotebook).facts.rootAccess).toBe(true);
    expect(get(SAMPLE.prodMistakes.vendorAdminRole).facts).toMatchObject({ privilege: 'admin', externalPrincipals: ['803455712406'] });
    // ARM names a guest's principal type `User`: only Microsoft Graph tells guests apart.
    expect(get(SAMPLE.prodMistakes.guestContributor).facts).toMatchObject({ principalType: 'user', scopeLevel: 'subscription', privilege: 'broad' });
    const workspaces = estate.assets.filter((a) => a.kind === 'workspace');
    expect(workspaces.map((w) => [w.name, w.facts.publicNetworkAccess])).toEqual([
      ['harbourline-ml-prod', false],
      ['mlw-claims-prod-weu', false],
      ['hub-claims-genai-prod-weu', false],
      ['proj-claims-letters', false],
      ['mlw-sandbox-dev-eus', true],
    ]);
  });

  describe('generative AI', () => {
    const b = SAMPLE.bedrock;
    const az = SAMPLE.azureAi;

    it('links Bedrock and AI Foundry assets as the path rules walk them', () => {
      expect(
        missingEdges([
          // Bedrock lineage: throughput → custom model → training bucket.
          [b.throughput, 'serves-model', b.customModel], [b.customModel, 'trained-on', b.trainingBucket],
          // Agents: guardrail, knowledge base and its data source; the unguarded agent's role.
          [b.guardedAgent, 'filtered-by', b.strictGuardrail], [b.guardedAgent, 'retrieves-from', b.knowledgeBase], [b.knowledgeBase, 'contains', b.dataSource],
          [b.unguardedAgent, 'assumes', b.unguardedAgentRole],
          // AI Foundry: project → hub → storage, key vault, connection → OpenAI account (and its content filter).
          [az.project, 'in-hub', az.hub], [az.hub, 'uses-storage', az.hubStorage], [az.hub, 'uses-key-vault', az.keyVault],
          [az.hub, 'contains', az.keyConnection], [az.keyConnection, 'connects-to', az.openai], [az.openai, 'contains', az.raiPolicy],
        ]),
      ).toEqual([]);
    });

    it('fine-tunes a Bedrock custom model on the publicly writable drop zone', () => {
      expect(get(b.trainingBucket).facts.publicWrite).toBe(true);
      expect(get(b.customModel).facts).toMatchObject({ encryption: 'cmk', inVirtualNetwork: true });
    });

    it('has a guarded and an unguarded agent, a strong and a weak guardrail', () => {
      expect(get(b.guardedAgent).facts.contentFilter).toBe(true);
      expect(get(b.unguardedAgent).facts.contentFilter).toBe(false);
      expect(get(b.unguardedAgentRole).facts.wildcardActions).toEqual(['s3:*']);
      const promptAttack = (id: string) => (get(id).raw!.details as { describe: { contentPolicy: { filters: Array<{ type: string; inputStrength: string }> } } }).describe.contentPolicy.filters.find((f) => f.type === 'PROMPT_ATTACK')!.inputStrength;
      expect([promptAttack(b.strictGuardrail), promptAttack(b.weakGuardrail)]).toEqual(['HIGH', 'LOW']);
    });

    it('logs invocations in prod, not in dev', () => {
      expect(get(b.prodLogging).facts).toMatchObject({ loggingEnabled: true, promptLoggingEnabled: true, logDestinations: ['arn:aws:s3:::harbourline-genai-invocation-logs-prod'] });
      expect(get(b.devLogging).facts).toMatchObject({ loggingEnabled: false, promptLoggingEnabled: false, logDestinations: [] });
    });

    it('has a public OpenAI account with an unfiltered deployment and a key connection, and a private AI Services account', () => {
      expect(get(az.openai).facts).toMatchObject({ publicNetworkAccess: true, localAuthEnabled: true, encryption: 'platform', privateEndpoints: 0 });
      expect(get(az.unfilteredDeployment).facts.contentFilter).toBe(false);
      expect(get(az.keyConnection).facts).toMatchObject({ authModes: ['key'], localAuthEnabled: true });
      expect(get(az.aiServices).facts).toMatchObject({ publicNetworkAccess: false, localAuthEnabled: false, encryption: 'cmk', privateEndpoints: 1, outboundRestricted: true });
    });
  });

  describe('newest SageMaker and Azure ML types (issue 9)', () => {
    const { sagemakerJobs: j, azureMlStores: az } = SAMPLE;

    it('links jobs to the buckets they read, the model card to its model, stores to their fronts', () => {
      expect(
        missingEdges([
          [j.processing, 'uses-storage', j.dropzone], [j.processing, 'uses-storage', j.trainingData], [j.transform, 'uses-storage', j.trainingData],
          [j.tuning, 'trained-on', j.trainingData], [j.autoML, 'trained-on', j.trainingData], [j.modelCard, 'documents', j.cardedModel],
          [az.featureStore, 'connects-to', az.offlineConnection], [az.offlineConnection, 'connects-to', az.offlineStorage],
          [az.privateRegistry, 'uses-storage', az.registryStorage], [az.privateRegistry, 'uses-registry', az.registryAcr],
        ]),
      ).toEqual([]);
      expect([j.processing, j.transform, j.compilation, j.tuning, j.autoML, j.modelCard, az.featureStore].map((id) => get(id).kind)).toEqual(['ml-job', 'ml-job', 'ml-job', 'training-job', 'training-job', 'model-card', 'feature-store']);
    });

    it('keeps the processing job isolated in the VPC with a CMK, the AutoML job outside both', () => {
      expect(get(j.processing).facts).toMatchObject({ networkIsolation: true, inVirtualNetwork: true, transitEncryption: true, encryption: 'cmk' });
      expect(get(j.autoML).facts).toMatchObject({ inVirtualNetwork: false, transitEncryption: false, encryption: 'platform' });
      expect(get(j.autoML).facts.networkIsolation).toBeUndefined();
      expect(get(j.dropzone).facts.publicWrite).toBe(true);
    });

    it('links the Studio platform: space → app → lifecycle script, MLflow and HyperPod to the artifacts bucket, the inference component to its endpoint and model', () => {
      const p = SAMPLE.studioPlatform;
      expect(
        missingEdges([
          [p.domain, 'contains', p.space], [p.space, 'contains', p.app], [p.app, 'runs-script', p.lifecycle], [p.mlflow, 'uses-storage', p.artifacts],
          [p.hyperpod, 'runs-script', p.artifacts], [SAMPLE.cleanServing.awsEndpoint, 'contains', p.inferenceComponent], [p.inferenceComponent, 'serves-model', j.cardedModel],
        ]),
      ).toEqual([]);
      expect(get(p.lifecycle).facts.scriptSecrets).toEqual([]);
      expect(get(p.hyperpod).facts.inVirtualNetwork).toBe(true);
    });

    it('serves a catalog model on a key-auth serverless endpoint without content safety, behind its private project', () => {
      expect(get(az.serverlessEndpoint).facts).toMatchObject({ authModes: ['key'], contentFilter: false, providerHostedModel: true, publicNetworkAccess: false });
      expect([az.featureStore, az.privateRegistry, az.offlineStorage, az.registryStorage].map((id) => get(id).facts.publicNetworkAccess)).toEqual([false, false, false, false]);
    });
  });

  it('holds no secrets in raw records', () => {
    const text = readFileSync(file, 'utf8');
    const patterns: [string, RegExp][] = [
      ['AWS access key id', /\b(AKIA|ASIA)[A-Z0-9]{16}\b/],
      ['storage connection string', /AccountKey=|SharedAccessSignature=|[?&]sig=/i],
      ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
      ['App Insights key', /InstrumentationKey|ConnectionString/i],
      ['endpoint or registry key', /"(primaryKey|secondaryKey|password|passwords|accessKey|secretAccessKey|clientSecret)"\s*:/i],
    ];
    for (const [what, pattern] of patterns) expect(text, what).not.toMatch(pattern);
  });
});
