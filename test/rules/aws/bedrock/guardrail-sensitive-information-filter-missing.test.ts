import rule from '../../../../rules/aws/bedrock/guardrail-sensitive-information-filter-missing.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail } from './_support.js';

testRule(rule, {
  valid: [
    { name: 'recorded guardrail: PII entities and a regex', asset: guardrail() },
    { name: 'a custom regex only', asset: guardrail({ sensitiveInformationPolicy: { piiEntities: [] } }) },
    { name: 'one entry masks on output only', asset: guardrail({ sensitiveInformationPolicy: { piiEntities: [{ type: 'EMAIL', action: 'NONE', inputAction: 'NONE', outputAction: 'ANONYMIZE', inputEnabled: true, outputEnabled: true }], regexes: [] } }) },
  ],
  invalid: [
    { name: 'no sensitive-information policy', asset: guardrail({ sensitiveInformationPolicy: undefined }), expected: [{ status: 'fail', messageId: 'missing', evidence: { sensitiveInformation: [] } }] },
    {
      name: 'every entry detect-only or disabled (action NONE, GetGuardrail shapes)',
      asset: guardrail({
        sensitiveInformationPolicy: {
          piiEntities: [
            { type: 'EMAIL', action: 'NONE', inputAction: 'NONE', outputAction: 'NONE', inputEnabled: true, outputEnabled: true },
            { type: 'PHONE', action: 'ANONYMIZE', inputAction: 'ANONYMIZE', outputAction: 'ANONYMIZE', inputEnabled: false, outputEnabled: false },
          ],
          regexes: [{ name: 'ticket-id', action: 'NONE' }],
        },
      }),
      expected: [{ status: 'fail', messageId: 'detectOnly', message: 'Guardrail support-guardrail detects 3 kinds of sensitive information but masks or blocks none of them.', evidence: { sensitiveInformation: [], notActing: ['EMAIL', 'PHONE', 'ticket-id'] } }],
    },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
