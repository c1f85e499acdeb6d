import type { Asset, Edge, Facts } from '../../../src/model/index.js';
import { makeAsset } from '../../support/assets.js';

const ACCOUNT = 'arn:aws:sagemaker:eu-west-1:111122223333';

export interface LineageFacts {
  endpoint?: Facts;
  modelVersion?: Facts;
  storage?: Facts;
}

/**
 * A SageMaker-shaped serving chain, as the AWS provider links it:
 *   endpoint -contains-> deployment -serves-model-> model-version -version-of-> model
 *   model-version -produced-by-> training-job -trained-on-> dataset -stored-in-> storage
 * Cases override the facts they are about and add or drop edges around it.
 */
export function lineageEstate(facts: LineageFacts = {}) {
  const endpoint = makeAsset({
    kind: 'endpoint',
    provider: 'aws',
    id: `${ACCOUNT}:endpoint/churn-prod`,
    name: 'churn-prod',
    facts: facts.endpoint ?? { publicNetworkAccess: true },
  });
  const deployment = makeAsset({ kind: 'deployment', provider: 'aws', id: `${ACCOUNT}:endpoint-config/churn-prod/AllTraffic`, name: 'AllTraffic' });
  const version = makeAsset({
    kind: 'model-version',
    provider: 'aws',
    id: `${ACCOUNT}:model-package/churn/3`,
    name: 'churn/3',
    facts: facts.modelVersion ?? { registered: true, approvalStatus: 'approved' },
  });
  const model = makeAsset({ kind: 'model', provider: 'aws', id: `${ACCOUNT}:model-package-group/churn`, name: 'churn' });
  const job = makeAsset({ kind: 'training-job', provider: 'aws', id: `${ACCOUNT}:training-job/churn-2024-05`, name: 'churn-2024-05' });
  const dataset = makeAsset({ kind: 'dataset', provider: 'aws', id: 's3://ml-train-data/churn/', name: 'churn-training' });
  const storage = makeAsset({
    kind: 'storage',
    provider: 'aws',
    id: 'arn:aws:s3:::ml-train-data',
    name: 'ml-train-data',
    facts: facts.storage ?? { publicRead: false, publicWrite: false },
  });
  const edges: Edge[] = [
    { from: endpoint.id, to: deployment.id, kind: 'contains' },
    { from: deployment.id, to: version.id, kind: 'serves-model' },
    { from: version.id, to: model.id, kind: 'version-of' },
    { from: version.id, to: job.id, kind: 'produced-by' },
    { from: job.id, to: dataset.id, kind: 'trained-on' },
    { from: dataset.id, to: storage.id, kind: 'stored-in' },
  ];
  const related: Asset[] = [deployment, version, model, job, dataset, storage];
  return { endpoint, deployment, version, model, job, dataset, storage, edges, related };
}

/** The full path the chain above yields, endpoint first. */
export function lineagePath(e: ReturnType<typeof lineageEstate>): string[] {
  return [e.endpoint.id, e.deployment.id, e.version.id, e.job.id, e.dataset.id, e.storage.id];
}
