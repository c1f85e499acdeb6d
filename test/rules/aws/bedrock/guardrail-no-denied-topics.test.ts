import rule from '../../../../rules/aws/bedrock/guardrail-no-denied-topics.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail } from './_support.js';

testRule(rule, {
  valid: [
    { name: 'recorded guardrail: one denied topic', asset: guardrail() },
    { name: 'a topic blocked on prompts, detect-only on answers', asset: guardrail({ topicPolicy: { topics: [{ name: 'investment-advice', type: 'DENY', inputAction: 'BLOCK', outputAction: 'NONE', inputEnabled: true, outputEnabled: true }] } }) },
  ],
  invalid: [
    { name: 'no topic policy', asset: guardrail({ topicPolicy: undefined }), expected: [{ status: 'fail', messageId: 'none' }] },
    { name: 'empty topic list', asset: guardrail({ topicPolicy: { topics: [] } }), expected: [{ status: 'fail', messageId: 'none', evidence: { deniedTopics: [] } }] },
    {
      name: 'the only topic is in detect mode (action NONE)',
      asset: guardrail({ topicPolicy: { topics: [{ name: 'investment-advice', type: 'DENY', inputAction: 'NONE', outputAction: 'NONE', inputEnabled: true, outputEnabled: true }] } }),
      expected: [{ status: 'fail', messageId: 'notBlocking', message: 'Guardrail support-guardrail defines denied topics but blocks none of them: investment-advice (input detect-only, output detect-only).', evidence: { deniedTopics: [] } }],
    },
    {
      name: 'a topic disabled both ways and one detect-only on prompts, disabled on answers',
      asset: guardrail({
        topicPolicy: {
          topics: [
            { name: 'investment-advice', type: 'DENY', inputAction: 'BLOCK', outputAction: 'BLOCK', inputEnabled: false, outputEnabled: false },
            { name: 'legal-advice', type: 'DENY', inputAction: 'NONE', outputAction: 'BLOCK', inputEnabled: true, outputEnabled: false },
          ],
        },
      }),
      expected: [{ status: 'fail', message: 'Guardrail support-guardrail defines denied topics but blocks none of them: investment-advice (input disabled, output disabled), legal-advice (input detect-only, output disabled).' }],
    },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
