import type { RuleContext, Verdict } from '../../../src/engine/index.js';
import type { AutoMLJob } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { judge } from '../../_lib/verdicts.js';

type Messages = 'autoDeploys' | 'reviewed';

/** Pass when the described job deploys nothing itself (no ModelDeployConfig, or one naming no endpoint); unknown when it was not described. */
function judgeDeployment(ctx: RuleContext<Messages>, d: AutoMLJob | undefined): Verdict {
  const deploy = d?.ModelDeployConfig;
  const reviewed = d && !(deploy?.AutoGenerateEndpointName === true || Boolean(deploy?.EndpointName));
  const endpoint = d?.ModelDeployResult?.EndpointName ?? deploy?.EndpointName ?? '(generated name)';
  const evidence = d ? { ModelDeployConfig: deploy ?? null, ModelDeployResult: d.ModelDeployResult ?? null } : {};
  return judge(ctx, reviewed, 'ModelDeployConfig', { pass: 'reviewed', fail: 'autoDeploys' }, evidence, { endpoint });
}

export default providerRule({
  meta: {
    id: 'aws/sagemaker/automl-job-auto-deploys-candidate',
    title: 'SageMaker AutoML job deploys its best candidate to an endpoint without review',
    family: 'versioning',
    severity: 'medium',
    appliesTo: ['training-job'],
    rationale:
      'With ModelDeployConfig an AutoML (Autopilot) job puts whatever candidate scored best straight onto a real-time endpoint: no model registry entry, no approval, no security or bias review between training on data anyone with access to the input bucket could change and serving predictions.',
    remediation: {
      text: 'Create AutoML jobs without ModelDeployConfig; register the best candidate as a model package (PendingManualApproval) and deploy it only once approved.',
      cli: 'aws sagemaker create-auto-ml-job-v2 --auto-ml-job-name <job> --auto-ml-job-input-data-config file://input.json --output-data-config S3OutputPath=<s3-uri> --auto-ml-problem-type-config file://problem.json --role-arn <role-arn>',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ModelDeployConfig.html',
    },
    messages: {
      autoDeploys: 'AutoML job {{name}} deploys its best candidate to endpoint {{endpoint}} without review.',
      reviewed: 'AutoML job {{name}} does not deploy its candidates itself.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::AutoMLJob'],
  evaluate: (asset, ctx) => judgeDeployment(ctx, describeOf<AutoMLJob>(asset)),
});
