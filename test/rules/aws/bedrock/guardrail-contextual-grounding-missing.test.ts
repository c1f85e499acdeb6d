import rule from '../../../../rules/aws/bedrock/guardrail-contextual-grounding-missing.js';
import { testRule } from '../../../support/rule-tester.js';
import { guardrail } from './_support.js';

/** GetGuardrail's contextualGroundingPolicy with the given filters (API_GuardrailContextualGroundingFilter). */
const grounding = (...filters: Array<Record<string, unknown>>) => guardrail({ contextualGroundingPolicy: { filters } });
const GROUNDING = { type: 'GROUNDING', threshold: 0.75, action: 'BLOCK', enabled: true };
const RELEVANCE = { type: 'RELEVANCE', threshold: 0.7, action: 'BLOCK', enabled: true };

testRule(rule, {
  valid: [
    { name: 'recorded guardrail: grounding and relevance, both enabled and blocking', asset: guardrail() },
    // A guardrail made before detect mode: GetGuardrail leaves out action and enabled; the filters block.
    { name: 'filters without action or enabled (API default: enabled, BLOCK)', asset: grounding({ type: 'GROUNDING', threshold: 0.75 }, { type: 'RELEVANCE', threshold: 0.7 }) },
  ],
  invalid: [
    { name: 'relevance only', asset: grounding({ type: 'RELEVANCE', threshold: 0.7 }), expected: [{ status: 'fail', message: 'Guardrail support-guardrail does not check grounding.' }] },
    { name: 'no policy', asset: guardrail({ contextualGroundingPolicy: undefined }), expected: [{ status: 'fail', message: 'Guardrail support-guardrail does not check grounding and relevance.' }] },
    {
      name: 'grounding disabled',
      asset: grounding({ ...GROUNDING, enabled: false }, RELEVANCE),
      expected: [{ status: 'fail', messageId: 'notBlocking', message: 'Guardrail support-guardrail does not block on every contextual grounding check: grounding disabled.' }],
    },
    {
      name: 'relevance in detect mode (action NONE) only logs',
      asset: grounding(GROUNDING, { ...RELEVANCE, action: 'NONE' }),
      expected: [{ status: 'fail', messageId: 'notBlocking', message: 'Guardrail support-guardrail does not block on every contextual grounding check: relevance detect-only (action NONE).', evidence: { contextualGrounding: [GROUNDING, { ...RELEVANCE, action: 'NONE' }] } }],
    },
    {
      name: 'both in detect mode',
      asset: grounding({ ...GROUNDING, action: 'NONE' }, { ...RELEVANCE, action: 'NONE' }),
      expected: [{ status: 'fail', message: 'Guardrail support-guardrail does not block on every contextual grounding check: grounding detect-only (action NONE), relevance detect-only (action NONE).' }],
    },
    {
      name: 'grounding missing, relevance at threshold 0 (every response meets it)',
      asset: grounding({ ...RELEVANCE, threshold: 0 }),
      expected: [{ status: 'fail', message: 'Guardrail support-guardrail does not block on every contextual grounding check: grounding missing, relevance at threshold 0.' }],
    },
    { name: 'not read', asset: guardrail(false), expected: [{ status: 'unknown' }] },
  ],
});
