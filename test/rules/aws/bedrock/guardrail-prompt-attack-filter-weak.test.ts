import rule from '../../../../rules/aws/bedrock/guardrail-prompt-attack-filter-weak.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail, withContentFilter } from './_support.js';

testRule(rule, {
  valid: [{ name: 'recorded guardrail: HIGH on prompts', asset: guardrail() }],
  invalid: [
    { name: 'medium', asset: guardrail(withContentFilter('PROMPT_ATTACK', { inputStrength: 'MEDIUM', outputStrength: 'NONE' })), expected: [{ status: 'fail', message: 'Guardrail support-guardrail screens prompt attacks at MEDIUM, not HIGH.' }] },
    { name: 'HIGH but disabled', asset: guardrail(withContentFilter('PROMPT_ATTACK', { inputStrength: 'HIGH', outputStrength: 'NONE', inputEnabled: false })), expected: [{ status: 'fail', message: 'Guardrail support-guardrail screens prompt attacks at off, not HIGH.' }] },
    {
      name: 'HIGH on prompts but detect-only (action NONE)',
      asset: guardrail(withContentFilter('PROMPT_ATTACK', { inputStrength: 'HIGH', outputStrength: 'NONE', inputAction: 'NONE', outputAction: 'NONE', inputEnabled: true, outputEnabled: false })),
      expected: [{ status: 'fail', messageId: 'detectOnly', message: 'Guardrail support-guardrail detects prompt attacks at HIGH strength but does not block them (action NONE).' }],
    },
    {
      name: 'MEDIUM and detect-only: weak',
      asset: guardrail(withContentFilter('PROMPT_ATTACK', { inputStrength: 'MEDIUM', outputStrength: 'NONE', inputAction: 'NONE' })),
      expected: [{ status: 'fail', message: 'Guardrail support-guardrail screens prompt attacks at MEDIUM detect-only, not HIGH.' }],
    },
    { name: 'no prompt-attack filter', asset: guardrail(withContentFilter('PROMPT_ATTACK', undefined)), expected: [{ status: 'fail', evidence: { filter: null } }] },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
