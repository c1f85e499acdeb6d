import { awsNames, type AwsNames } from './names.js';
import { sagemakerEstate, type SageMakerEstate } from './estate-sagemaker.js';

/**
 * An emulated AWS account: one region of SageMaker work and what surrounds it (S3, IAM, EC2, KMS,
 * ECR, CloudTrail), in the wire shapes the provider tests record. `scale` multiplies the SageMaker
 * resources (scale 1: 180 assets); `expected` is every asset id a complete scan reports.
 */

type Json = Record<string, unknown>;
/** A bucket sub-resource answer: status and body (XML, or the policy JSON). */
export type S3Answer = [status: number, body: string];

export interface AwsEstate {
  names: AwsNames;
  account: string;
  region: string;
  sagemaker: SageMakerEstate;
  /** Buckets as ListBuckets returns them, with their tags and sub-resource answers (`acl`, `policyStatus`, …; `tagging` carries `tags`). */
  buckets: Array<{ name: string; region: string; tags: Array<{ Key: string; Value: string }>; answers: Record<string, S3Answer> }>;
  iam: {
    roles: Map<string, { role: Json; attached: Array<{ PolicyName: string; PolicyArn: string }>; inline: Map<string, string> }>;
    policies: Map<string, { policy: Json; document: string }>;
  };
  ec2: { subnets: Json[]; securityGroups: Json[]; vpcs: Json[]; routeTables: Json[]; vpcEndpoints: Json[]; flowLogs: Json[] };
  kms: Map<string, { metadata: Json; rotation: boolean; policy: string }>;
  ecr: Map<string, Json>;
  trails: Array<{ trail: Json; status: Json; selectors: Json }>;
  expected: string[];
}

const s3Error = (code: string): string => `<Error><Code>${code}</Code><Message>${code}</Message><RequestId>emu</RequestId><HostId>emulator</HostId></Error>`;
const ALL_BLOCKED =
  '<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>';

/** The tags of the i-th bucket (GetBucketTagging's TagSet, and what the Tagging API's GetResources returns for it). */
const bucketTags = (i: number): Array<{ Key: string; Value: string }> => [{ Key: 'data-classification', Value: i % 2 ? 'confidential' : 'internal' }];

function bucketAnswers(n: AwsNames, name: string, i: number): Record<string, S3Answer> {
  const answers: Record<string, S3Answer> = {
    publicAccessBlock: i % 2 ? [200, ALL_BLOCKED] : [404, s3Error('NoSuchPublicAccessBlockConfiguration')],
    policyStatus: [404, s3Error('NoSuchBucketPolicy')],
    policy: [404, s3Error('NoSuchBucketPolicy')],
    acl: [200, '<AccessControlPolicy><Owner><ID>emu-owner</ID></Owner><AccessControlList><Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>emu-owner</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant></AccessControlList></AccessControlPolicy>'],
    ownershipControls: [200, '<OwnershipControls><Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule></OwnershipControls>'],
    encryption: [200, i % 3 === 0
      ? `<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>${n.keys[0]}</KMSMasterKeyID></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`
      : '<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>'],
    versioning: [200, i % 2 ? '<VersioningConfiguration><Status>Enabled</Status><MfaDelete>Disabled</MfaDelete></VersioningConfiguration>' : '<VersioningConfiguration/>'],
    logging: [200, '<BucketLoggingStatus/>'],
    'object-lock': [404, s3Error('ObjectLockConfigurationNotFoundError')],
    tagging: [200, `<Tagging><TagSet>${bucketTags(i).map((t) => `<Tag><Key>${t.Key}</Key><Value>${t.Value}</Value></Tag>`).join('')}</TagSet></Tagging>`],
  };
  if (name === n.buckets.training) {
    // The training bucket lets anyone put objects: S3 itself says public.
    answers.policyStatus = [200, '<PolicyStatus><IsPublic>true</IsPublic></PolicyStatus>'];
    answers.policy = [200, JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'uploads', Effect: 'Allow', Principal: '*', Action: ['s3:PutObject', 's3:GetObject'], Resource: `arn:aws:s3:::${name}/*` }] })];
  }
  return answers;
}

const policyDoc = (statements: Json[]): string => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const TRUST = policyDoc([{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
const MANAGED = {
  sagemaker: 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess',
  admin: 'arn:aws:iam::aws:policy/AdministratorAccess',
};

export function awsEstate(options: { scale?: number; account?: string; region?: string } = {}): AwsEstate {
  const n = awsNames(options.account ?? '111122223333', options.region ?? 'eu-west-1');
  const sagemaker = sagemakerEstate(n, options.scale ?? 1);

  const mlBuckets = Object.values(n.buckets);
  const buckets = [...mlBuckets, ...n.otherBuckets].map((name, i) => ({ name, region: n.region, tags: bucketTags(i), answers: bucketAnswers(n, name, i) }));

  const roles: AwsEstate['iam']['roles'] = new Map();
  Object.values(n.roles).forEach((arn, i) => {
    const name = arn.split('/').pop()!;
    roles.set(name, {
      role: { Path: '/', RoleName: name, RoleId: `AROAEMULATOR${String(i).padStart(8, '0')}`, Arn: arn, CreateDate: new Date(Date.UTC(2024, 0, 1)), AssumeRolePolicyDocument: encodeURIComponent(TRUST), Tags: [{ Key: 'team', Value: 'ml-platform' }] },
      attached: [{ PolicyName: 'AmazonSageMakerFullAccess', PolicyArn: MANAGED.sagemaker }, ...(arn === n.roles.training ? [{ PolicyName: 'AdministratorAccess', PolicyArn: MANAGED.admin }] : [])],
      inline: new Map([['s3-data', encodeURIComponent(policyDoc([{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: mlBuckets.map((b) => `arn:aws:s3:::${b}/*`) }]))]]),
    });
  });
  const policies: AwsEstate['iam']['policies'] = new Map([
    [MANAGED.sagemaker, { policy: { PolicyName: 'AmazonSageMakerFullAccess', Arn: MANAGED.sagemaker, DefaultVersionId: 'v3' }, document: encodeURIComponent(policyDoc([{ Effect: 'Allow', Action: ['sagemaker:*', 's3:ListBucket'], Resource: '*' }])) }],
    [MANAGED.admin, { policy: { PolicyName: 'AdministratorAccess', Arn: MANAGED.admin, DefaultVersionId: 'v1' }, document: encodeURIComponent(policyDoc([{ Effect: 'Allow', Action: '*', Resource: '*' }])) }],
  ]);

  const ec2Arn = (type: string, id: string) => `arn:aws:ec2:${n.region}:${n.account}:${type}/${id}`;
  const ec2: AwsEstate['ec2'] = {
    subnets: n.subnets.map((id, i) => ({ subnetId: id, subnetArn: ec2Arn('subnet', id), vpcId: n.vpc, cidrBlock: `10.20.${i + 1}.0/24`, availabilityZone: `${n.region}${'ab'[i]}`, mapPublicIpOnLaunch: false, tagSet: [{ key: 'Name', value: `ml-private-${'ab'[i]}` }] })),
    securityGroups: n.securityGroups.map((id, i) => ({
      groupId: id, groupName: i ? 'training-jobs' : 'notebooks', groupDescription: 'ML', vpcId: n.vpc, securityGroupArn: ec2Arn('security-group', id), ownerId: n.account,
      ipPermissions: i ? [] : [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipRanges: [{ cidrIp: '10.20.0.0/16' }] }],
      ipPermissionsEgress: [{ ipProtocol: '-1', ipRanges: [{ cidrIp: '0.0.0.0/0' }] }],
    })),
    vpcs: [{ vpcId: n.vpc, cidrBlock: '10.20.0.0/16', state: 'available', ownerId: n.account, tagSet: [{ key: 'Name', value: 'ml-vpc' }] }],
    routeTables: [{ routeTableId: 'rtb-0emu00000000main', vpcId: n.vpc, associationSet: [{ main: true }], routeSet: [{ destinationCidrBlock: '10.20.0.0/16', gatewayId: 'local' }] }],
    vpcEndpoints: [
      { vpcEndpointId: 'vpce-0emu0000000000s3', vpcEndpointType: 'Gateway', vpcId: n.vpc, serviceName: `com.amazonaws.${n.region}.s3`, state: 'available' },
      { vpcEndpointId: 'vpce-0emu000000000api', vpcEndpointType: 'Interface', vpcId: n.vpc, serviceName: `com.amazonaws.${n.region}.sagemaker.api`, state: 'available' },
    ],
    flowLogs: [{ flowLogId: 'fl-0emu00000000001', flowLogStatus: 'ACTIVE', resourceId: n.vpc, trafficType: 'ALL', logDestinationType: 's3', logDestination: `arn:aws:s3:::${n.buckets.monitoring}` }],
  };

  const kms: AwsEstate['kms'] = new Map(
    n.keys.map((arn, i) => [
      arn,
      {
        metadata: { AWSAccountId: n.account, KeyId: arn.split('/').pop(), Arn: arn, CreationDate: 1_704_067_200, Enabled: true, KeyUsage: 'ENCRYPT_DECRYPT', KeyState: 'Enabled', Origin: 'AWS_KMS', KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT', EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'], MultiRegion: false, Description: i ? 'ML volumes' : 'ML data' },
        rotation: i === 0,
        policy: policyDoc([{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${n.account}:root` }, Action: 'kms:*', Resource: '*' }]),
      },
    ]),
  );

  const ecr: AwsEstate['ecr'] = new Map(
    n.repositories.map((name, i) => [
      name,
      {
        repositoryArn: `arn:aws:ecr:${n.region}:${n.account}:repository/${name}`, registryId: n.account, repositoryName: name, repositoryUri: `${n.account}.dkr.ecr.${n.region}.amazonaws.com/${name}`,
        createdAt: 1_704_067_200, imageTagMutability: i ? 'IMMUTABLE' : 'MUTABLE', imageScanningConfiguration: { scanOnPush: i !== 2 }, encryptionConfiguration: { encryptionType: 'AES256' },
      },
    ]),
  );

  const trailArn = `arn:aws:cloudtrail:${n.region}:${n.account}:trail/org-trail`;
  const trails: AwsEstate['trails'] = [
    {
      trail: { Name: 'org-trail', S3BucketName: 'corp-cloudtrail-logs', IncludeGlobalServiceEvents: true, IsMultiRegionTrail: true, HomeRegion: n.region, TrailARN: trailArn, LogFileValidationEnabled: true, HasCustomEventSelectors: true, HasInsightSelectors: false, IsOrganizationTrail: false },
      status: { IsLogging: true, LatestDeliveryTime: 1_732_000_000 },
      selectors: { TrailARN: trailArn, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: [`arn:aws:s3:::${n.buckets.training}/`] }], ExcludeManagementEventSources: [] }] },
    },
  ];

  const expected = [
    ...sagemaker.ids,
    ...mlBuckets.map((b) => `arn:aws:s3:::${b}`),
    ...Object.values(n.roles),
    ...[...ecr.values()].map((r) => r.repositoryArn as string),
    ...ec2.subnets.map((s) => s.subnetArn as string),
    ...ec2.securityGroups.map((s) => s.securityGroupArn as string),
    ec2Arn('vpc', n.vpc),
    ...n.keys,
    trailArn,
    // Bedrock is not used, but each region's invocation logging configuration (off) is an asset.
    `arn:aws:bedrock:${n.region}:${n.account}:model-invocation-logging-configuration`,
  ].sort();
  return { names: n, account: n.account, region: n.region, sagemaker, buckets, iam: { roles, policies }, ec2, kms, ecr, trails, expected };
}
