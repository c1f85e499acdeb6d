// What the SageMaker collectors share: paging, tags, and the edges to networks, roles and images.
import { ListTagsCommand, type ContainerDefinition } from '@aws-sdk/client-sagemaker';
import { bucketArnOfUri, compact, ec2Arn, ecrRepositoryArnOfImage, roleArn, type ScopeInfo } from '../arn.js';
import { bulkTags } from '../bulk-tags.js';
import { detail, type DetailSpec, type EdgeSpec } from '../collector.js';
import { op } from '../operations.js';

export const NEXT = { input: 'NextToken', output: 'NextToken' } as const;
const listTags = op('sagemaker', ListTagsCommand);

/**
 * Tags of a SageMaker resource: from the region's bulk read (Resource Groups Tagging API, every
 * tagged SageMaker resource in a few calls), else ListTags of this resource (paged).
 */
export function tags<R>(arn: (record: R, scope: ScopeInfo) => string | undefined): DetailSpec<R> {
  return detail<R, { ResourceArn: string | undefined; NextToken?: string }, { Tags?: unknown[]; NextToken?: string }>({
    key: 'tags',
    op: listTags,
    when: (r, ctx) => arn(r, ctx) !== undefined,
    input: (r, ctx) => ({ ResourceArn: arn(r, ctx) }),
    page: { input: 'NextToken', output: 'NextToken', items: (o) => o.Tags },
    bulkTags: bulkTags<R>('sagemaker', arn),
  });
}

export function networkEdges(scope: ScopeInfo, subnets: readonly string[] | undefined, groups: readonly string[] | undefined): EdgeSpec[] {
  return [
    ...(subnets ?? []).map((s): EdgeSpec => ({ kind: 'in-network', to: ec2Arn(scope, 'subnet', s) })),
    ...(groups ?? []).map((g): EdgeSpec => ({ kind: 'protected-by', to: ec2Arn(scope, 'security-group', g) })),
  ];
}

export function roleEdge(ref: string | undefined): EdgeSpec[] {
  const arn = roleArn(ref);
  return arn ? [{ kind: 'assumes', to: arn }] : [];
}

export function containerEdges(scope: ScopeInfo, containers: readonly ContainerDefinition[]): EdgeSpec[] {
  return containers.flatMap((c) =>
    compact<EdgeSpec>([
      ecrRepositoryArnOfImage(scope.partition, c.Image) && { kind: 'uses-image', to: ecrRepositoryArnOfImage(scope.partition, c.Image)! },
      bucketArnOfUri(scope.partition, c.ModelDataUrl ?? c.ModelDataSource?.S3DataSource?.S3Uri) && {
        kind: 'stored-in',
        to: bucketArnOfUri(scope.partition, c.ModelDataUrl ?? c.ModelDataSource?.S3DataSource?.S3Uri)!,
      },
      c.ModelPackageName?.startsWith('arn:') && { kind: 'version-of', from: c.ModelPackageName },
    ]),
  );
}
