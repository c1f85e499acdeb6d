import rule from '../../../../rules/aws/bedrock/guardrail-no-denied-topics.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail } from './_support.js';

testRule(rule, {
  valid: [{ name: 'recorded guardrail: one denied topic', asset: guardrail() }],
  invalid: [
    { name: 'no topic policy', asset: guardrail({ topicPolicy: undefined }), expected: [{ status: 'fail', messageId: 'none' }] },
    { name: 'empty topic list', asset: guardrail({ topicPolicy: { topics: [] } }), expected: [{ status: 'fail', messageId: 'none', evidence: { deniedTopics: [] } }] },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
