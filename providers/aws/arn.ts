/** Building the ARNs assets are keyed by from the names and URIs other records carry. */

export interface ScopeInfo {
  partition: string;
  account: string;
  region: string;
}

/** `aws`, `aws-us-gov`, `aws-cn` from a region name. */
export function partitionOf(region: string): string {
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-iso')) return region.startsWith('us-isob') ? 'aws-iso-b' : 'aws-iso';
  return 'aws';
}

/** SageMaker ARNs carry the resource name in lower case. */
export function sagemakerArn(scope: ScopeInfo, type: string, name: string): string {
  return `arn:${scope.partition}:sagemaker:${scope.region}:${scope.account}:${type}/${name.toLowerCase()}`;
}

export function bucketArn(partition: string, bucket: string): string {
  return `arn:${partition}:s3:::${bucket}`;
}

/** Bucket ARN of an `s3://bucket/key` or `https://bucket.s3...` URI; undefined for anything else. */
export function bucketArnOfUri(partition: string, uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const s3 = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/|$)/.exec(uri);
  if (s3) return bucketArn(partition, s3[1]!);
  const vhost = /^https:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com(?:\.cn)?\//.exec(uri);
  if (vhost) return bucketArn(partition, vhost[1]!);
  return undefined;
}

export function bucketNameOfArn(arn: string): string | undefined {
  const m = /^arn:[^:]+:s3:::([^/]+)$/.exec(arn);
  return m?.[1];
}

/** KMS key id, alias name, key ARN or alias ARN -> ARN in the scope's account and region. */
export function kmsArn(scope: ScopeInfo, ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  if (ref.startsWith('arn:')) return ref;
  if (ref.startsWith('alias/')) return `arn:${scope.partition}:kms:${scope.region}:${scope.account}:${ref}`;
  if (/^[0-9a-f-]{36}$|^mrk-[0-9a-f]{32}$/.test(ref)) return `arn:${scope.partition}:kms:${scope.region}:${scope.account}:key/${ref}`;
  return undefined;
}

/** `arn:aws:kms:region:account:key/id` -> its parts. */
export function parseArn(arn: string): { partition: string; service: string; region: string; account: string; resource: string } | undefined {
  const m = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/.exec(arn);
  if (!m) return undefined;
  return { partition: m[1]!, service: m[2]!, region: m[3]!, account: m[4]!, resource: m[5]! };
}

/**
 * ECR repository ARN of a private image URI `<account>.dkr.ecr.<region>.amazonaws.com/<repo>[:tag|@digest]`;
 * undefined for public registries (Docker Hub, ECR Public).
 */
export function ecrRepositoryArnOfImage(partition: string, image: string | undefined): string | undefined {
  if (!image) return undefined;
  const m = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/.exec(image);
  if (!m) return undefined;
  return `arn:${partition}:ecr:${m[2]}:${m[1]}:repository/${m[3]}`;
}

export function ec2Arn(scope: ScopeInfo, type: 'subnet' | 'security-group' | 'vpc' | 'vpc-endpoint' | 'route-table', id: string): string {
  return `arn:${scope.partition}:ec2:${scope.region}:${scope.account}:${type}/${id}`;
}

/** Role ARNs only (a user profile may name a role by ARN; anything else is not followed). */
export function roleArn(ref: string | undefined): string | undefined {
  return ref && /^arn:[^:]+:iam::\d{12}:role\//.test(ref) ? ref : undefined;
}

export function compact<T>(values: ReadonlyArray<T | undefined | null | false | '' | 0>): T[] {
  return values.filter((v): v is T => v !== undefined && v !== null && v !== false && v !== '' && v !== 0);
}
