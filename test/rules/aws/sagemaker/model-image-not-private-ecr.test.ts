import rule from '../../../../rules/aws/sagemaker/model-image-not-private-ecr.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, patched, sageMakerWireAsset, wire } from '../../../support/wire-assets.js';

const ECR = '111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud-inference@sha256:abc';
// The recorded DescribeModel answer: one PrimaryContainer whose image is in the account's ECR.
const model = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/models', describe);
const container = { Mode: 'SingleModel', ModelDataUrl: 's3://fraud-models/xgb/2024-06/model.tar.gz' };

// A model built from a registered version: its container names the package, not an image.
const PKG = 'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-detection/3';
const fromPackage = () => model({ PrimaryContainer: { Image: undefined, ImageConfig: undefined, ModelDataUrl: undefined, Environment: undefined, ModelPackageName: PKG } });
/** The package as the model-package collector records it (ListModelPackages + DescribeModelPackage); `false`: not described. */
const modelPackage = (describe: Record<string, unknown> | false = {}) =>
  awsWireAsset('sagemaker/model-packages', wire('aws/sagemaker/ListModelPackages.json'), describe === false ? {} : { describe: patched(wire('aws/sagemaker/DescribeModelPackage.json'), describe) });
const versionOf = (modelId: string) => [{ from: PKG, to: modelId, kind: 'version-of' as const }];
const packaged = fromPackage();

testRule(rule, {
  valid: [
    { name: 'private ECR image', asset: model() },
    { name: 'built from a package whose image is in private ECR', asset: packaged, related: [modelPackage()], edges: versionOf(packaged.id) },
  ],
  invalid: [
    {
      name: 'Docker Hub image in a multi-container model',
      asset: model({ PrimaryContainer: undefined, Containers: [{ ...container, Image: ECR }, { ...container, Image: 'docker.io/someone/model:latest' }], InferenceExecutionConfig: { Mode: 'Serial' } }),
      expected: [{ status: 'fail', messageId: 'external', evidence: { image: 'docker.io/someone/model:latest' } }],
    },
    { name: 'not described', asset: model(false), expected: [{ status: 'unknown' }] },
    {
      name: 'built from a package whose image is on a public registry',
      asset: packaged,
      related: [modelPackage({ InferenceSpecification: { Containers: [{ Image: 'public.ecr.aws/someone/fraud:latest' }] } })],
      edges: versionOf(packaged.id),
      expected: [{ status: 'fail', messageId: 'external', path: [packaged.id, PKG], evidence: { image: 'public.ecr.aws/someone/fraud:latest', ModelPackageName: PKG } }],
    },
    {
      name: 'built from a package that was not described',
      asset: packaged,
      related: [modelPackage(false)],
      edges: versionOf(packaged.id),
      expected: [{ status: 'unknown', missingFacts: ['ModelPackage.InferenceSpecification.Containers.Image'], evidence: { packageRead: true } }],
    },
    {
      name: 'built from a package that was not read',
      asset: packaged,
      expected: [{ status: 'unknown', evidence: { ModelPackageName: PKG, packageRead: false } }],
    },
  ],
});
