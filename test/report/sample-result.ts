// A small, fully specified ScanResult for the report tests, with the hostile strings a cloud
// account owner could plant in names, tags and messages.
import { RESULT_SCHEMA_VERSION, type Finding, type ScanResult } from '../../src/model/index.js';
import type { ReportRuleMeta } from '../../src/report/index.js';
import { findingFingerprint } from '../../src/engine/fingerprint.js';
import { makeAsset } from '../support/assets.js';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_TAG = '<script>window.__pwned=1</script>';

const WORKSPACE_ID = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-prod';
const ENDPOINT_ARN = 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring';
const BUCKET_ARN = 'arn:aws:s3:::training-data-raw';

export const RULE_META: ReadonlyMap<string, ReportRuleMeta> = new Map([
  [
    'exposure/workspace-public-network-access',
    {
      id: 'exposure/workspace-public-network-access',
      title: 'ML workspace accepts traffic from the public internet',
      family: 'exposure',
      severity: 'high',
      rationale: 'A public workspace endpoint lets anyone with a leaked token reach training data.',
      remediation: {
        text: 'Disable public network access and reach the workspace through a private endpoint.',
        cli: 'az ml workspace update --name ws-prod --resource-group rg-ml --public-network-access Disabled',
        terraform: 'resource "azurerm_machine_learning_workspace" "ws" {\n  public_network_access_enabled = false\n}',
        url: 'https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link',
      },
      controls: { 'ms-ai-risk': ['5.5.2'], 'a-mlsg': ['A-MLSG-004-D007'] },
      references: { mcsb: ['NS-2'] },
    },
  ],
  [
    'integrity/public-endpoint-trained-on-public-data',
    {
      id: 'integrity/public-endpoint-trained-on-public-data',
      title: 'Public endpoint serves a model trained on publicly writable data',
      family: 'integrity',
      severity: 'critical',
      rationale: 'Anyone can poison the training data of a model the internet can query.',
      remediation: { text: 'Block public write on the training bucket.' },
      controls: { 'mitre-atlas': ['AML.M0019'] },
    },
  ],
]);

export function sampleResult(options: { extraAssets?: number } = {}): ScanResult {
  const workspace = makeAsset({
    id: WORKSPACE_ID,
    kind: 'workspace',
    provider: 'azure',
    name: HOSTILE_NAME,
    tags: { environment: 'prod', owner: HOSTILE_TAG },
    facts: { publicNetworkAccess: true, encryption: 'platform', loggingEnabled: false },
  });
  const endpoint = makeAsset({ id: ENDPOINT_ARN, kind: 'endpoint', provider: 'aws', name: 'fraud-scoring', tags: { cost: '=HYPERLINK("http://x")' } });
  const bucket = makeAsset({ id: BUCKET_ARN, kind: 'storage', provider: 'aws', name: 'training-data-raw', facts: { publicWrite: true } });
  const extra = Array.from({ length: options.extraAssets ?? 0 }, (_, i) =>
    makeAsset({
      id: `arn:aws:sagemaker:eu-west-1:111122223333:model/bulk-${String(i).padStart(4, '0')}`,
      kind: i % 2 ? 'model' : 'notebook',
      provider: 'aws',
      name: `bulk-${String(i).padStart(4, '0')}`,
    }),
  );
  const unprinted: Omit<Finding, 'fingerprint'>[] = [
    {
      ruleId: 'integrity/public-endpoint-trained-on-public-data',
      status: 'fail',
      severity: 'critical',
      adjustment: { base: 'critical', criticality: 'high', likelihood: 'high', reasons: ['tag environment=prod', 'endpoint is public'] },
      assetId: ENDPOINT_ARN,
      assetName: 'fraud-scoring',
      assetKind: 'endpoint',
      provider: 'aws',
      account: '111122223333',
      region: 'eu-west-1',
      message: 'fraud-scoring serves a model trained on training-data-raw, which anyone can write',
      evidence: { publicWrite: true },
      path: [ENDPOINT_ARN, 'arn:aws:sagemaker:eu-west-1:111122223333:model/not-in-scan', BUCKET_ARN],
    },
    {
      ruleId: 'exposure/workspace-public-network-access',
      status: 'fail',
      severity: 'high',
      adjustment: { base: 'high', criticality: 'medium', likelihood: 'medium', reasons: [] },
      assetId: WORKSPACE_ID,
      assetName: HOSTILE_NAME,
      assetKind: 'workspace',
      provider: 'azure',
      account: workspace.account,
      region: workspace.region,
      message: `${HOSTILE_NAME} | accepts *public* traffic\nnew line`,
      evidence: { publicNetworkAccess: true },
    },
    {
      ruleId: 'exposure/workspace-public-network-access',
      status: 'unknown',
      severity: 'high',
      assetId: BUCKET_ARN,
      assetName: 'training-data-raw',
      assetKind: 'storage',
      provider: 'aws',
      account: '111122223333',
      region: 'eu-west-1',
      message: 'publicNetworkAccess is not visible',
      evidence: {},
      missingFacts: ['publicNetworkAccess'],
    },
    {
      ruleId: 'logging/unregistered-rule',
      status: 'error',
      severity: 'medium',
      assetId: WORKSPACE_ID,
      assetName: HOSTILE_NAME,
      assetKind: 'workspace',
      provider: 'azure',
      account: workspace.account,
      region: workspace.region,
      message: 'rule timed out after 5000 ms',
      evidence: {},
    },
    {
      ruleId: 'exposure/workspace-public-network-access',
      status: 'pass',
      severity: 'high',
      assetId: BUCKET_ARN,
      assetName: 'training-data-raw',
      assetKind: 'storage',
      provider: 'aws',
      account: '111122223333',
      region: 'eu-west-1',
      message: 'fine',
      evidence: {},
    },
  ];
  const findings: Finding[] = unprinted.map((f) => ({ ...f, fingerprint: findingFingerprint(f.ruleId, f.assetId) }));
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'mlscan', version: '0.1.0' },
    scan: {
      startedAt: '2026-11-23T03:00:00.000Z',
      finishedAt: '2026-11-23T03:00:02.000Z',
      sources: ['snapshot:estate.json'],
      partial: true,
      rules: [...RULE_META.keys(), 'logging/unregistered-rule'],
      failOn: 'high',
    },
    inventory: { assets: [workspace, endpoint, bucket, ...extra], edges: [{ from: ENDPOINT_ARN, to: BUCKET_ARN, kind: 'trained-on' }] },
    coverage: {
      gaps: [{ provider: 'aws', account: '444455556666', region: 'us-east-1', service: 'sagemaker', errorCode: 'AccessDenied', message: 'not authorized <b>', kinds: ['endpoint'] }],
    },
    findings,
    frameworks: [
      {
        id: 'ms-ai-risk',
        name: 'Microsoft AI risk assessment',
        source: 'seeds/000',
        counts: { met: 1, 'partly-met': 0, 'not-met': 1, 'not-assessed': 1 },
        controls: [
          { framework: 'ms-ai-risk', controlId: '5.2.1', title: 'Data classification policy', status: 'met', basis: 'Attested.', rules: [], assetsPassing: 0, assetsFailing: 0, assetsUnknown: 0, failingFindings: 0,
            attestation: { control: '5.2.1', status: 'met', evidence: 'POL-12', owner: 'ciso@example.com', date: '2026-10-01' } },
          { framework: 'ms-ai-risk', controlId: '5.5.2', title: 'Network isolation', status: 'not-met', basis: '1 asset fails.', rules: ['exposure/workspace-public-network-access'], assetsPassing: 1, assetsFailing: 1, assetsUnknown: 1, failingFindings: 1 },
          { framework: 'ms-ai-risk', controlId: '5.7.1', title: 'Incident playbooks', status: 'not-assessed', basis: 'No attestation.', rules: [], assetsPassing: 0, assetsFailing: 0, assetsUnknown: 0, failingFindings: 0 },
        ],
      },
    ],
    risk: {
      criticalityTags: { 'data-classification': ['confidential', 'restricted'] },
      productionTags: { environment: ['prod', 'production'] },
      rules: ['Raise one step when criticality is high.', 'Raise one step when the asset is reachable from the internet.'],
    },
  };
}
