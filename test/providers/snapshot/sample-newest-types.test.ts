import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scan, snapshotSource } from '../../../src/index.js';
import type { ScanResult } from '../../../src/model/index.js';
import { packageRoot } from '../../../src/package-root.js';
import { SAMPLE_ESTATE_PATH } from './sample/build-estate.js';
import { SAMPLE } from './sample-notable.js';

// Issue 9: the newest SageMaker and Azure ML types in the bundled sample, judged as `npm start` judges them.
let result: ScanResult;

beforeAll(async () => {
  result = await scan({ sources: [snapshotSource(join(packageRoot(), SAMPLE_ESTATE_PATH))] });
});

/** The statuses of one rule's findings on one asset. */
function statuses(ruleId: string, assetId: string): string[] {
  return result.findings.filter((f) => f.ruleId === ruleId && f.assetId === assetId).map((f) => f.status);
}

describe('sample estate: newest SageMaker and Azure ML types', () => {
  const j = SAMPLE.sagemakerJobs;
  const az = SAMPLE.azureMlStores;

  it('fails the processing job that reads the drop zone anyone can write, and passes the jobs that read private buckets', () => {
    const writable = result.findings.find((f) => f.ruleId === 'aws/sagemaker/job-input-publicly-writable' && f.assetId === j.processing);
    expect(writable).toMatchObject({ status: 'fail', severity: 'high', path: [j.processing, j.dropzone] });
    for (const job of [j.transform, j.compilation, j.tuning, j.autoML]) expect(statuses('aws/sagemaker/job-input-publicly-writable', job), job).toEqual(['pass']);
  });

  it('fails the AutoML job that deploys its candidate, and its missing VPC, CMK and transit encryption', () => {
    expect(statuses('aws/sagemaker/automl-job-auto-deploys-candidate', j.autoML)).toEqual(['fail']);
    for (const rule of ['segmentation/compute-not-in-virtual-network', 'encryption/customer-managed-key-missing', 'encryption/transit-encryption-not-enforced']) expect(statuses(rule, j.autoML), rule).toEqual(['fail']);
  });

  it('passes the served model with an approved card and fails the served models without one', () => {
    expect(statuses('aws/sagemaker/served-model-without-approved-card', j.cardedModel)).toEqual(['pass']);
    expect(statuses('aws/sagemaker/served-model-without-approved-card', SAMPLE.awsLineage.model)).toEqual(['fail']);
    expect(statuses('aws/sagemaker/served-model-without-approved-card', SAMPLE.unregistered.model)).toEqual(['fail']);
  });

  it('fails the serverless endpoint for key auth and no content safety', () => {
    expect(statuses('rbac/endpoint-key-auth', az.serverlessEndpoint)).toEqual(['fail']);
    expect(statuses('integrity/genai-content-filter-missing', az.serverlessEndpoint)).toEqual(['fail']);
  });

  it('passes the private feature store and registry whose stores are private', () => {
    expect(statuses('azure/machine-learning/private-feature-store-public-offline-store', az.featureStore)).toEqual(['pass']);
    expect(statuses('azure/machine-learning/private-registry-public-store', az.privateRegistry)).toEqual(['pass']);
  });

  it('leaves no new asset unknown', () => {
    const added = [...Object.values(j), ...Object.values(az), ...Object.values(SAMPLE.studioPlatform)];
    const ids = new Set<string>(added.filter((id) => !id.startsWith('arn:aws:s3') && !id.includes('storageAccounts') && !id.includes('registries/cr')));
    expect(result.findings.filter((f) => ids.has(f.assetId) && f.status === 'unknown').map((f) => `${f.ruleId} ${f.assetName}`)).toEqual([]);
  });
});
