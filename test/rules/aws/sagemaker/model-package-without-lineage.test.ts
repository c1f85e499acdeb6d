import rule from '../../../../rules/aws/sagemaker/model-package-without-lineage.js';
import { testRule } from '../../../support/rule-tester.js';
import { MODEL_PACKAGE, awsAsset } from '../_support.js';

const pkg = (describe?: Record<string, unknown>, status: 'approved' | 'pending' = 'approved') =>
  awsAsset('model-version', MODEL_PACKAGE, { facts: { approvalStatus: status, registered: true }, ...(describe ? { describe } : {}) });

testRule(rule, {
  valid: [{ name: 'approved with metrics and metadata', asset: pkg({ ModelMetrics: { ModelQuality: {} }, MetadataProperties: { CommitId: 'abc' } }) }],
  invalid: [
    { name: 'approved, nothing recorded', asset: pkg({ ModelApprovalStatus: 'Approved' }), expected: [{ status: 'fail', messageId: 'bare' }] },
    { name: 'approved, not described', asset: pkg(), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'pending version', asset: pkg({}, 'pending') }],
});
