import type { DescribedRecord, NamedRef, Ref } from '../estate-builder.js';
import { addAwsRecord, arn, policyText, providerRecord, tagList, tagsOf, type AwsScope } from './scope.js';

export interface KmsKeyOptions {
  keyId: string;
  alias: string;
  description: string;
  rotation: boolean;
  /** Account ids other than the owner that the key policy lets use the key. */
  trustedAccounts?: string[];
}

/**
 * A customer-managed KMS key: DescribeKey's KeyMetadata (with the reference it was found by),
 * rotation status and key policy. Named by alias, as the provider does when the reference is one.
 */
export function kmsKey(scope: AwsScope, o: KmsKeyOptions): DescribedRecord {
  const id = arn(scope, 'kms', `key/${o.keyId}`);
  const statements = [
    { Sid: 'EnableRootPermissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${scope.account}:root` }, Action: 'kms:*', Resource: '*' },
    ...(o.trustedAccounts ?? []).map((account) => ({
      Sid: `AllowUseBy${account}`,
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: ['kms:Decrypt', 'kms:DescribeKey'],
      Resource: '*',
    })),
  ];
  return addAwsRecord(scope, {
    id,
    name: `alias/${o.alias}`,
    nativeType: 'AWS::KMS::Key',
    raw: providerRecord(
      {
        AWSAccountId: scope.account,
        KeyId: o.keyId,
        Arn: id,
        CreationDate: '2024-03-11T09:14:52.000Z',
        Enabled: true,
        Description: o.description,
        KeyUsage: 'ENCRYPT_DECRYPT',
        KeyState: 'Enabled',
        Origin: 'AWS_KMS',
        KeyManager: 'CUSTOMER',
        CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
        KeySpec: 'SYMMETRIC_DEFAULT',
        EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
        MultiRegion: false,
        Ref: arn(scope, 'kms', `alias/${o.alias}`),
      },
      {
        rotation: { KeyRotationEnabled: o.rotation, ...(o.rotation && { RotationPeriodInDays: 365 }) },
        policy: { PolicyName: 'default', Policy: policyText(statements) },
      },
    ),
  });
}

export interface S3BucketOptions {
  name: string;
  region?: string;
  tags?: Record<string, string>;
  /** Only `tags`, not the account's standard tags (a bucket made by hand). */
  ownTagsOnly?: boolean;
  /** Bucket-level Block Public Access (all four settings); false: none configured. */
  blockPublicAccess: boolean;
  /** Anonymous access granted by the bucket policy or by an ACL. */
  anonymous?: { read: boolean; write: boolean; via: 'policy' | 'acl' };
  /** KMS key for SSE-KMS; absent means SSE-S3 (AES256), the default since 2023. */
  key?: DescribedRecord;
  versioning: 'Enabled' | 'Suspended' | 'Never';
  mfaDelete?: boolean;
  accessLogsTo?: string;
  objectLock?: boolean;
  /** The bucket policy denies requests that do not arrive through this VPC endpoint. */
  onlyViaVpce?: NamedRef;
  tlsOnly: boolean;
  /**
   * Per-bucket calls the bucket policy denied to the scan role. What they would have shown
   * stays unknown (absent from facts and from `details`), and a coverage gap says why.
   */
  deniedCalls?: ('policy' | 'policyStatus' | 'publicAccessBlock' | 'logging')[];
}

/**
 * An S3 bucket as the AWS provider records it: the ListBuckets entry plus one `details` entry
 * per Get* call. The account-level Block Public Access is not configured in either sample account,
 * which is what lets a bucket policy or ACL make data public at all.
 */
export function s3Bucket(scope: AwsScope, o: S3BucketOptions): DescribedRecord {
  const id = `arn:aws:s3:::${o.name}`;
  const region = o.region ?? scope.region;
  const denied = new Set(o.deniedCalls ?? []);
  const tags = o.ownTagsOnly ? { ...o.tags } : tagsOf(scope, o.tags);
  const statements: unknown[] = [];
  if (o.tlsOnly) {
    statements.push({ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [id, `${id}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  }
  if (o.onlyViaVpce) {
    statements.push({ Sid: 'DenyOutsideVpce', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [id, `${id}/*`], Condition: { StringNotEquals: { 'aws:SourceVpce': o.onlyViaVpce.name } } });
  }
  const policyPublic = o.anonymous?.via === 'policy' && (o.anonymous.read || o.anonymous.write);
  if (policyPublic) {
    const actions = [...(o.anonymous!.read ? ['s3:GetObject'] : []), ...(o.anonymous!.write ? ['s3:PutObject'] : [])];
    statements.push({ Sid: 'PartnerUploads', Effect: 'Allow', Principal: '*', Action: actions, Resource: `${id}/*` });
  }
  const aclPublic = o.anonymous?.via === 'acl';
  const bpa = o.blockPublicAccess;
  const owner = { DisplayName: 'aws-platform', ID: '9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c2e4b6d8f0a1c3e5f7b9d1f3a5c7e9b1d' };
  const sse = o.key ? { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: o.key.id } : { SSEAlgorithm: 'AES256' };
  const bucket = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::S3::Bucket',
    region,
    raw: providerRecord(
      { Name: o.name, CreationDate: '2023-06-02T13:41:07.000Z', BucketRegion: region },
      {
        accountPublicAccessBlock: null,
        publicAccessBlock: denied.has('publicAccessBlock')
          ? undefined
          : bpa
            ? { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }
            : null,
        policyStatus: denied.has('policyStatus') ? undefined : statements.length ? { PolicyStatus: { IsPublic: !bpa && policyPublic } } : null,
        policy: denied.has('policy') ? undefined : statements.length ? { Policy: policyText(statements) } : null,
        acl: {
          Owner: owner,
          Grants: [
            { Grantee: { Type: 'CanonicalUser', ID: owner.ID, DisplayName: owner.DisplayName }, Permission: 'FULL_CONTROL' },
            ...(aclPublic ? [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: o.anonymous!.write ? 'WRITE' : 'READ' }] : []),
          ],
        },
        ownership: { OwnershipControls: { Rules: [{ ObjectOwnership: aclPublic ? 'ObjectWriter' : 'BucketOwnerEnforced' }] } },
        encryption: { ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: sse, BucketKeyEnabled: Boolean(o.key) }] } },
        versioning: o.versioning === 'Never' ? {} : { Status: o.versioning, MFADelete: o.mfaDelete ? 'Enabled' : 'Disabled' },
        logging: denied.has('logging') ? undefined : o.accessLogsTo ? { LoggingEnabled: { TargetBucket: o.accessLogsTo, TargetPrefix: `${o.name}/` } } : {},
        objectLock: o.objectLock ? { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 365 } } } } : null,
        tagging: tagList(tags), // the tag list, as the bulk read (GetResources) or GetBucketTagging's TagSet gives it
      },
    ),
  });
  return bucket;
}

export interface EcrRepositoryOptions {
  name: string;
  scanOnPush: boolean;
  immutableTags: boolean;
  key?: DescribedRecord;
}

/** A private ECR repository (DescribeRepositories, with registry scanning, policy and tags). */
export function ecrRepository(scope: AwsScope, o: EcrRepositoryOptions): DescribedRecord {
  const id = arn(scope, 'ecr', `repository/${o.name}`);
  const tags = tagsOf(scope);
  const repository = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::ECR::Repository',
    raw: providerRecord(
      {
        repositoryArn: id,
        registryId: scope.account,
        repositoryName: o.name,
        repositoryUri: `${scope.account}.dkr.ecr.${scope.region}.amazonaws.com/${o.name}`,
        createdAt: '2024-01-22T10:03:11.000Z',
        imageTagMutability: o.immutableTags ? 'IMMUTABLE' : 'MUTABLE',
        imageScanningConfiguration: { scanOnPush: o.scanOnPush },
        encryptionConfiguration: o.key ? { encryptionType: 'KMS', kmsKey: o.key.id } : { encryptionType: 'AES256' },
      },
      {
        registryScanning: { registryId: scope.account, scanningConfiguration: { scanType: 'BASIC', rules: [] } },
        policy: null,
        tags: tagList(tags),
      },
    ),
  });
  return repository;
}

/** `s3://bucket/prefix` for raw records. */
export function s3Uri(bucket: Ref & { name: string }, prefix: string): string {
  return `s3://${bucket.name}/${prefix}`;
}
