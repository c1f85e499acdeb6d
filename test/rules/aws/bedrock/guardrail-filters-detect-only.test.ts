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
    {
      name: 'PII entity whose only action is NONE (GetGuardrail leaves out per-direction actions never set)',
      asset: guardrail({ sensitiveInformationPolicy: { piiEntities: [{ type: 'EMAIL', action: 'NONE' }] } }),
      expected: [{ status: 'fail', evidence: { detectOnly: ['pii:EMAIL:input', 'pii:EMAIL:output'] } }],
    },
    {
      name: 'custom regex in detect mode',
      asset: guardrail({ sensitiveInformationPolicy: { regexes: [{ name: 'ticket-id', pattern: '[0-9]{6}', action: 'NONE', inputAction: 'NONE', outputAction: 'NONE', inputEnabled: true, outputEnabled: true }] } }),
      expected: [{ status: 'fail', evidence: { detectOnly: ['regex:ticket-id:input', 'regex:ticket-id:output'] } }],
    },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
