import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scan, snapshotSource } from '../../../src/index.js';
import { providerPlugins } from '../../../providers/index.js';
import { neverCarriedReason } from '../../../src/engine/context.js';
import { factCarriersOf } from '../../../src/scan/provider-plugin.js';
import { FactsSchema, type Asset, type FactName, type Finding, type ScanResult } from '../../../src/model/index.js';
import { packageRoot } from '../../../src/package-root.js';
import { SAMPLE_ESTATE_PATH } from './sample/build-estate.js';

// On the bundled sample, `unknown` means only "could not be read": a rule that needs a fact no
// collector of the asset's provider sets on its native type says `not_applicable` with the reason.
const carriers = factCarriersOf(providerPlugins);
const FACT_NAMES = new Set<string>(Object.keys(FactsSchema.shape));

/** Rule × native type pairs that can never be answered (issue 11, item 1). */
const NOT_APPLICABLE: ReadonlyArray<[rule: string, nativeType: string]> = [
  ['rbac/notebook-root-access', 'Microsoft.MachineLearningServices/workspaces/computes'], // the AmlCompute clusters
  ['exposure/compute-public-ip', 'AWS::SageMaker::NotebookInstance'],
  ['segmentation/network-isolation-disabled', 'Microsoft.MachineLearningServices/workspaces/models'],
  ['rbac/external-principal-trusted', 'Microsoft.Storage/storageAccounts'],
  ['rbac/external-principal-trusted', 'Microsoft.ManagedIdentity/userAssignedIdentities'],
  ['encryption/customer-managed-key-missing', 'Microsoft.MachineLearningServices/workspaces/jobs'],
  ['encryption/customer-managed-key-missing', 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints'],
  ['encryption/transit-encryption-not-enforced', 'Microsoft.MachineLearningServices/workspaces/jobs'],
  ['integrity/registry-tags-mutable', 'Microsoft.ContainerRegistry/registries'],
  ['logging/workspace-logging-disabled', 'AWS::SageMaker::Domain'],
  ['segmentation/outbound-unrestricted', 'AWS::SageMaker::Domain'],
  // Provider-hosted serving: no data capture (invocation logging and diagnostic logs are judged instead), no registry for a Bedrock custom model.
  ['logging/endpoint-data-capture-disabled', 'AWS::Bedrock::ProvisionedModelThroughput'],
  ['logging/endpoint-data-capture-disabled', 'Microsoft.CognitiveServices/accounts/deployments'],
  ['versioning/endpoint-serves-unregistered-model', 'AWS::Bedrock::ProvisionedModelThroughput'],
  ['logging/endpoint-data-capture-disabled', 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints'],
  // A batch transform runs its model's containers (isolation and VPC are the model's); AutoML and compilation jobs have no isolation setting.
  ['segmentation/network-isolation-disabled', 'AWS::SageMaker::TransformJob'],
  ['segmentation/network-isolation-disabled', 'AWS::SageMaker::AutoMLJob'],
  ['segmentation/network-isolation-disabled', 'AWS::SageMaker::CompilationJob'],
];

let result: ScanResult;
let byId: Map<string, Asset>;

beforeAll(async () => {
  result = await scan({ sources: [snapshotSource(join(packageRoot(), SAMPLE_ESTATE_PATH))] });
  byId = new Map(result.inventory.assets.map((a) => [a.id, a]));
});

const typeOf = (f: Finding) => byId.get(f.assetId)!.nativeType;

describe('not_applicable on the bundled sample', () => {
  it('the rules that cannot apply to a native type say so, with the reason, and never unknown', () => {
    for (const [rule, nativeType] of NOT_APPLICABLE) {
      const findings = result.findings.filter((f) => f.ruleId === rule && typeOf(f) === nativeType);
      const statuses = new Set(findings.map((f) => f.status));
      expect(statuses.has('not_applicable'), `${rule} on ${nativeType}`).toBe(true);
      expect(statuses.has('unknown'), `${rule} on ${nativeType}`).toBe(false);
      for (const f of findings.filter((x) => x.status === 'not_applicable')) expect(f.reason, `${rule} on ${nativeType}`).toMatch(/\S/);
    }
  });

  it('every remaining unknown is data that could have been read: its type carries the facts it misses', () => {
    const unreadable = result.findings
      .filter((f) => f.status === 'unknown')
      .flatMap((f) => {
        const facts = (f.missingFacts ?? []).filter((m): m is FactName => FACT_NAMES.has(m));
        // A finding about a path misses the facts of the path's last asset (the training bucket).
        const reason = neverCarriedReason(carriers, byId.get(f.path?.at(-1) ?? f.assetId)!, facts);
        return reason ? [`${f.ruleId} on ${f.assetName}: ${reason}`] : [];
      });
    expect(unreadable).toEqual([]);
  });

  it('names no missing fact and carries no severity adjustment (it is not a failure)', () => {
    const na = result.findings.filter((f) => f.status === 'not_applicable');
    expect(na.length).toBeGreaterThan(0);
    expect(na.filter((f) => f.missingFacts !== undefined || f.adjustment !== undefined)).toEqual([]);
  });
});
