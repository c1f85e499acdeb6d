import type { DescribedRecord } from '../estate-builder.js';
import { autoMLJob, compilationJob, modelCard, processingJob, transformJob, tuningJob } from './jobs.js';
import type { VpcPlacement } from './sagemaker.js';
import type { AwsScope } from './scope.js';

/** What the prod account's SageMaker jobs and model cards use from the rest of the account. */
export interface ProdMlJobsDeps {
  executionRole: DescribedRecord;
  trainingRepo: DescribedRecord;
  mlKey: DescribedRecord;
  trainingData: DescribedRecord;
  artifacts: DescribedRecord;
  partnerDropzone: DescribedRecord;
  placement: VpcPlacement;
  fraudModel: DescribedRecord;
  hotfixModel: DescribedRecord;
}

/**
 * The prod account's jobs besides training and its model cards: the weekly claims-triage feature
 * engineering step (CMK, in the VPC, isolated, but it reads the photo metadata partners drop in
 * the bucket anyone can write), a fraud tuning run and Neo compilation of the fraud model, a
 * nightly re-pricing batch that runs the hotfix model (no network isolation), an analyst's
 * Autopilot experiment that put its best candidate straight onto an endpoint, and one model card:
 * the fraud model's, approved; the other served models have none.
 */
export function buildAwsMlJobs(s: AwsScope, d: ProdMlJobsDeps): void {
  const at = (bucket: DescribedRecord, prefix: string) => ({ bucket, prefix });
  // How the platform team runs training and processing: the prod execution role, the ML key, the private subnets, its own image.
  const platform = { role: d.executionRole, key: d.mlKey, placement: d.placement, image: d.trainingRepo, imageTag: '1.7-1' };
  processingJob(s, {
    ...platform,
    name: 'claims-triage-features-2026-11-16-0200',
    inputs: [
      { name: 'photos-metadata', ...at(d.partnerDropzone, 'uploads/repair-photos/') },
      { name: 'claims', ...at(d.trainingData, 'claims-triage/raw/2026-11/') },
      { name: 'code', ...at(d.artifacts, 'code/claims-triage/features.py') },
    ],
    outputs: [{ name: 'train', ...at(d.trainingData, 'claims-triage/2026-11/train/') }],
    networkIsolation: true,
    finishedAt: '2026-11-16T02:41:17.000Z',
  });
  tuningJob(s, {
    ...platform,
    name: 'fraud-xgb-hpo-2026-10-12',
    inputs: (['train', 'validation'] as const).map((channel) => ({ channel, ...at(d.trainingData, `fraud/2026-10/${channel}/`) })),
    output: at(d.artifacts, 'hpo/fraud-xgb/'),
    best: { name: 'fraud-xgb-hpo-2026-10-12-019-7d3e1c5a', tuned: { eta: '0.2', max_depth: '6' }, auc: 0.958 },
    finishedAt: '2026-10-12T22:30:05.000Z',
  });
  const fraudArtifacts = at(d.artifacts, 'models/fraud-xgb-2026-10-13-0200/output/model.tar.gz');
  compilationJob(s, { role: d.executionRole, key: d.mlKey, placement: d.placement, name: 'fraud-xgb-neo-c5-2026-10-13', input: fraudArtifacts, output: at(d.artifacts, 'neo/fraud-xgb-2026-10-13/'), targetDevice: 'ml_c5', finishedAt: '2026-10-13T04:02:51.000Z' });
  const renewals = { input: at(d.trainingData, 'quote-pricing/renewals/2026-11-17/'), output: at(d.artifacts, 'batch/quote-pricing/2026-11-17/') };
  transformJob(s, { name: 'quote-pricing-renewals-2026-11-17', model: d.hotfixModel, ...renewals, key: d.mlKey, finishedAt: '2026-11-17T01:24:36.000Z' });
  // An analyst's experiment on recoveries: Autopilot deployed the best candidate itself, and the endpoint is still up.
  const recoveries = { input: at(d.trainingData, 'subrogation/2026-11/autopilot/'), output: at(d.artifacts, 'autopilot/'), target: 'recoverable' };
  autoMLJob(s, { name: 'subrogation-autopilot-1102', role: d.executionRole, ...recoveries, deployedTo: 'subrogation-autopilot-1102-ep', finishedAt: '2026-11-02T17:12:40.000Z' });
  modelCard(s, { name: 'fraud-detection-v7', model: d.fraudModel, status: 'Approved', version: 4, riskRating: 'High', key: d.mlKey });
}
