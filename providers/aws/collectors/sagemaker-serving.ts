// SageMaker serving: endpoint configs and endpoints.
import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  type DescribeEndpointConfigOutput,
  type DescribeEndpointOutput,
  type EndpointConfigSummary,
  type EndpointSummary,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
} from '@aws-sdk/client-sagemaker';
import type { Facts } from '../../../src/model/index.js';
import { bucketArnOfUri, compact, sagemakerArn } from '../arn.js';
import { defineCollector, detail, type EdgeSpec } from '../collector.js';
import { op } from '../operations.js';
import { invokeGrants } from './account-authorization.js';
import { described, encryptionFacts, keyEdges, tagMap } from './common.js';
import { NEXT, tags } from './sagemaker-shared.js';

export const endpointConfigs = defineCollector<EndpointConfigSummary>({
  name: 'sagemaker/endpoint-configs',
  kind: 'deployment',
  nativeType: 'AWS::SageMaker::EndpointConfig',
  facts: ['dataCapture', 'encryption', 'encryptionKeyId', 'instanceCount', 'serverless'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListEndpointConfigsCommand), items: (o) => o.EndpointConfigs, page: NEXT },
  details: [
    detail<EndpointConfigSummary, { EndpointConfigName: string | undefined }, DescribeEndpointConfigOutput>({
      key: 'describe',
      op: op('sagemaker', DescribeEndpointConfigCommand),
      input: (r) => ({ EndpointConfigName: r.EndpointConfigName }),
    }),
    tags((r) => r.EndpointConfigArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeEndpointConfigOutput>(ctx);
    return {
      id: r.EndpointConfigArn ?? sagemakerArn(ctx, 'endpoint-config', r.EndpointConfigName ?? ''),
      name: r.EndpointConfigName ?? '',
      facts: d ? servingFacts(d) : {},
      tags: tagMap(ctx.details.tags),
      edges: [
        ...(d?.ProductionVariants ?? []).flatMap((v): EdgeSpec[] => (v.ModelName ? [{ kind: 'serves-model', to: sagemakerArn(ctx, 'model', v.ModelName) }] : [])),
        ...keyEdges(ctx, d?.KmsKeyId, d?.DataCaptureConfig?.KmsKeyId),
        ...compact<EdgeSpec>([
          bucketArnOfUri(ctx.partition, d?.DataCaptureConfig?.DestinationS3Uri) && {
            kind: 'logs-to',
            to: bucketArnOfUri(ctx.partition, d?.DataCaptureConfig?.DestinationS3Uri)!,
          },
        ]),
      ],
    };
  },
});

/** Facts an endpoint config decides (and its endpoint inherits). */
export function servingFacts(d: DescribeEndpointConfigOutput): Facts {
  const variants = d.ProductionVariants ?? [];
  const facts: Facts = {
    dataCapture: d.DataCaptureConfig?.EnableCapture === true,
    ...encryptionFacts(d.KmsKeyId),
    serverless: variants.length > 0 && variants.every((v) => v.ServerlessConfig !== undefined),
  };
  const counts = variants.filter((v) => !v.ServerlessConfig).map((v) => v.InitialInstanceCount);
  if (counts.length > 0 && counts.every((c): c is number => typeof c === 'number')) facts.instanceCount = Math.min(...counts);
  return facts;
}

export const endpoints = defineCollector<EndpointSummary>({
  name: 'sagemaker/endpoints',
  kind: 'endpoint',
  nativeType: 'AWS::SageMaker::Endpoint',
  facts: ['authModes', 'dataCapture'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListEndpointsCommand), items: (o) => o.Endpoints, page: NEXT },
  details: [
    detail<EndpointSummary, { EndpointName: string | undefined }, DescribeEndpointOutput>({
      key: 'describe',
      op: op('sagemaker', DescribeEndpointCommand),
      input: (r) => ({ EndpointName: r.EndpointName }),
    }),
    tags((r) => r.EndpointArn),
    // Who may call InvokeEndpoint, from which network: every identity policy of the account, read
    // once per account (the read the execution roles share) and reduced to what concerns it.
    invokeGrants<EndpointSummary>('invokeGrants'),
  ],
  normalize(r, ctx) {
    const d = described<DescribeEndpointOutput>(ctx);
    // The runtime API (InvokeEndpoint) answers on a public AWS host for every SageMaker endpoint;
    // whether invocation is confined to a network is decided at link time from the account's
    // identity policies (providers/aws/endpoint-exposure.ts), never here.
    const facts: Facts = { authModes: ['iam'] };
    if (d) facts.dataCapture = d.DataCaptureConfig?.EnableCapture === true;
    return {
      id: r.EndpointArn ?? sagemakerArn(ctx, 'endpoint', r.EndpointName ?? ''),
      name: r.EndpointName ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
      edges: d?.EndpointConfigName ? [{ kind: 'contains', to: sagemakerArn(ctx, 'endpoint-config', d.EndpointConfigName) }] : [],
    };
  },
});
