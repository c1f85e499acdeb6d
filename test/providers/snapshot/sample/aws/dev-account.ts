import type { EstateBuilder } from '../estate-builder.js';
import { AWS_DEV, sandboxTags } from '../org.js';
import { bedrockInvocationLogging } from './bedrock.js';
import { iamRole } from './iam.js';
import { exposeEndpoints } from './invoke-grants.js';
import { securityGroup, subnet, vpc } from './network.js';
import { notebookLifecycleConfig } from './lifecycle.js';
import { sagemakerNotebook, trainingJob } from './sagemaker.js';
import { sagemakerEndpoint, sagemakerModel } from './serving.js';
import type { AwsScope } from './scope.js';
import { ecrRepository, kmsKey, s3Bucket } from './storage.js';

/**
 * The data science sandbox account: the default VPC, notebooks with internet and root, a
 * wildcard execution role, a CI user with long-lived keys, and a scan role that was never
 * granted CloudTrail read access (recorded as a coverage gap, not as "no trail").
 */
export function buildAwsDev(b: EstateBuilder): void {
  const s: AwsScope = { b, account: AWS_DEV.account, region: AWS_DEV.region, tags: sandboxTags('internal', 'data-science@harbourline.example') };

  const sandboxKey = kmsKey(s, { keyId: '93c1a7e5-4b2d-4f80-b6e9-0d5f2a8c1e73', alias: 'ds-sandbox', description: 'Sandbox notebooks', rotation: false });
  const net = vpc(s, { vpcId: 'vpc-0a1b2c3d4e5f60718', name: 'default', cidr: '172.31.0.0/16', isDefault: true });
  const publicSubnet = subnet(s, { subnetId: 'subnet-0f1e2d3c4b5a69788', name: 'default-us-east-1a', vpc: net, cidr: '172.31.0.0/20', az: 'us-east-1a', routesToInternetGateway: true, mapPublicIp: true });
  const openSg = securityGroup(s, {
    groupId: 'sg-0d4c3b2a1f0e9d8c7',
    name: 'ds-notebooks-ssh',
    description: 'temp: ssh for remote debugging',
    vpc: net,
    ingress: [
      { protocol: 'tcp', from: 22, to: 22, cidr: '0.0.0.0/0', description: 'ssh from home' },
      { protocol: 'tcp', from: 8888, to: 8888, cidr: '0.0.0.0/0', description: 'jupyter' },
    ],
    egressAnywhere: true,
  });

  const sandbox = s3Bucket(s, { name: 'harbourline-ds-sandbox-dev', blockPublicAccess: true, versioning: 'Never', tlsOnly: false });
  // Someone shared a demo dataset with a university through a public-read ACL, from a bucket
  // made by hand: classified, but with no owner tag.
  const sharedDatasets = s3Bucket(s, {
    name: 'harbourline-ds-shared-datasets',
    tags: { 'data-classification': 'public' },
    ownTagsOnly: true,
    blockPublicAccess: false,
    anonymous: { read: true, write: false, via: 'acl' },
    versioning: 'Suspended',
    tlsOnly: false,
  });
  // The bucket policy denies every principal but the owning team, the scan role included, so
  // whether the bucket is public, TLS-only or logged is unknown, not "no".
  const experiments = s3Bucket(s, {
    name: 'harbourline-ds-experiments-eu',
    region: 'eu-west-1',
    blockPublicAccess: true,
    versioning: 'Enabled',
    tlsOnly: true,
    deniedCalls: ['policy', 'policyStatus', 'publicAccessBlock', 'logging'],
  });

  const dsRole = iamRole(s, {
    name: 'AmazonSageMaker-ExecutionRole-20240312T101500',
    roleId: 'AROA3XKDEXAMPLE9DEV01',
    path: '/service-role/',
    description: 'Created by the SageMaker console',
    trustedServices: ['sagemaker.amazonaws.com'],
    policies: [{ name: 'AmazonSageMakerFullAccess', aws: true }, { name: 'ds-sandbox-s3', actions: ['s3:*', 'ecr:*'] }],
    lastUsed: '2026-11-19T14:02:00.000Z',
  });

  const repo = ecrRepository(s, { name: 'ds/experiments', scanOnPush: false, immutableTags: false });

  sagemakerNotebook(s, { name: 'jdoe-explore', instanceType: 'ml.t3.xlarge', role: dsRole, directInternet: true, rootAccess: true, platform: 'notebook-al1-v1', tags: { owner: 'j.doe@harbourline.example' } });
  sagemakerNotebook(s, { name: 'llm-eval-scratch', instanceType: 'ml.g5.xlarge', role: dsRole, placement: { subnets: [publicSubnet], groups: [openSg] }, directInternet: true, rootAccess: true, status: 'Stopped' });
  // A team appended its MLflow login to the auto-stop script: the password now sits in the lifecycle configuration.
  notebookLifecycleConfig(s, { name: 'auto-stop-idle-120m', idleMinutes: 120, extraOnStart: ['export MLFLOW_TRACKING_USERNAME=churn-dev', "export MLFLOW_TRACKING_PASSWORD='Churn-Dev-2025!'"] });
  sagemakerNotebook(s, { name: 'churn-feature-dev', instanceType: 'ml.t3.medium', role: dsRole, directInternet: false, rootAccess: false, key: sandboxKey, autoStopConfig: 'auto-stop-idle-120m', placement: { subnets: [publicSubnet], groups: [openSg] } });

  const churnJob = trainingJob(s, {
    name: 'churn-lgbm-exp-0042',
    role: dsRole,
    image: repo,
    imageTag: 'latest',
    inputs: [
      { channel: 'train', bucket: sharedDatasets, prefix: 'churn-demo/train/' },
      { channel: 'validation', bucket: experiments, prefix: 'churn/holdout/' },
    ],
    output: sandbox,
    networkIsolation: false,
    interContainerEncryption: false,
    instanceType: 'ml.m5.large',
    hyperParameters: { num_leaves: '63', learning_rate: '0.05' },
    finishedAt: '2026-11-02T11:20:31.000Z',
  });
  // A dev model built from the job's output without a package: registered nowhere.
  const churnModel = sagemakerModel(s, { name: 'churn-lgbm-exp-0042', role: dsRole, image: repo, imageTag: 'latest', artifacts: sandbox, artifactKey: `models/${churnJob.name}/output/model.tar.gz`, networkIsolation: false });
  sagemakerEndpoint(s, { name: 'churn-exp-serverless', model: churnModel, serverless: { memoryMb: 2048, maxConcurrency: 5 } });
  // A CI user with long-lived keys that deploys models: SageMakerFullAccess lets it invoke every endpoint.
  exposeEndpoints(s, [{ user: 'ds-ci-deployer', managed: ['AmazonSageMakerFullAccess'] }]);
  // The sandbox tries Bedrock models from notebooks; invocation logging was never turned on here.
  bedrockInvocationLogging(s, {});

  b.gap({
    provider: 'aws',
    account: s.account,
    region: s.region,
    service: 'cloudtrail',
    errorCode: 'AccessDeniedException',
    message: 'User: arn:aws:sts::736194028517:assumed-role/mlscan-readonly/scan is not authorized to perform: cloudtrail:DescribeTrails',
    kinds: ['audit-trail'],
  });
  b.gap({
    provider: 'aws',
    account: s.account,
    region: 'eu-west-1',
    service: 's3',
    errorCode: 'AccessDenied',
    message: 'GetBucketPolicy, GetBucketPolicyStatus, GetPublicAccessBlock and GetBucketLogging denied on harbourline-ds-experiments-eu by its bucket policy',
    kinds: ['storage'],
  });
}
