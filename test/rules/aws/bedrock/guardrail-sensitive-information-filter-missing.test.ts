import rule from '../../../../rules/aws/bedrock/guardrail-sensitive-information-filter-missing.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail } from './_support.js';

testRule(rule, {
  valid: [
    { name: 'recorded guardrail: PII entities and a regex', asset: guardrail() },
    { name: 'a custom regex only', asset: guardrail({ sensitiveInformationPolicy: { piiEntities: [] } }) },
  ],
  invalid: [
    { name: 'no sensitive-information policy', asset: guardrail({ sensitiveInformationPolicy: undefined }), expected: [{ status: 'fail', messageId: 'missing', evidence: { sensitiveInformation: [] } }] },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
