import rule from '../../../../rules/aws/bedrock/guardrail-filters-detect-only.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail, withContentFilter } from './_support.js';

testRule(rule, {
  valid: [{ name: 'recorded guardrail: every enabled filter blocks or masks (prompt-attack output disabled)', asset: guardrail() }],
  invalid: [
    {
      name: 'hate filter detects only on output',
      asset: guardrail(withContentFilter('HATE', { inputStrength: 'HIGH', outputStrength: 'HIGH', inputAction: 'BLOCK', outputAction: 'NONE' })),
      expected: [{ status: 'fail', message: 'Guardrail support-guardrail only detects, without blocking: content:HATE:output.' }],
    },
    {
      name: 'denied topic in detect mode',
      asset: guardrail({ topicPolicy: { topics: [{ name: 'investment-advice', type: 'DENY', inputAction: 'NONE', outputAction: 'NONE' }] } }),
      expected: [{ status: 'fail', evidence: { detectOnly: ['topic:investment-advice:input', 'topic:investment-advice:output'] } }],
    },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
