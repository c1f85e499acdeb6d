import type { EstateBuilder } from '../estate-builder.js';
import { AWS_PROD, platformTags, VENDOR_AWS_ACCOUNT } from '../org.js';
import { cloudTrail, logGroup } from './audit.js';
import { buildAwsBedrock } from './bedrock-estate.js';
import { iamRole } from './iam.js';
import { exposeEndpoints } from './invoke-grants.js';
import { buildAwsMlJobs } from './ml-jobs-estate.js';
import { securityGroup, subnet, vpc, vpcEndpoint } from './network.js';
import { notebookLifecycleConfig } from './lifecycle.js';
import { featureGroup, sagemakerDomain, sagemakerNotebook, sagemakerPipeline, trainingJob } from './sagemaker.js';
import { modelPackage, modelPackageGroup, monitoringSchedule, sagemakerEndpoint, sagemakerModel } from './serving.js';
import { arn, type AwsScope } from './scope.js';
import { hyperpodCluster, inferenceComponent, mlflowTrackingServer, sharedSpaceWithApp, studioLifecycleConfig } from './studio-platform.js';
import { ecrRepository, kmsKey, s3Bucket } from './storage.js';

/**
 * The production ML account: mostly well configured (VPC-only Studio, CMKs, VPC endpoints,
 * approved model packages, an organisation-wide trail), with the mistakes real estates carry:
 * a partner drop-zone bucket anyone can write to that feeds claims-triage training, a hotfix
 * model deployed straight from S3, and an admin role a former vendor can still assume. Its
 * Bedrock estate (bedrock-estate.ts) fine-tunes a model on that same drop zone.
 */
export function buildAwsProd(b: EstateBuilder): void {
  const s: AwsScope = { b, account: AWS_PROD.account, region: AWS_PROD.region, tags: platformTags('prod', 'Confidential', 'ml-platform@harbourline.example', 'CC-2031') };

  const mlKey = kmsKey(s, { keyId: '6e1f3c2a-84b7-4d09-a5f1-2c9e7b3d8a41', alias: 'ml-platform-prod', description: 'SageMaker volumes, artifacts and endpoints (prod)', rotation: true });
  const dataKey = kmsKey(s, { keyId: 'b2d94e71-0c3f-4a8e-9b56-7e1a2f4c8d90', alias: 'ml-data-prod', description: 'Training data buckets (prod)', rotation: true });
  const trailKey = kmsKey(s, { keyId: '0a7c5e93-2f1d-4b68-8c4e-91d3f6a2b7e5', alias: 'cloudtrail-org', description: 'Organisation CloudTrail log files', rotation: true });

  const flowLogs = logGroup(s, '/vpc/flow-logs/ml-prod-vpc');
  const net = vpc(s, { vpcId: 'vpc-0f3a9c27d18e4b560', name: 'ml-prod-vpc', cidr: '10.40.0.0/16', flowLogsTo: flowLogs });
  const privateA = subnet(s, { subnetId: 'subnet-04c1e7a9b2d36f815', name: 'ml-prod-private-a', vpc: net, cidr: '10.40.10.0/24', az: 'eu-west-1a', routesToInternetGateway: false });
  const privateB = subnet(s, { subnetId: 'subnet-0a85d3f6c1e2b7940', name: 'ml-prod-private-b', vpc: net, cidr: '10.40.11.0/24', az: 'eu-west-1b', routesToInternetGateway: false });
  subnet(s, { subnetId: 'subnet-0d29b6e4a7c1f3058', name: 'ml-prod-public-a', vpc: net, cidr: '10.40.0.0/24', az: 'eu-west-1a', routesToInternetGateway: true, mapPublicIp: true });
  const studioSg = securityGroup(s, {
    groupId: 'sg-0b7e2d9f41c6a3805',
    name: 'sagemaker-studio-prod',
    description: 'Studio apps and notebooks: intra-VPC only',
    vpc: net,
    ingress: [{ protocol: 'tcp', from: 8192, to: 65535, cidr: '10.40.0.0/16', description: 'Studio app to app' }],
    egressAnywhere: false,
  });
  const trainingSg = securityGroup(s, {
    groupId: 'sg-03f9a1c5e7d2b8406',
    name: 'sagemaker-training-prod',
    description: 'Training jobs and model containers',
    vpc: net,
    ingress: [],
    egressAnywhere: false,
  });
  const inVpc = { subnets: [privateA, privateB], groups: [studioSg] };
  const trainingPlacement = { subnets: [privateA, privateB], groups: [trainingSg] };
  vpcEndpoint(s, { endpointId: 'vpce-07d3a1e9c5b2f4068', service: 'sagemaker.api', type: 'Interface', vpc: net, subnets: [privateA, privateB], groups: [studioSg] });
  vpcEndpoint(s, { endpointId: RUNTIME_VPCE, service: 'sagemaker.runtime', type: 'Interface', vpc: net, subnets: [privateA, privateB], groups: [studioSg] });
  const s3Vpce = vpcEndpoint(s, { endpointId: 'vpce-0c92f7e1a4d6b3058', service: 's3', type: 'Gateway', vpc: net });
  vpcEndpoint(s, { endpointId: 'vpce-0a4f8c2e6b1d3a975', service: 'ecr.dkr', type: 'Interface', vpc: net, subnets: [privateA, privateB], groups: [trainingSg] });
  // The claims portal calls Bedrock through this endpoint; nobody added one for bedrock-agent-runtime.
  vpcEndpoint(s, { endpointId: 'vpce-05b8e2d4f7a1c3960', service: 'bedrock-runtime', type: 'Interface', vpc: net, subnets: [privateA, privateB], groups: [studioSg] });

  const logBucket = s3Bucket(s, { name: 'harbourline-s3-access-logs-prod', blockPublicAccess: true, versioning: 'Enabled', tlsOnly: true });
  const trailBucket = s3Bucket(s, {
    name: 'harbourline-org-cloudtrail',
    blockPublicAccess: true,
   
    key: trailKey,
    versioning: 'Enabled',
    mfaDelete: true,
    objectLock: true,
    accessLogsTo: logBucket.name,
    tlsOnly: true,
  });
  const trainingData = s3Bucket(s, {
    name: 'harbourline-ml-training-data-prod',
    tags: { DataClassification: 'Restricted' },
    blockPublicAccess: true,
   
    key: dataKey,
    versioning: 'Enabled',
    accessLogsTo: logBucket.name,
    onlyViaVpce: s3Vpce,
    tlsOnly: true,
  });
  const artifacts = s3Bucket(s, {
    name: 'harbourline-ml-artifacts-prod',
    blockPublicAccess: true,
   
    key: mlKey,
    versioning: 'Enabled',
    objectLock: true,
    accessLogsTo: logBucket.name,
    onlyViaVpce: s3Vpce,
    tlsOnly: true,
  });
  // Garages upload repair photos and invoices here; the "temporary" anonymous PutObject from the
  // 2024 pilot was never removed, and claims-triage retrains on this prefix every week.
  const partnerDropzone = s3Bucket(s, {
    name: 'harbourline-claims-partner-dropzone',
    tags: { DataClassification: 'Internal', Owner: 'claims-ops@harbourline.example' },
    blockPublicAccess: false,
    anonymous: { read: false, write: true, via: 'policy' },
    key: dataKey,
    versioning: 'Enabled',
    accessLogsTo: logBucket.name,
    tlsOnly: true,
  });

  const executionRole = iamRole(s, {
    name: 'SageMakerExecutionRole-prod',
    roleId: 'AROAWBQ3EXAMPLE7PRD01',
    path: '/service-role/',
    description: 'Execution role for prod training jobs, models and endpoints',
    trustedServices: ['sagemaker.amazonaws.com'],
    policies: [{ name: 'ml-prod-data-access', actions: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'kms:Decrypt', 'kms:GenerateDataKey'] }],
    lastUsed: '2026-11-19T23:40:00.000Z',
  });
  const studioRole = iamRole(s, {
    name: 'SageMakerStudioUser-prod',
    roleId: 'AROAWBQ3EXAMPLE7PRD02',
    path: '/service-role/',
    description: 'Default execution role of Studio user profiles',
    trustedServices: ['sagemaker.amazonaws.com'],
    policies: [{ name: 'studio-user-prod', actions: ['sagemaker:DescribeDomain', 'sagemaker:DescribeUserProfile', 'sagemaker:ListApps', 'sagemaker:CreatePresignedDomainUrl', 's3:GetObject'] }],
  });
  // The shared analytics notebook runs as the platform's break-glass admin role, which the
  // consultancy's account can still assume.
  const adminRole = iamRole(s, {
    name: 'MLPlatformAdmin',
    roleId: 'AROAWBQ3EXAMPLE7PRD03',
    description: 'Break-glass admin for the ML platform (consultancy onboarding 2024)',
    trustedServices: ['sagemaker.amazonaws.com'],
    trustedAccounts: [s.account, VENDOR_AWS_ACCOUNT],
    policies: [
      { name: 'AdministratorAccess', aws: true, actions: ['*'] },
      // The fraud endpoint was locked down after review; the other prod endpoints were not.
      { name: 'invoke-fraud-scoring-via-vpce', statements: [denyInvokeOutsideVpce(s, 'fraud-scoring-prod', RUNTIME_VPCE)] },
    ],
    lastUsed: '2025-02-11T17:03:00.000Z',
  });

  const inferenceRepo = ecrRepository(s, { name: 'ml/inference-xgboost', scanOnPush: true, immutableTags: true, key: mlKey });
  const trainingRepo = ecrRepository(s, { name: 'ml/training-xgboost', scanOnPush: true, immutableTags: true, key: mlKey });

  const trailLogs = logGroup(s, 'aws-cloudtrail-logs-harbourline-org');
  cloudTrail(s, { name: 'harbourline-org-trail', bucket: trailBucket, key: trailKey, logGroup: trailLogs, multiRegion: true, validation: true, dataEventBuckets: [trainingData, artifacts], organization: true });

  const domain = sagemakerDomain(s, { domainId: 'd-7kq2xw9hb4fm', name: 'harbourline-ml-prod', vpc: net, placement: inVpc, vpcOnly: true, authMode: 'SSO', executionRole: studioRole, key: mlKey });
  notebookLifecycleConfig(s, { name: 'auto-stop-idle-60m', idleMinutes: 60 });
  sagemakerNotebook(s, { name: 'fraud-model-review', instanceType: 'ml.t3.large', role: studioRole, placement: inVpc, directInternet: false, rootAccess: false, key: mlKey, autoStopConfig: 'auto-stop-idle-60m' });
  sagemakerNotebook(s, { name: 'claims-analytics-shared', instanceType: 'ml.m5.xlarge', role: adminRole, placement: inVpc, directInternet: false, rootAccess: true, key: mlKey });
  featureGroup(s, { name: 'claims-features-v2', role: executionRole, offlineStore: trainingData, key: dataKey, onlineStore: true });

  // Fraud scoring: the well-run path, trained on the private training bucket.
  const fraudJob = trainingJob(s, {
    name: 'fraud-xgb-2026-10-13-0200',
    role: executionRole,
    image: trainingRepo,
    imageTag: '1.7-1',
    inputs: [{ channel: 'train', bucket: trainingData, prefix: 'fraud/2026-10/train/' }, { channel: 'validation', bucket: trainingData, prefix: 'fraud/2026-10/validation/' }],
    output: artifacts,
    placement: trainingPlacement,
    networkIsolation: true,
    interContainerEncryption: true,
    key: mlKey,
    instanceType: 'ml.m5.2xlarge',
    hyperParameters: { max_depth: '6', eta: '0.2', num_round: '400', objective: 'binary:logistic' },
    finishedAt: '2026-10-13T03:12:44.000Z',
  });
  // Claims triage: looks the same, but its "images" channel reads the partner drop zone.
  const triageJob = trainingJob(s, {
    name: 'claims-triage-2026-11-16-0300',
    role: executionRole,
    image: trainingRepo,
    imageTag: '1.7-1',
    inputs: [{ channel: 'train', bucket: trainingData, prefix: 'claims-triage/2026-11/train/' }, { channel: 'images', bucket: partnerDropzone, prefix: 'uploads/repair-photos/' }],
    output: artifacts,
    placement: trainingPlacement,
    networkIsolation: true,
    interContainerEncryption: true,
    key: mlKey,
    instanceType: 'ml.g5.2xlarge',
    hyperParameters: { epochs: '12', learning_rate: '0.0003', batch_size: '64' },
    finishedAt: '2026-11-16T05:48:09.000Z',
  });
  sagemakerPipeline(s, { name: 'claims-triage-weekly-retrain', role: executionRole });

  const fraudGroup = modelPackageGroup(s, { name: 'fraud-detection', description: 'Card and claims fraud scoring' });
  // The consultancy that built the first triage model can still read its registry.
  const triageGroup = modelPackageGroup(s, { name: 'claims-triage', description: 'Claim severity triage from text and photos', sharedWith: [VENDOR_AWS_ACCOUNT] });
  const fraudV7 = modelPackage(s, { group: fraudGroup, version: 7, approval: 'Approved', trainingJob: fraudJob, artifacts, image: inferenceRepo, imageTag: '1.7-1' });
  const triageV12 = modelPackage(s, { group: triageGroup, version: 12, approval: 'Approved', trainingJob: triageJob, artifacts, image: inferenceRepo, imageTag: '1.7-1' });

  const fraudModel = sagemakerModel(s, { name: 'fraud-detection-v7', role: executionRole, image: inferenceRepo, imageTag: '1.7-1', fromPackage: fraudV7, artifacts, networkIsolation: true, placement: trainingPlacement });
  const triageModel = sagemakerModel(s, { name: 'claims-triage-v12', role: executionRole, image: inferenceRepo, imageTag: '1.7-1', fromPackage: triageV12, artifacts, networkIsolation: true, placement: trainingPlacement });
  // Deployed from a laptop during an incident in August: no package, no job, no lineage.
  const hotfixModel = sagemakerModel(s, { name: 'quote-pricing-hotfix-0817', role: executionRole, image: inferenceRepo, imageTag: '1.7-1', artifacts, artifactKey: 'adhoc/quote-pricing/hotfix-0817/model.tar.gz', networkIsolation: false });

  const fraudEndpoint = sagemakerEndpoint(s, { name: 'fraud-scoring-prod', model: fraudModel, instanceType: 'ml.m5.xlarge', instanceCount: 2, dataCapture: { bucket: artifacts, samplingPercent: 20 }, key: mlKey });
  sagemakerEndpoint(s, { name: 'claims-triage-prod', model: triageModel, instanceType: 'ml.g5.xlarge', instanceCount: 2, dataCapture: { bucket: artifacts, samplingPercent: 10 }, key: mlKey });
  sagemakerEndpoint(s, { name: 'quote-pricing-prod', model: hotfixModel, instanceType: 'ml.c5.large', instanceCount: 1, key: mlKey });

  // Model Monitor watches the fraud endpoint's captured traffic for data drift; the other endpoints have no schedule.
  monitoringSchedule(s, { endpointName: 'fraud-scoring-prod', role: executionRole, key: mlKey, output: artifacts });

  // The Studio platform: a shared JupyterLab space for the fraud team, MLflow experiment tracking, a
  // HyperPod cluster for the document model, and the fraud model also placed as an inference component.
  const lspConfig = studioLifecycleConfig(s, { name: 'jupyterlab-lsp-autostop', script: ['pip install --quiet jupyterlab-lsp', 'pip install --quiet sagemaker-studio-jupyter-scheduler'] });
  sharedSpaceWithApp(s, { domain, name: 'fraud-team', displayName: 'Fraud team', owner: 'amara-okafor', lifecycle: lspConfig });
  mlflowTrackingServer(s, { name: 'claims-experiments', role: executionRole, artifacts, prefix: 'mlflow/claims-experiments' });
  hyperpodCluster(s, { name: 'claims-docs-pretrain', clusterId: 'q4w8e2r6t0yu', role: executionRole, scripts: artifacts, placement: trainingPlacement });
  inferenceComponent(s, { name: 'fraud-detection-v7-ic', endpoint: fraudEndpoint, model: fraudModel, copies: 2 });

  buildAwsMlJobs(s, { executionRole, trainingRepo, mlKey, trainingData, artifacts, partnerDropzone, placement: trainingPlacement, fraudModel, hotfixModel });

  buildAwsBedrock(s, { mlKey, dataKey, logBucket, trainingData, artifacts, partnerDropzone, placement: trainingPlacement });

  // The claims application calls the fraud endpoint through the runtime VPC endpoint only; no ML
  // asset references its role, so it is no asset, but GetAccountAuthorizationDetails lists it.
  exposeEndpoints(s, [
    {
      role: 'fraud-scoring-api',
      inline: {
        'invoke-fraud-scoring': [
          { Effect: 'Allow', Action: 'sagemaker:InvokeEndpoint', Resource: arn(s, 'sagemaker', 'endpoint/fraud-scoring-prod'), Condition: { StringEquals: { 'aws:SourceVpce': RUNTIME_VPCE } } },
        ],
      },
    },
  ]);
}

/** The runtime interface endpoint of the prod VPC (vpcEndpoint below). */
const RUNTIME_VPCE = 'vpce-0e6b4c2a8d1f3957a';

/** A Deny of InvokeEndpoint on one endpoint unless the call comes through the VPC endpoint. */
function denyInvokeOutsideVpce(s: AwsScope, endpoint: string, vpce: string): Record<string, unknown> {
  return { Effect: 'Deny', Action: 'sagemaker:InvokeEndpoint', Resource: arn(s, 'sagemaker', `endpoint/${endpoint}`), Condition: { StringNotEquals: { 'aws:SourceVpce': vpce } } };
}
