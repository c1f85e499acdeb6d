import {
  type Bucket,
  GetBucketAclCommand,
  type GetBucketAclOutput,
  GetBucketEncryptionCommand,
  type GetBucketEncryptionOutput,
  GetBucketLocationCommand,
  type GetBucketLocationOutput,
  GetBucketLoggingCommand,
  type GetBucketLoggingOutput,
  GetBucketOwnershipControlsCommand,
  type GetBucketOwnershipControlsOutput,
  GetBucketPolicyCommand,
  type GetBucketPolicyOutput,
  GetBucketPolicyStatusCommand,
  type GetBucketPolicyStatusOutput,
  GetBucketTaggingCommand,
  type GetBucketTaggingOutput,
  GetBucketVersioningCommand,
  type GetBucketVersioningOutput,
  GetObjectLockConfigurationCommand,
  type GetObjectLockConfigurationOutput,
  GetPublicAccessBlockCommand,
  type GetPublicAccessBlockOutput,
  ListBucketsCommand,
  type PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  type GetPublicAccessBlockCommandInput as AccountPabInput,
  type GetPublicAccessBlockOutput as AccountPab,
} from '@aws-sdk/client-s3-control';
import type { Facts } from '../../../src/model/index.js';
import { bucketArn, kmsArn } from '../arn.js';
import { bulkTags, type TagList } from '../bulk-tags.js';
import { defineCollector, detail, type EdgeSpec, type RecordContext } from '../collector.js';
import { op } from '../operations.js';
import { actionMatches, deniesInsecureTransport, externalPrincipals, parsePolicy, publicAllows, type Statement } from '../../../src/lib/aws-policy.js';
import { encryptionFacts, tagMap } from './common.js';

/** Bucket names that say they hold ML data (word-ish boundaries, so `html` is not `ml`). */
const ML_NAME = /(^|[-_.])(ml|mlops|sagemaker|models?|training|train|datasets?|features?|feature-store|inference|ai|llm|artifacts?)([-_.]|$)|sagemaker/i;
const ML_TAG = /^(ml|ai|sagemaker|mlops|data[-_]?classification|ml[-_:]?(use|project|dataset))$/i;

const regionOf = (r: Bucket, ctx: RecordContext): string | undefined => {
  if (r.BucketRegion) return r.BucketRegion;
  const loc = ctx.details.location as GetBucketLocationOutput | undefined;
  if (!loc) return undefined;
  const c = loc.LocationConstraint as string | undefined;
  return !c ? 'us-east-1' : c === 'EU' ? 'eu-west-1' : c;
};

type BucketInput = { Bucket: string | undefined; ExpectedBucketOwner?: string };

function bucketDetail<O>(key: string, command: Parameters<typeof op<BucketInput, O>>[1], action: string, absent?: string[], extra: Pick<Parameters<typeof detail<Bucket, BucketInput, O>>[0], 'bulkTags' | 'pick'> = {}) {
  return detail<Bucket, BucketInput, O>({
    key,
    op: op('s3', command, action),
    input: (r, ctx) => ({ Bucket: r.Name, ExpectedBucketOwner: ctx.account }),
    region: regionOf,
    ...(absent ? { absent } : {}),
    ...extra,
  });
}

/**
 * A bucket's tags from the Tagging API read of the region the bucket is homed in (GetResources
 * answers, in each region, the buckets homed there); GetBucketTagging is the fallback when that
 * read did not complete, or when the bucket's region is not known.
 */
const bucketTags = bulkTags<Bucket>('s3:bucket', (r, ctx) => (r.Name && regionOf(r, ctx) ? bucketArn(ctx.partition, r.Name) : undefined));

export const buckets = defineCollector<Bucket>({
  name: 's3/buckets',
  kind: 'storage',
  nativeType: 'AWS::S3::Bucket',
  facts: ['publicNetworkAccess', 'publicRead', 'publicWrite', 'externalPrincipals', 'loggingEnabled', 'logDestinations', 'versioning', 'mfaDelete', 'encryption', 'encryptionKeyId', 'transitEncryption', 'immutability', 'mlRelated'],
  scope: 'account',
  phase: 2,
  list: {
    op: op('s3', ListBucketsCommand, 's3:ListAllMyBuckets'),
    input: () => ({ MaxBuckets: 1000 }),
    items: (o) => o.Buckets,
    page: { input: 'ContinuationToken', output: 'ContinuationToken' },
  },
  // Buckets an ML asset points at, or named for ML; tags are read for those only.
  select: (r, { scope, referenced }) => Boolean(r.Name) && (referenced.has(bucketArn(scope.partition, r.Name!)) || ML_NAME.test(r.Name!)),
  details: [
    detail<Bucket, { Bucket: string | undefined; ExpectedBucketOwner?: string }, GetBucketLocationOutput>({
      key: 'location',
      op: op('s3', GetBucketLocationCommand),
      when: (r) => !r.BucketRegion,
      input: (r, ctx) => ({ Bucket: r.Name, ExpectedBucketOwner: ctx.account }),
    }),
    detail<Bucket, AccountPabInput, AccountPab>({
      key: 'accountPublicAccessBlock',
      op: op('s3control', GetAccountPublicAccessBlockCommand, 's3:GetAccountPublicAccessBlock'),
      input: (_r, ctx) => ({ AccountId: ctx.account }),
      absent: ['NoSuchPublicAccessBlockConfiguration'],
      pick: (o) => o.PublicAccessBlockConfiguration ?? null,
    }),
    bucketDetail<GetPublicAccessBlockOutput>('publicAccessBlock', GetPublicAccessBlockCommand, 's3:GetBucketPublicAccessBlock', ['NoSuchPublicAccessBlockConfiguration']),
    bucketDetail<GetBucketPolicyStatusOutput>('policyStatus', GetBucketPolicyStatusCommand, 's3:GetBucketPolicyStatus', ['NoSuchBucketPolicy']),
    bucketDetail<GetBucketPolicyOutput>('policy', GetBucketPolicyCommand, 's3:GetBucketPolicy', ['NoSuchBucketPolicy']),
    bucketDetail<GetBucketAclOutput>('acl', GetBucketAclCommand, 's3:GetBucketAcl'),
    bucketDetail<GetBucketOwnershipControlsOutput>('ownership', GetBucketOwnershipControlsCommand, 's3:GetBucketOwnershipControls', ['OwnershipControlsNotFoundError']),
    bucketDetail<GetBucketEncryptionOutput>('encryption', GetBucketEncryptionCommand, 's3:GetEncryptionConfiguration', ['ServerSideEncryptionConfigurationNotFoundError']),
    bucketDetail<GetBucketVersioningOutput>('versioning', GetBucketVersioningCommand, 's3:GetBucketVersioning'),
    bucketDetail<GetBucketLoggingOutput>('logging', GetBucketLoggingCommand, 's3:GetBucketLogging'),
    bucketDetail<GetObjectLockConfigurationOutput>('objectLock', GetObjectLockConfigurationCommand, 's3:GetBucketObjectLockConfiguration', ['ObjectLockConfigurationNotFoundError']),
    bucketDetail<GetBucketTaggingOutput>('tagging', GetBucketTaggingCommand, 's3:GetBucketTagging', ['NoSuchTagSet'], { bulkTags: bucketTags, pick: (o) => o.TagSet ?? [] }),
  ],
  normalize(r, ctx) {
    const name = r.Name!;
    const id = bucketArn(ctx.partition, name);
    const region = regionOf(r, ctx);
    const d = ctx.details;
    const facts: Facts = { mlRelated: true };
    const statements = ctx.has('policy') ? (d.policy === null ? [] : parsePolicy((d.policy as GetBucketPolicyOutput).Policy)) : undefined;

    Object.assign(facts, publicAccess(ctx, statements));

    if (statements) {
      facts.transitEncryption = deniesInsecureTransport(statements);
      facts.externalPrincipals = externalPrincipals(statements, ctx.account);
    }

    const edges: EdgeSpec[] = [];
    if (ctx.has('encryption')) {
      const rule = (d.encryption as GetBucketEncryptionOutput | null)?.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
      const keyRef = rule?.KMSMasterKeyID;
      const kms = rule?.SSEAlgorithm === 'aws:kms' || rule?.SSEAlgorithm === 'aws:kms:dsse';
      // Since January 2023 every bucket encrypts with SSE-S3 when nothing else is configured.
      Object.assign(facts, encryptionFacts(kms ? keyRef : undefined));
      if (kms && keyRef) {
        const arn = kmsArn({ partition: ctx.partition, account: ctx.account, region: region ?? ctx.region }, keyRef);
        if (arn) edges.push({ kind: 'encrypted-by', to: arn });
      }
    }
    if (ctx.has('versioning')) {
      const v = d.versioning as GetBucketVersioningOutput;
      facts.versioning = v.Status === 'Enabled';
      facts.mfaDelete = v.MFADelete === 'Enabled';
    }
    if (ctx.has('logging')) {
      const target = (d.logging as GetBucketLoggingOutput).LoggingEnabled?.TargetBucket;
      facts.loggingEnabled = Boolean(target);
      if (target) {
        facts.logDestinations = [bucketArn(ctx.partition, target)];
        edges.push({ kind: 'logs-to', to: bucketArn(ctx.partition, target) });
      }
    }
    if (ctx.has('objectLock')) {
      facts.immutability = (d.objectLock as GetObjectLockConfigurationOutput | null)?.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled';
    }
    // NoSuchTagSet (detail null) means no tags; a failed GetBucketTagging leaves tags unread (undefined).
    const tags = ctx.has('tagging') ? (tagMap(tagList(d.tagging)) ?? {}) : undefined;
    if (Object.keys(tags ?? {}).some((k) => ML_TAG.test(k))) facts.mlRelated = true;
    return { id, name, region: region ?? 'unknown', facts, tags, edges };
  },
});

/** The tag list of the `tagging` detail: the bulk read's, or GetBucketTagging's TagSet; `null` (NoSuchTagSet): none. */
const tagList = (tagging: unknown): TagList => (Array.isArray(tagging) ? (tagging as TagList) : []);

/** The public-access verdict S3 itself would reach, from the parts the scan could read. */
function publicAccess(ctx: RecordContext, statements: Statement[] | undefined): Pick<Facts, 'publicRead' | 'publicWrite' | 'publicNetworkAccess'> {
  const d = ctx.details;
  const account = ctx.has('accountPublicAccessBlock') ? ((d.accountPublicAccessBlock as PublicAccessBlockConfiguration | null) ?? {}) : undefined;
  const bucket = ctx.has('publicAccessBlock')
    ? ((d.publicAccessBlock as GetPublicAccessBlockOutput | null)?.PublicAccessBlockConfiguration ?? {})
    : undefined;
  const flag = (name: keyof PublicAccessBlockConfiguration): boolean | undefined => {
    if (account?.[name] === true || bucket?.[name] === true) return true;
    return account && bucket ? false : undefined;
  };
  const aclsOff =
    ctx.has('ownership') &&
    (d.ownership as GetBucketOwnershipControlsOutput | null)?.OwnershipControls?.Rules?.some((r) => r.ObjectOwnership === 'BucketOwnerEnforced') === true;

  // ACL grants to everyone / any AWS user.
  let aclRead: boolean | undefined;
  let aclWrite: boolean | undefined;
  if (aclsOff || flag('IgnorePublicAcls') === true) {
    aclRead = false;
    aclWrite = false;
  } else if (ctx.has('acl') && flag('IgnorePublicAcls') === false) {
    const grants = ((d.acl as GetBucketAclOutput).Grants ?? []).filter((g) => /\/global\/(AllUsers|AuthenticatedUsers)$/.test(g.Grantee?.URI ?? ''));
    aclRead = grants.some((g) => g.Permission === 'READ' || g.Permission === 'FULL_CONTROL');
    aclWrite = grants.some((g) => g.Permission === 'WRITE' || g.Permission === 'WRITE_ACP' || g.Permission === 'FULL_CONTROL');
  }

  // Policy: S3's own IsPublic verdict, split into read and write from the statements.
  let policyRead: boolean | undefined;
  let policyWrite: boolean | undefined;
  if (flag('RestrictPublicBuckets') === true) {
    policyRead = false;
    policyWrite = false;
  } else if (ctx.has('policyStatus')) {
    const isPublic = (d.policyStatus as GetBucketPolicyStatusOutput | null)?.PolicyStatus?.IsPublic === true;
    if (!isPublic) {
      policyRead = false;
      policyWrite = false;
    } else if (statements) {
      const open = publicAllows(statements).flatMap((st) => (Array.isArray(st.Action) ? st.Action : st.Action ? [st.Action] : []));
      policyRead = actionMatches(open, 's3:GetObject') || actionMatches(open, 's3:ListBucket');
      policyWrite = actionMatches(open, 's3:PutObject') || actionMatches(open, 's3:DeleteObject');
      if (!policyRead && !policyWrite) policyRead = true; // S3 says public; trust it over our parse
    } else {
      policyRead = true;
    }
  }
  const either = (a: boolean | undefined, b: boolean | undefined): boolean | undefined =>
    a === true || b === true ? true : a === false && b === false ? false : undefined;
  const out: Pick<Facts, 'publicRead' | 'publicWrite' | 'publicNetworkAccess'> = {};
  const read = either(aclRead, policyRead);
  const write = either(aclWrite, policyWrite);
  if (read !== undefined) out.publicRead = read;
  if (write !== undefined) out.publicWrite = write;
  // S3 answers on public endpoints; only a policy that denies outside a VPC / IP range narrows that.
  if (statements) out.publicNetworkAccess = !statements.some((st) => st.Effect === 'Deny' && /aws:Source(Vpce?|Ip)/i.test(JSON.stringify(st.Condition ?? {})));
  return out;
}

export const s3Collectors = [buckets];
