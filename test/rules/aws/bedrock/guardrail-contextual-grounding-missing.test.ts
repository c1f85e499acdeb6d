import rule from '../../../../rules/aws/bedrock/guardrail-contextual-grounding-missing.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail } from './_support.js';

testRule(rule, {
  valid: [{ name: 'recorded guardrail: grounding and relevance', asset: guardrail() }],
  invalid: [
    { name: 'relevance only', asset: guardrail({ contextualGroundingPolicy: { filters: [{ type: 'RELEVANCE', threshold: 0.7 }] } }), expected: [{ status: 'fail', message: 'Guardrail support-guardrail does not check grounding.' }] },
    { name: 'no policy', asset: guardrail({ contextualGroundingPolicy: undefined }), expected: [{ status: 'fail', message: 'Guardrail support-guardrail does not check grounding and relevance.' }] },
    { name: 'grounding disabled', asset: guardrail({ contextualGroundingPolicy: { filters: [{ type: 'GROUNDING', threshold: 0.7, enabled: false }, { type: 'RELEVANCE', threshold: 0.7 }] } }), expected: [{ status: 'fail', messageId: 'missing' }] },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
