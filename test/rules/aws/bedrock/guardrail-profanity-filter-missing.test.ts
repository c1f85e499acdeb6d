import rule from '../../../../rules/aws/bedrock/guardrail-profanity-filter-missing.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail } from './_support.js';

testRule(rule, {
  valid: [{ name: 'recorded guardrail: managed profanity list', asset: guardrail() }],
  invalid: [
    { name: 'no word policy', asset: guardrail({ wordPolicy: undefined }), expected: [{ status: 'fail', messageId: 'missing', evidence: { profanity: null } }] },
    { name: 'list disabled both ways', asset: guardrail({ wordPolicy: { managedWordLists: [{ type: 'PROFANITY', inputEnabled: false, outputEnabled: false }] } }), expected: [{ status: 'fail', messageId: 'missing' }] },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
