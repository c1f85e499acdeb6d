import rule from '../../../../rules/aws/bedrock/guardrail-credentials-not-blocked.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail } from './_support.js';

const block = (type: string) => ({ type, action: 'BLOCK', inputAction: 'BLOCK', outputAction: 'BLOCK', inputEnabled: true, outputEnabled: true });

testRule(rule, {
  valid: [{ name: 'all three blocked', asset: guardrail({ sensitiveInformationPolicy: { piiEntities: [block('AWS_ACCESS_KEY'), block('AWS_SECRET_KEY'), block('PASSWORD')] } }) }],
  invalid: [
    { name: 'recorded guardrail: no AWS_ACCESS_KEY entity', asset: guardrail(), expected: [{ status: 'fail', message: 'Guardrail support-guardrail does not block AWS_ACCESS_KEY in both directions.' }] },
    {
      name: 'password only masked in responses',
      asset: guardrail({ sensitiveInformationPolicy: { piiEntities: [block('AWS_ACCESS_KEY'), block('AWS_SECRET_KEY'), { ...block('PASSWORD'), outputAction: 'ANONYMIZE' }] } }),
      expected: [{ status: 'fail', messageId: 'notBlocked' }],
    },
    {
      name: 'access key blocked but its output direction disabled',
      asset: guardrail({ sensitiveInformationPolicy: { piiEntities: [{ ...block('AWS_ACCESS_KEY'), outputEnabled: false }, block('AWS_SECRET_KEY'), block('PASSWORD')] } }),
      expected: [{ status: 'fail', message: 'Guardrail support-guardrail does not block AWS_ACCESS_KEY in both directions.' }],
    },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
