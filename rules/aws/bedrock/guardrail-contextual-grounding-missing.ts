import { type GuardrailGroundingFilter, guardrailRule } from './_lib.js';

const CHECKS = ['GROUNDING', 'RELEVANCE'] as const;

/**
 * Why a grounding check blocks nothing, or undefined when it blocks. A disabled filter is not
 * evaluated; action NONE only reports the score in the trace; a threshold of 0 is met by every
 * response. An unset action is BLOCK (the API's default, and all there was before detect mode).
 */
function gap(filter: GuardrailGroundingFilter | undefined): string | undefined {
  if (!filter) return 'missing';
  if (filter.enabled === false) return 'disabled';
  if (filter.action === 'NONE') return 'detect-only (action NONE)';
  if ((filter.threshold ?? 0) <= 0) return 'at threshold 0';
  return undefined;
}

export default guardrailRule<'missing' | 'notBlocking' | 'grounded'>(
  {
    id: 'aws/bedrock/guardrail-contextual-grounding-missing',
    title: 'Bedrock guardrail does not check contextual grounding and relevance',
    severity: 'low',
    rationale:
      'Retrieval-augmented applications answer from documents; without grounding and relevance checks that block, hallucinated answers that the sources do not support (or that ignore the question) reach users as if they were sourced. A check that is disabled or in detect mode (action NONE) only logs them.',
    remediation: {
      text: 'Add a contextual grounding policy with enabled GROUNDING and RELEVANCE filters (thresholds around 0.7) whose action is BLOCK to the guardrail used by knowledge-base and RAG applications.',
      cli: "aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --contextual-grounding-policy-config 'filtersConfig=[{type=GROUNDING,threshold=0.7,action=BLOCK,enabled=true},{type=RELEVANCE,threshold=0.7,action=BLOCK,enabled=true}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>",
      terraform: 'resource "aws_bedrock_guardrail" "g" {\n  contextual_grounding_policy_config {\n    filters_config {\n      type      = "GROUNDING"\n      threshold = 0.7\n    }\n    filters_config {\n      type      = "RELEVANCE"\n      threshold = 0.7\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-contextual-grounding-check.html',
    },
    references: { prowler: ['bedrock_guardrail_contextual_grounding_filter_enabled'] },
    messages: {
      missing: 'Guardrail {{name}} does not check {{checks}}.',
      notBlocking: 'Guardrail {{name}} does not block on every contextual grounding check: {{gaps}}.',
      grounded: 'Guardrail {{name}} checks grounding and relevance.',
    },
  },
  (guardrail, ctx) => {
    const filters = guardrail.contextualGroundingPolicy?.filters ?? [];
    const gaps = CHECKS.map((type) => ({ type, gap: gap(filters.find((f) => f.type === type)) })).filter((c) => c.gap !== undefined);
    const evidence = { contextualGrounding: filters };
    if (gaps.length === 0) return ctx.pass('grounded', { evidence });
    // Only absent checks: the original message. Any check present but not acting is named with why.
    if (gaps.every((c) => c.gap === 'missing')) return ctx.fail('missing', { evidence, data: { checks: gaps.map((c) => c.type).join(' and ').toLowerCase() } });
    return ctx.fail('notBlocking', { evidence, data: { gaps: gaps.map((c) => `${c.type.toLowerCase()} ${c.gap}`).join(', ') } });
  },
);
