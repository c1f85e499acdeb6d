// The SageMaker collectors, in the order the runner runs them (studio and notebooks, training and
// models, serving), and the links only visible across their records.
import type { DescribeModelPackageOutput, DescribeModelOutput } from '@aws-sdk/client-sagemaker';
import { detailOf, type AssetInput, type Edge } from '../../../src/model/index.js';
import { compact } from '../arn.js';
import type { Linker } from '../runner.js';
import { domains, userProfiles, notebookInstances } from './sagemaker-studio.js';
import { trainingJobs, models, modelPackageGroups, modelPackages, featureGroups, pipelines } from './sagemaker-training.js';
import { endpointConfigs, endpoints } from './sagemaker-serving.js';
import { notebookLifecycleConfigs, studioLifecycleConfigs } from './sagemaker-lifecycle.js';
import { apps, spaces } from './sagemaker-spaces.js';
import { hyperpodClusters } from './sagemaker-hyperpod.js';
import { mlflowTrackingServers } from './sagemaker-mlflow.js';
import { inferenceComponents } from './sagemaker-inference-components.js';
import { producedArtifacts, sagemakerJobCollectors } from './sagemaker-jobs.js';
import { modelCards } from './sagemaker-model-cards.js';

export { domains, notebookInstances, userProfiles } from './sagemaker-studio.js';
export { featureGroups, modelPackageGroups, modelPackages, models, pipelines, trainingJobs } from './sagemaker-training.js';
export { endpointConfigs, endpoints, servingFacts } from './sagemaker-serving.js';
export { autoMLJobs, compilationJobs, processingJobs, transformJobs, tuningJobs } from './sagemaker-jobs.js';
export { modelCards } from './sagemaker-model-cards.js';

export const sagemakerCollectors = [
  domains,
  userProfiles,
  notebookInstances,
  notebookLifecycleConfigs,
  studioLifecycleConfigs,
  spaces,
  apps,
  trainingJobs,
  hyperpodClusters,
  models,
  modelPackageGroups,
  modelPackages,
  endpointConfigs,
  endpoints,
  inferenceComponents,
  featureGroups,
  pipelines,
  mlflowTrackingServers,
  ...sagemakerJobCollectors,
  modelCards,
];

/** The Describe* response the runner kept with an asset (detail `describe`), when it answered. */
function describedIn<T>(asset: AssetInput): T | undefined {
  return detailOf<T>(asset, 'describe') ?? undefined;
}

/**
 * Links only visible across records: a model whose artifact is a training job's output was
 * produced by that job; an endpoint inherits the facts its endpoint config decides; a model built
 * from a registered package lets the endpoint's lineage reach the package.
 */
export const linkSageMaker: Linker = ({ assets, edges }) => {
  const byId = new Map(assets.map((a) => [a.id, a]));
  // Jobs by the model artifacts they wrote (a training job and the AutoML job that ran it may share one).
  const jobsByArtifact = new Map<string, string[]>();
  for (const a of assets) for (const artifact of producedArtifacts(a)) jobsByArtifact.set(artifact, [...(jobsByArtifact.get(artifact) ?? []), a.id]);
  const add: Edge[] = [];
  for (const a of assets) {
    if (a.nativeType === 'AWS::SageMaker::Model' || a.nativeType === 'AWS::SageMaker::ModelPackage') {
      const d = describedIn<DescribeModelOutput & DescribeModelPackageOutput>(a);
      const containers = compact([d?.PrimaryContainer, ...(d?.Containers ?? []), ...(d?.InferenceSpecification?.Containers ?? [])]);
      for (const c of containers) {
        for (const job of c.ModelDataUrl ? (jobsByArtifact.get(c.ModelDataUrl) ?? []) : []) add.push({ from: a.id, to: job, kind: 'produced-by' });
      }
    }
    if (a.nativeType === 'AWS::SageMaker::EndpointConfig') {
      // With network isolation the inference containers have no outbound path at all.
      const served = edges.filter((e) => e.from === a.id && e.kind === 'serves-model').map((e) => byId.get(e.to));
      const isolation = served.map((m) => m?.facts?.networkIsolation);
      if (served.length > 0 && isolation.every((v) => v === true)) a.facts = { ...a.facts, outboundRestricted: true };
      else if (isolation.some((v) => v === false)) a.facts = { ...a.facts, outboundRestricted: false };
    }
    if (a.nativeType === 'AWS::SageMaker::UserProfile') {
      // A profile can do what its execution role can: its own, else (when its settings were read
      // and name none) the domain default role. An unread profile's role stays unknown.
      const own = edges.find((e) => e.from === a.id && e.kind === 'assumes');
      const domain = edges.find((e) => e.to === a.id && e.kind === 'contains')?.from;
      const fallback = domain && describedIn(a) ? edges.find((e) => e.from === domain && e.kind === 'assumes') : undefined;
      const role = byId.get((own ?? fallback)?.to ?? '');
      if (!own && fallback) add.push({ from: a.id, to: fallback.to, kind: 'assumes' });
      if (role?.facts?.privilege) a.facts = { ...a.facts, privilege: role.facts.privilege };
      if (role?.facts?.wildcardActions) a.facts = { ...a.facts, wildcardActions: role.facts.wildcardActions };
    }
  }
  // Endpoints last: they inherit what their (now complete) endpoint configs decide.
  for (const a of assets) {
    if (a.nativeType === 'AWS::SageMaker::Endpoint') {
      for (const e of edges) {
        if (e.from !== a.id || e.kind !== 'contains') continue;
        const config = byId.get(e.to);
        if (config?.nativeType !== 'AWS::SageMaker::EndpointConfig') continue;
        const { dataCapture: _live, ...decided } = config.facts ?? {};
        a.facts = { ...decided, ...a.facts };
      }
    }
  }
  edges.push(...add);
};
