import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsCollectors, awsLinkers } from '../../../providers/aws/collectors/index.js';
import { mockLineageExtras } from '../../fixtures/aws/lineage-extras.js';
import { ACCOUNT, REGION, ids } from '../../fixtures/aws/lineage-estate.js';
import { mockLineageEstate } from '../../fixtures/aws/lineage-wire.js';
import { rules } from '../../../rules/index.js';
import { awsFactCarriers } from '../../../providers/aws/fact-carriers.js';
import type { FindingStatus } from '../../../src/model/index.js';
import { mergeInventories } from '../../../src/scan/merge.js';
import { evaluateInventory } from '../../../src/scan/run-scan.js';
import { collect } from './support.js';

// The new jobs and the model card in a whole scan (real SDKs over nock, runner, linkers, every rule,
// the plugin's fact carriers): test/fixtures/aws/lineage-jobs.ts adds them to the lineage estate.
const SM = (type: string, name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${type}/${name}`;
const job = {
  processing: SM('processing-job', 'fraud-features-2024-06'),
  transform: SM('transform-job', 'fraud-batch-scoring-2024-06'),
  compilation: SM('compilation-job', 'fraud-xgb-neo-arm64'),
  tuning: SM('hyper-parameter-tuning-job', 'fraud-xgb-hpo-0612'),
  automl: SM('automl-job', 'fraud-autopilot-0610'),
  card: SM('model-card', 'fraud-xgb-card'),
};

describe('SageMaker jobs and model cards in a whole AWS scan', () => {
  // One status per (rule, asset): these rules give one finding per asset here.
  const verdicts = new Map<string, FindingStatus>();
  const verdict = (rule: string, asset: string) => verdicts.get(`${rule} | ${asset}`);

  beforeAll(async () => {
    nock.disableNetConnect();
    mockLineageExtras();
    mockLineageEstate('path');
    const inventory = await collect({ collectors: awsCollectors, linkers: awsLinkers });
    expect(inventory.gaps).toEqual([]);
    // As a scan evaluates: with the plugin's fact carriers, so a setting a type lacks is not applicable.
    const { findings } = await evaluateInventory(mergeInventories([inventory]), { rules, factCarriers: { aws: awsFactCarriers } });
    for (const f of findings) verdicts.set(`${f.ruleId} | ${f.assetId}`, f.status);
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('cross-cloud rules judge the new kinds where the setting exists, and say not applicable where it does not', () => {
    expect(verdict('segmentation/network-isolation-disabled', job.processing)).toBe('pass');
    expect(verdict('segmentation/network-isolation-disabled', job.tuning)).toBe('pass');
    expect(verdict('segmentation/network-isolation-disabled', job.automl)).toBe('not_applicable');
    expect(verdict('segmentation/network-isolation-disabled', job.transform)).toBe('not_applicable');
    expect(verdict('segmentation/compute-not-in-virtual-network', job.compilation)).toBe('fail');
    expect(verdict('segmentation/compute-not-in-virtual-network', job.processing)).toBe('pass');
    expect(verdict('encryption/transit-encryption-not-enforced', job.processing)).toBe('fail');
    expect(verdict('encryption/transit-encryption-not-enforced', job.automl)).toBe('fail');
    // Named keys resolved through the KMS records: the estate's customer-managed key.
    expect(verdict('encryption/customer-managed-key-missing', job.processing)).toBe('pass');
    expect(verdict('encryption/customer-managed-key-missing', job.transform)).toBe('fail');
    expect(verdict('encryption/customer-managed-key-missing', job.card)).toBe('fail');
  });

  it('the SageMaker rules: an AutoML job deploying itself, a served model whose only card is a draft', () => {
    expect(verdict('aws/sagemaker/automl-job-auto-deploys-candidate', job.automl)).toBe('fail');
    expect(verdict('aws/sagemaker/served-model-without-approved-card', ids.model)).toBe('fail');
    expect(verdict('aws/sagemaker/job-input-publicly-writable', job.processing)).toBe('pass');
  });
});
