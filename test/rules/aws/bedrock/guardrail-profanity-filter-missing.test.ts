import rule from '../../../../rules/aws/bedrock/guardrail-profanity-filter-missing.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail } from './_support.js';

testRule(rule, {
  valid: [
    { name: 'recorded guardrail: managed profanity list', asset: guardrail() },
    { name: 'blocks prompts, detect-only on responses', asset: guardrail({ wordPolicy: { managedWordLists: [{ type: 'PROFANITY', inputAction: 'BLOCK', outputAction: 'NONE', inputEnabled: true, outputEnabled: true }] } }) },
  ],
  invalid: [
    { name: 'no word policy', asset: guardrail({ wordPolicy: undefined }), expected: [{ status: 'fail', messageId: 'missing', evidence: { profanity: null } }] },
    {
      name: 'list disabled both ways',
      asset: guardrail({ wordPolicy: { managedWordLists: [{ type: 'PROFANITY', inputAction: 'BLOCK', outputAction: 'BLOCK', inputEnabled: false, outputEnabled: false }] } }),
      expected: [{ status: 'fail', messageId: 'notBlocking', message: 'Guardrail support-guardrail has the managed profanity list but blocks nothing with it (input disabled, output disabled).' }],
    },
    {
      name: 'list in detect mode (action NONE) both ways',
      asset: guardrail({ wordPolicy: { managedWordLists: [{ type: 'PROFANITY', inputAction: 'NONE', outputAction: 'NONE', inputEnabled: true, outputEnabled: true }] } }),
      expected: [{ status: 'fail', messageId: 'notBlocking', message: 'Guardrail support-guardrail has the managed profanity list but blocks nothing with it (input detect-only, output detect-only).' }],
    },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
