import type { TrainingJob } from '../_lib/shapes.js';
import { awsRule, describeOf } from '../_lib/aws-rule.js';
import { keyIsAwsManaged } from '../_lib/keys.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/training-job-encryption-not-cmk',
    title: 'SageMaker training job volume or output is not encrypted with a customer-managed key',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['training-job'],
    rationale:
      'The instance volume holds the training data during the job and the output holds the model artifact; both need a customer-managed key for you to control and audit who can decrypt the data and the model.',
    remediation: {
      text: 'Start training jobs with ResourceConfig.VolumeKmsKeyId and OutputDataConfig.KmsKeyId set to customer-managed keys; enforce them with the sagemaker:VolumeKmsKey and sagemaker:OutputKmsKey condition keys.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html',
    },
    controls: { 'ms-ai-risk': ['5.2.3'], 'mitre-atlas': ['AML.M0012'] },
    references: { catalog: ['AWS-SM-TRN-04'], prowler: ['sagemaker_training_jobs_volume_and_output_encryption_enabled'] },
    messages: {
      missing: 'Training job {{name}} has no customer-managed key for its {{part}}.',
      awsManaged: 'Training job {{name}} encrypts its {{part}} with an AWS-managed key.',
      cmk: 'Training job {{name}} encrypts volume and output with customer-managed keys.',
    },
  },
  nativeTypes: ['AWS::SageMaker::TrainingJob'],
  evaluate(asset, ctx) {
    const d = describeOf<TrainingJob>(asset);
    if (!d) return ctx.unknown(['VolumeKmsKeyId', 'OutputDataConfig.KmsKeyId']);
    const parts: Array<[string, string | undefined]> = [
      ['volume', d.ResourceConfig?.VolumeKmsKeyId],
      ['output', d.OutputDataConfig?.KmsKeyId],
    ];
    const evidence = { VolumeKmsKeyId: parts[0]![1] ?? null, OutputKmsKeyId: parts[1]![1] ?? null };
    const missing = parts.filter(([, key]) => !key).map(([part]) => part);
    if (missing.length) return ctx.fail('missing', { evidence, data: { part: missing.join(' and ') } });
    const verdicts = parts.map(([part, key]) => [part, keyIsAwsManaged(ctx.graph, asset, key!)] as const);
    const managed = verdicts.filter(([, m]) => m === true).map(([part]) => part);
    if (managed.length) return ctx.fail('awsManaged', { evidence, data: { part: managed.join(' and ') } });
    if (verdicts.some(([, m]) => m === undefined)) return ctx.unknown(['KeyManager'], { evidence });
    return ctx.pass('cmk', { evidence });
  },
});
