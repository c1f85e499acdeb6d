import type { ContainerDefinition, Model } from '../_lib/shapes.js';
import type { Verdict } from '../../../src/engine/index.js';
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
    const containers = [d.PrimaryContainer, ...(d.Containers ?? [])].filter((c): c is ContainerDefinition => Boolean(c?.Image));
    if (containers.length === 0) return ctx.unknown(['PrimaryContainer.Image']);
    return containers.map((c): Verdict => {
      const image = c.Image!;
      const external = !PRIVATE_ECR.test(image) || c.ImageConfig?.RepositoryAccessMode === 'Vpc';
      const evidence = { image, RepositoryAccessMode: c.ImageConfig?.RepositoryAccessMode ?? 'Platform' };
      return external ? ctx.fail('external', { evidence, data: { image } }) : ctx.pass('privateEcr', { evidence, data: { image } });
    });
  },
});
