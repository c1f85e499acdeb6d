import type { NotebookInstance } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { judge } from '../../_lib/verdicts.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/notebook-imdsv1-allowed',
    title: 'SageMaker notebook instance still answers IMDSv1 metadata requests',
    family: 'exposure',
    severity: 'medium',
    appliesTo: ['notebook'],
    rationale:
      'IMDSv1 hands the execution-role credentials to any request from the instance, including one forged through a server-side request forgery in notebook code or a compromised package; IMDSv2 requires a session token that such requests cannot obtain.',
    remediation: {
      text: 'Set the minimum instance metadata service version of the notebook instance to 2.',
      cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <name> --instance-metadata-service-configuration MinimumInstanceMetadataServiceVersion=2',
      terraform: 'resource "aws_sagemaker_notebook_instance" "nb" {\n  instance_metadata_service_configuration {\n    minimum_instance_metadata_service_version = "2"\n  }\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-imds.html',
    },
    references: { catalog: ['AWS-SM-NB-05'], checkov: ['CKV_AWS_371'] },
    messages: {
      v1: 'Notebook instance {{name}} accepts IMDSv1 (minimum version {{version}}).',
      v2: 'Notebook instance {{name}} requires IMDSv2.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::NotebookInstance'],
  evaluate(asset, ctx) {
    const d = describeOf<NotebookInstance>(asset);
    if (!d) return ctx.unknown(['InstanceMetadataServiceConfiguration']);
    // Absent configuration means the default, which is version 1.
    const version = d.InstanceMetadataServiceConfiguration?.MinimumInstanceMetadataServiceVersion ?? '1';
    return judge(ctx, version === '2', 'InstanceMetadataServiceConfiguration', { pass: 'v2', fail: 'v1' }, { MinimumInstanceMetadataServiceVersion: version }, { version });
  },
});
