// SageMaker managed MLflow tracking servers: where experiment runs and model artifacts go, and the
// role the server uses to reach them.
import {
  DescribeMlflowTrackingServerCommand,
  type DescribeMlflowTrackingServerResponse,
  ListMlflowTrackingServersCommand,
  type TrackingServerSummary,
} from '@aws-sdk/client-sagemaker';
import { bucketArnOfUri, sagemakerArn } from '../arn.js';
import { defineCollector, type EdgeSpec } from '../collector.js';
import { described, tagMap } from './common.js';
import { describeDetail, pagedList } from './sagemaker-calls.js';
import { roleEdge, tags } from './sagemaker-shared.js';

export const mlflowTrackingServers = defineCollector<TrackingServerSummary>({
  name: 'sagemaker/mlflow-tracking-servers',
  kind: 'tracking-server',
  nativeType: 'AWS::SageMaker::MlflowTrackingServer',
  facts: [],
  scope: 'regional',
  phase: 1,
  list: pagedList(ListMlflowTrackingServersCommand, (o) => o.TrackingServerSummaries),
  details: [describeDetail(DescribeMlflowTrackingServerCommand, (r: TrackingServerSummary) => ({ TrackingServerName: r.TrackingServerName })), tags((r) => r.TrackingServerArn)],
  normalize(r, ctx) {
    const d = described<DescribeMlflowTrackingServerResponse>(ctx);
    const store = bucketArnOfUri(ctx.partition, d?.ArtifactStoreUri);
    const name = r.TrackingServerName ?? d?.TrackingServerName ?? '';
    return {
      id: r.TrackingServerArn ?? d?.TrackingServerArn ?? sagemakerArn(ctx, 'mlflow-tracking-server', name),
      name,
      facts: {},
      tags: tagMap(ctx.details.tags),
      edges: [...roleEdge(d?.RoleArn), ...(store ? [{ kind: 'uses-storage', to: store } satisfies EdgeSpec] : [])],
    };
  },
});
