import type { EndpointConfig } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { keyIsAwsManaged } from '../_lib/keys.js';

/** Instance families with local NVMe storage (…d…: ml.m5d, ml.g4dn, ml.p4d) reject a KmsKeyId. */
const NVME = /^ml\.[a-z]+\d+[a-z]*d[a-z]*\./;

export default providerRule({
  meta: {
    id: 'aws/sagemaker/endpoint-config-not-cmk',
    title: 'SageMaker endpoint configuration does not encrypt its storage with a customer-managed key',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['deployment'],
    rationale:
      'The ML storage volume attached to the inference instances holds the model artifact and may cache requests; without a customer-managed key you cannot control or audit decryption of the model.',
    remediation: {
      text: 'Create endpoint configurations with KmsKeyId set to a customer-managed key (not allowed, and not needed, on instance types with local NVMe storage).',
      terraform: 'resource "aws_sagemaker_endpoint_configuration" "ec" {\n  kms_key_arn = aws_kms_key.ml.arn\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html',
    },
    references: { 'aws-config': ['sagemaker-endpoint-configuration-kms-key-configured'], catalog: ['AWS-SM-EP-01'], checkov: ['CKV_AWS_98'] },
    messages: {
      noKey: 'Endpoint configuration {{name}} names no customer-managed KMS key.',
      awsManaged: 'Endpoint configuration {{name}} names KMS key {{key}}, which is AWS-managed.',
      cmk: 'Endpoint configuration {{name}} encrypts with customer-managed key {{key}}.',
      notApplicable: 'Endpoint configuration {{name}} uses only serverless or NVMe instance storage, where a KMS key does not apply.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::EndpointConfig'],
  evaluate(asset, ctx) {
    const d = describeOf<EndpointConfig>(asset);
    if (!d) return ctx.unknown(['KmsKeyId']);
    const key = d.KmsKeyId;
    const variants = d.ProductionVariants ?? [];
    const needsKey = variants.some((v) => !v.ServerlessConfig && !NVME.test(v.InstanceType ?? ''));
    if (!key) return needsKey || variants.length === 0 ? ctx.fail('noKey', { evidence: { KmsKeyId: null } }) : ctx.pass('notApplicable');
    const managed = keyIsAwsManaged(ctx.graph, asset, key);
    if (managed === undefined) return ctx.unknown(['KeyManager'], { evidence: { KmsKeyId: key } });
    return managed ? ctx.fail('awsManaged', { evidence: { KmsKeyId: key }, data: { key } }) : ctx.pass('cmk', { evidence: { KmsKeyId: key }, data: { key } });
  },
});
