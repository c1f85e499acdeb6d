// SageMaker inference components: a model deployed onto a shared endpoint's instances, with its
// own container image and artifact location.
import {
  DescribeInferenceComponentCommand,
  type DescribeInferenceComponentOutput,
  type InferenceComponentSpecificationSummary,
  type InferenceComponentSummary,
  ListInferenceComponentsCommand,
} from '@aws-sdk/client-sagemaker';
import { compact, sagemakerArn, type ScopeInfo } from '../arn.js';
import { defineCollector, type EdgeSpec } from '../collector.js';
import { described, tagMap } from './common.js';
import { describeDetail, pagedList } from './sagemaker-calls.js';
import { containerEdges, tags } from './sagemaker-shared.js';

/** The model it serves (by name, in the same account and region), and its own image and artifacts. */
function specificationEdges(scope: ScopeInfo, spec: InferenceComponentSpecificationSummary): EdgeSpec[] {
  const container = spec.Container;
  return [
    ...(spec.ModelName ? [{ kind: 'serves-model', to: sagemakerArn(scope, 'model', spec.ModelName) } satisfies EdgeSpec] : []),
    ...(container ? containerEdges(scope, [{ Image: container.DeployedImage?.SpecifiedImage, ModelDataUrl: container.ArtifactUrl }]) : []),
  ];
}

export const inferenceComponents = defineCollector<InferenceComponentSummary>({
  name: 'sagemaker/inference-components',
  kind: 'deployment',
  nativeType: 'AWS::SageMaker::InferenceComponent',
  facts: [],
  scope: 'regional',
  phase: 1,
  list: pagedList(ListInferenceComponentsCommand, (o) => o.InferenceComponents),
  details: [describeDetail(DescribeInferenceComponentCommand, (r: InferenceComponentSummary) => ({ InferenceComponentName: r.InferenceComponentName })), tags((r) => r.InferenceComponentArn)],
  normalize(r, ctx) {
    const d = described<DescribeInferenceComponentOutput>(ctx);
    const name = r.InferenceComponentName ?? '';
    const endpoint = r.EndpointArn ?? d?.EndpointArn ?? (r.EndpointName ? sagemakerArn(ctx, 'endpoint', r.EndpointName) : undefined);
    return {
      id: r.InferenceComponentArn ?? sagemakerArn(ctx, 'inference-component', name),
      name,
      facts: {},
      tags: tagMap(ctx.details.tags),
      edges: [
        ...(endpoint ? [{ kind: 'contains', from: endpoint } satisfies EdgeSpec] : []),
        ...compact([d?.Specification, ...(d?.Specifications ?? [])]).flatMap((spec) => specificationEdges(ctx, spec)),
      ],
    };
  },
});
