// Rule-test assets built the way the providers build them: a collector declaration, recorded wire
// payloads (test/fixtures/wire/, in the clouds' documented response shapes) and the providers' own
// assembly (providers/aws/assemble.ts, providers/azure/assemble.ts). A change to a normaliser, to
// the redaction allow-lists or to the raw envelope therefore reaches the rule tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScopeInfo } from '../../providers/aws/arn.js';
import { assembleAwsAsset } from '../../providers/aws/assemble.js';
import type { AnyCollector } from '../../providers/aws/collector.js';
import { awsCollectors } from '../../providers/aws/collectors/index.js';
import type { ArmResource } from '../../providers/azure/arm.js';
import { assembleAzureAsset, mergeAzureDetail } from '../../providers/azure/assemble.js';
import type { AssetCollector, DetailCollector } from '../../providers/azure/collector.js';
import { azureCollectors } from '../../providers/azure/collectors/index.js';
import { AssetSchema, type Asset, type Facts } from '../../src/model/index.js';
import { packageRoot } from '../../src/package-root.js';

/** A recorded response body, by path under test/fixtures/wire/ (e.g. `aws/sagemaker/DescribeNotebookInstance.json`). */
export function wire<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(join(packageRoot(), 'test/fixtures/wire', path), 'utf8')) as T;
}

/**
 * `body` with `patch` merged in (objects deeply, anything else replaced; `undefined` removes the
 * member): a case that differs from a recorded payload only in the documented field it is about.
 */
export function patched<T>(body: T, patch: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    if (value === undefined) delete out[key];
    else if (isObject(value) && isObject(current)) out[key] = patched(current, value);
    else out[key] = value;
  }
  return out as T;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export const AWS_WIRE_SCOPE: ScopeInfo = { partition: 'aws', account: '111122223333', region: 'eu-west-1' };

/**
 * The asset the AWS runner builds from one record of a List* response (`listing`, the whole
 * response body; `index` picks the record) and the detail calls' response bodies by detail key
 * (`null`: the call answered "not configured"; key absent: not made or denied). Paged and picked
 * details go through the collector's own `page.items` / `pick`, as the runner does. Collectors that
 * read by reference (KMS keys, VPCs) take the Describe* response as `listing` and the references in `refs`.
 */
export function awsWireAsset(
  collectorName: string,
  listing: unknown,
  details: Record<string, unknown> = {},
  options: { index?: number; scope?: ScopeInfo; refs?: string[] } = {},
): Asset {
  const c = awsCollectors.find((x) => x.name === collectorName);
  if (!c) throw new Error(`no AWS collector ${collectorName}`);
  const items = c.list ? c.list.items(listing) : c.refs!.items(listing, options.refs ?? []);
  const record = items?.[options.index ?? 0];
  if (record === undefined) throw new Error(`${collectorName}: the listing holds no record ${options.index ?? 0}`);
  const answers = Object.fromEntries(Object.entries(details).map(([key, body]) => [key, awsDetailAnswer(c, key, body)]));
  const assembled = assembleAwsAsset(c, options.scope ?? AWS_WIRE_SCOPE, record, answers);
  if (!assembled) throw new Error(`${collectorName}: the normaliser dropped the record`);
  return AssetSchema.parse(assembled.asset);
}

function awsDetailAnswer(c: AnyCollector, key: string, body: unknown): unknown {
  const d = c.details?.find((x) => x.key === key);
  if (!d) throw new Error(`${c.name} declares no detail ${key}`);
  if (body === null) return null;
  const one = (b: unknown): unknown => (d.page ? (d.page.items(b) ?? []) : d.pick ? d.pick(b) : b);
  return d.each ? (body as unknown[]).map(one) : one(body);
}

export const AZURE_WIRE_SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';

export interface AzureWireOptions {
  parent?: ArmResource;
  /** The child detail listings' bodies (`{ value: [...] }`) by detail key. */
  details?: Record<string, { value: ArmResource[] }>;
  /** Facts the Azure linker sets across records (e.g. `mlRelated`), which no single record carries. */
  linked?: Facts;
}

/**
 * The asset the Azure runner builds from an ARM resource body (a GET, or one `value` element of
 * a list), with its detail listings merged as the runner merges them.
 */
export function azureWireAsset(collectorName: string, record: ArmResource, options: AzureWireOptions = {}): Asset {
  const c = azureCollectors.find((x): x is AssetCollector => x.name === collectorName && x.type === 'asset');
  if (!c) throw new Error(`no Azure asset collector ${collectorName}`);
  const { asset } = assembleAzureAsset(c, AZURE_WIRE_SUBSCRIPTION, record, options.parent);
  for (const [key, body] of Object.entries(options.details ?? {})) {
    const d = azureCollectors.find((x): x is DetailCollector => x.type === 'detail' && x.parent === collectorName && x.detailKey === key);
    if (!d) throw new Error(`${collectorName} has no detail collector for ${key}`);
    mergeAzureDetail(asset, d, body.value, record);
  }
  return AssetSchema.parse({ ...asset, facts: { ...asset.facts, ...options.linked } });
}

/** The recorded List* and Describe* bodies of each SageMaker collector (test/fixtures/wire/aws/sagemaker/). */
const SAGEMAKER_WIRE = {
  'sagemaker/domains': ['ListDomains', 'DescribeDomain'],
  'sagemaker/notebook-instances': ['ListNotebookInstances', 'DescribeNotebookInstance'],
  'sagemaker/endpoint-configs': ['ListEndpointConfigs', 'DescribeEndpointConfig'],
  'sagemaker/models': ['ListModels', 'DescribeModel'],
  'sagemaker/processing-jobs': ['ListProcessingJobs', 'DescribeProcessingJob'],
  'sagemaker/transform-jobs': ['ListTransformJobs', 'DescribeTransformJob'],
  'sagemaker/compilation-jobs': ['ListCompilationJobs', 'DescribeCompilationJob'],
  'sagemaker/hyper-parameter-tuning-jobs': ['ListHyperParameterTuningJobs', 'DescribeHyperParameterTuningJob'],
  'sagemaker/automl-jobs': ['ListAutoMLJobs', 'DescribeAutoMLJobV2'],
  'sagemaker/model-cards': ['ListModelCards', 'DescribeModelCard'],
  'sagemaker/notebook-lifecycle-configs': ['ListNotebookInstanceLifecycleConfigs', 'DescribeNotebookInstanceLifecycleConfig'],
  'sagemaker/studio-lifecycle-configs': ['ListStudioLifecycleConfigs', 'DescribeStudioLifecycleConfig'],
  'sagemaker/mlflow-tracking-servers': ['ListMlflowTrackingServers', 'DescribeMlflowTrackingServer'],
  'sagemaker/hyperpod-clusters': ['ListClusters', 'DescribeCluster'],
  'sagemaker/inference-components': ['ListInferenceComponents', 'DescribeInferenceComponent'],
  'sagemaker/spaces': ['ListSpaces', 'DescribeSpace'],
} as const;

/**
 * A SageMaker asset from its recorded List* record and Describe* response, the latter `patched`
 * by `describe`; `false`: the Describe* call did not answer (denied), so the asset has no
 * `describe` detail.
 */
export function sageMakerWireAsset(collector: keyof typeof SAGEMAKER_WIRE, describe: Record<string, unknown> | false = {}): Asset {
  const [list, described] = SAGEMAKER_WIRE[collector];
  const details = describe === false ? {} : { describe: patched(wire(`aws/sagemaker/${described}.json`), describe) };
  return awsWireAsset(collector, wire(`aws/sagemaker/${list}.json`), details);
}

/**
 * An Azure asset from a recorded ARM body under test/fixtures/wire/azure/ (e.g.
 * `machine-learning/workspace.json`), `patched` by `patch` (e.g. `{ properties: { hbiWorkspace: true } }`).
 */
export function armWireAsset(collectorName: string, fixture: string, patch: Record<string, unknown> = {}, options: AzureWireOptions = {}): Asset {
  return azureWireAsset(collectorName, patched(wire<ArmResource>(`azure/${fixture}`), patch), options);
}
