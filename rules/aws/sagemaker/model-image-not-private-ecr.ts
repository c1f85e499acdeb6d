import type { ContainerDefinition, Model, ModelPackage } from '../_lib/shapes.js';
import type { GraphView, RuleContext, Verdict } from '../../../src/engine/index.js';
import type { Asset } from '../../../src/model/index.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';

const PRIVATE_ECR = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

export default providerRule({
  meta: {
    id: 'aws/sagemaker/model-image-not-private-ecr',
    title: 'SageMaker model runs a container image from outside private ECR',
    family: 'integrity',
    severity: 'high',
    appliesTo: ['model'],
    rationale:
      'An inference image pulled from a public or third-party registry can change under the same tag and is not covered by your scanning and tag-immutability controls: a supply-chain compromise of that registry becomes code running next to your model and data.',
    remediation: {
      text: 'Copy the image into a private ECR repository with scan on push and immutable tags, reference it by digest, and set ImageConfig.RepositoryAccessMode to Platform.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-containers-inference-private.html',
    },
    references: { catalog: ['AWS-SM-MDL-03'], 'aws-config': ['sagemaker-model-multicontainer-private-registry'] },
    messages: {
      external: 'Model {{name}} runs image {{image}} from outside private ECR.',
      privateEcr: 'Model {{name}} runs image {{image}} from private ECR.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::Model'],
  evaluate(asset, ctx) {
    const d = describeOf<Model>(asset);
    if (!d) return ctx.unknown(['PrimaryContainer']);
    const containers = [d.PrimaryContainer, ...(d.Containers ?? [])].filter((c): c is ContainerDefinition => Boolean(c?.Image || c?.ModelPackageName));
    if (containers.length === 0) return ctx.unknown(['PrimaryContainer.Image']);
    return containers.flatMap((c): Verdict[] => {
      if (c.Image) return [judgeImage(ctx, c)];
      // Built from a registered version: the image is the one the package's inference specification names.
      const pkg = packageOf(asset, c.ModelPackageName!, ctx.graph);
      const images = pkg && describeOf<ModelPackage>(pkg)?.InferenceSpecification?.Containers?.filter((x) => x.Image);
      if (!images?.length) return [ctx.unknown(['ModelPackage.InferenceSpecification.Containers.Image'], { evidence: { ModelPackageName: c.ModelPackageName, packageRead: pkg !== undefined } })];
      return images.map((x) => judgeImage(ctx, x, { ModelPackageName: c.ModelPackageName!, path: [asset.id, pkg!.id] }));
    });
  },
});

function judgeImage(ctx: RuleContext<'external' | 'privateEcr'>, c: ContainerDefinition, via?: { ModelPackageName: string; path: string[] }): Verdict {
  const image = c.Image!;
  const external = !PRIVATE_ECR.test(image) || c.ImageConfig?.RepositoryAccessMode === 'Vpc';
  const evidence = { image, RepositoryAccessMode: c.ImageConfig?.RepositoryAccessMode ?? 'Platform', ...(via && { ModelPackageName: via.ModelPackageName }) };
  const options = { evidence, data: { image }, ...(via && { path: via.path }) };
  return external ? ctx.fail('external', options) : ctx.pass('privateEcr', options);
}

/** The model package a container names, through the `version-of` edge the provider draws from the package to the model. */
function packageOf(model: Asset, name: string, graph: GraphView): Asset | undefined {
  return graph.sources(model.id, 'version-of').find((p) => p.nativeType === 'AWS::SageMaker::ModelPackage' && (p.id === name || describeOf<ModelPackage>(p)?.ModelPackageArn === name));
}
