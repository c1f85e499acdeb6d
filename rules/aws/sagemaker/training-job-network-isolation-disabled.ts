import type { TrainingJob } from '../_lib/shapes.js';
import { awsRule, describeOf, tri } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/training-job-network-isolation-disabled',
    title: 'SageMaker training job runs without network isolation',
    family: 'segmentation',
    severity: 'high',
    appliesTo: ['training-job'],
    rationale:
      'Training containers see the whole training set; without network isolation a compromised dependency or training script can send the data out or fetch a payload.',
    remediation: {
      text: 'Start training jobs with EnableNetworkIsolation true (SageMaker Python SDK: enable_network_isolation=True); enforce it with the sagemaker:NetworkIsolation IAM condition key.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
    },
    controls: { 'ms-ai-risk': ['5.3.1', '5.5.2'], 'a-mlsg': ['A-MLSG-002-D004'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AWS-SM-TRN-01'], prowler: ['sagemaker_training_jobs_network_isolation_enabled'] },
    messages: {
      off: 'Training job {{name}} ran without network isolation.',
      on: 'Training job {{name}} ran with network isolation.',
    },
  },
  nativeTypes: ['AWS::SageMaker::TrainingJob'],
  evaluate(asset, ctx) {
    const d = describeOf<TrainingJob>(asset);
    return tri(ctx, d ? d.EnableNetworkIsolation === true : undefined, 'EnableNetworkIsolation', { pass: 'on', fail: 'off' }, { EnableNetworkIsolation: d?.EnableNetworkIsolation ?? false });
  },
});
