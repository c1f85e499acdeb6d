import rule from '../../../../rules/aws/sagemaker/notebook-imdsv1-allowed.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

// The recorded DescribeNotebookInstance answer requires IMDSv2.
const notebook = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/notebook-instances', describe);

testRule(rule, {
  valid: [{ name: 'IMDSv2 only', asset: notebook() }],
  invalid: [
    { name: 'default (v1)', asset: notebook({ InstanceMetadataServiceConfiguration: undefined }), expected: [{ status: 'fail', messageId: 'v1' }] },
    { name: 'not described', asset: notebook(false), expected: [{ status: 'unknown' }] },
  ],
});
