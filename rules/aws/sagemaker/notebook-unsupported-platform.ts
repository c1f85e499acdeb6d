import type { NotebookInstance } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';

/** Platform identifiers AWS has deprecated (no more security updates). */
const UNSUPPORTED = new Set(['notebook-al1-v1', 'notebook-al2-v1']);

export default providerRule({
  meta: {
    id: 'aws/sagemaker/notebook-unsupported-platform',
    title: 'SageMaker notebook instance runs on an unsupported platform',
    family: 'integrity',
    severity: 'medium',
    appliesTo: ['notebook'],
    rationale:
      'A deprecated notebook platform (Amazon Linux 1, JupyterLab 1 on AL2) gets no security patches; known vulnerabilities in the OS, Jupyter and bundled libraries stay open on an instance that holds data and role credentials.',
    remediation: {
      text: 'Move the notebook to a supported platform identifier (e.g. notebook-al2023-v1): create a new instance and migrate the work.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html',
    },
    references: { 'aws-securityhub': ['SageMaker.8'], catalog: ['AWS-SM-NB-05'] },
    messages: {
      unsupported: 'Notebook instance {{name}} runs on unsupported platform {{platform}}.',
      supported: 'Notebook instance {{name}} runs on platform {{platform}}.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::NotebookInstance'],
  evaluate(asset, ctx) {
    const platform = describeOf<NotebookInstance>(asset)?.PlatformIdentifier;
    if (!platform) return ctx.unknown(['PlatformIdentifier']);
    const evidence = { PlatformIdentifier: platform };
    return UNSUPPORTED.has(platform) ? ctx.fail('unsupported', { evidence, data: { platform } }) : ctx.pass('supported', { evidence, data: { platform } });
  },
});
