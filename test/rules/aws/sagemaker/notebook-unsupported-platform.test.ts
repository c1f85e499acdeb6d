import rule from '../../../../rules/aws/sagemaker/notebook-unsupported-platform.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

// The recorded DescribeNotebookInstance answer runs on notebook-al2023-v1.
const notebook = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/notebook-instances', describe);

testRule(rule, {
  valid: [{ name: 'AL2023', asset: notebook() }],
  invalid: [
    { name: 'Amazon Linux 1', asset: notebook({ PlatformIdentifier: 'notebook-al1-v1' }), expected: [{ status: 'fail', messageId: 'unsupported' }] },
    { name: 'platform not read', asset: notebook(false), expected: [{ status: 'unknown' }] },
  ],
});
