// SageMaker HyperPod clusters: the network their nodes run in, the roles of their instance groups,
// and the S3 location each group loads its lifecycle scripts from at node creation.
import { type ClusterInstanceGroupDetails, type ClusterSummary, DescribeClusterCommand, type DescribeClusterResponse, ListClustersCommand } from '@aws-sdk/client-sagemaker';
import type { Facts } from '../../../src/model/index.js';
import { bucketArnOfUri, sagemakerArn, type ScopeInfo } from '../arn.js';
import { defineCollector, type EdgeSpec } from '../collector.js';
import { described, tagMap } from './common.js';
import { describeDetail, pagedList } from './sagemaker-calls.js';
import { networkEdges, roleEdge, tags } from './sagemaker-shared.js';

/** Nodes run in a customer VPC when the cluster names one, or every instance group overrides with one. */
function inCustomerVpc(d: DescribeClusterResponse): boolean {
  if (d.VpcConfig?.Subnets?.length) return true;
  const groups = d.InstanceGroups ?? [];
  return groups.length > 0 && groups.every((g) => Boolean(g.OverrideVpcConfig?.Subnets?.length));
}

function groupEdges(scope: ScopeInfo, g: ClusterInstanceGroupDetails): EdgeSpec[] {
  const scripts = bucketArnOfUri(scope.partition, g.LifeCycleConfig?.SourceS3Uri);
  return [
    ...roleEdge(g.ExecutionRole),
    ...networkEdges(scope, g.OverrideVpcConfig?.Subnets, g.OverrideVpcConfig?.SecurityGroupIds),
    ...(scripts ? [{ kind: 'runs-script', to: scripts } satisfies EdgeSpec] : []),
  ];
}

export const hyperpodClusters = defineCollector<ClusterSummary>({
  name: 'sagemaker/hyperpod-clusters',
  kind: 'compute',
  nativeType: 'AWS::SageMaker::Cluster',
  facts: ['inVirtualNetwork'],
  scope: 'regional',
  phase: 1,
  list: pagedList(ListClustersCommand, (o) => o.ClusterSummaries),
  details: [describeDetail(DescribeClusterCommand, (r: ClusterSummary) => ({ ClusterName: r.ClusterArn ?? r.ClusterName })), tags((r) => r.ClusterArn)],
  normalize(r, ctx) {
    const d = described<DescribeClusterResponse>(ctx);
    const facts: Facts = d ? { inVirtualNetwork: inCustomerVpc(d) } : {};
    const name = r.ClusterName ?? d?.ClusterName ?? '';
    return {
      id: r.ClusterArn ?? d?.ClusterArn ?? sagemakerArn(ctx, 'cluster', name),
      name,
      facts,
      tags: tagMap(ctx.details.tags),
      edges: [
        ...networkEdges(ctx, d?.VpcConfig?.Subnets, d?.VpcConfig?.SecurityGroupIds),
        ...(d?.InstanceGroups ?? []).flatMap((g) => groupEdges(ctx, g)),
      ],
    };
  },
});
