import { GUARDRAIL_URL, guardrailRule } from './_lib.js';

const CHECKS = ['GROUNDING', 'RELEVANCE'] as const;

export default guardrailRule<'missing' | 'grounded'>(
  {
    id: 'aws/bedrock/guardrail-contextual-grounding-missing',
    title: 'Bedrock guardrail does not check contextual grounding and relevance',
    severity: 'low',
    rationale:
      'Retrieval-augmented applications answer from documents; without grounding and relevance checks, hallucinated answers that the sources do not support (or that ignore the question) reach users as if they were sourced.',
    remediation: {
      text: 'Add a contextual grounding policy with GROUNDING and RELEVANCE filters (thresholds around 0.7) to the guardrail used by knowledge-base and RAG applications.',
      cli: "aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --contextual-grounding-policy-config 'filtersConfig=[{type=GROUNDING,threshold=0.7},{type=RELEVANCE,threshold=0.7}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>",
      terraform: 'resource "aws_bedrock_guardrail" "g" {\n  contextual_grounding_policy_config {\n    filters_config {\n      type      = "GROUNDING"\n      threshold = 0.7\n    }\n    filters_config {\n      type      = "RELEVANCE"\n      threshold = 0.7\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-contextual-grounding-check.html',
    },
    references: { prowler: ['bedrock_guardrail_contextual_grounding_filter_enabled'] },
    messages: {
      missing: 'Guardrail {{name}} does not check {{checks}}.',
      grounded: 'Guardrail {{name}} checks grounding and relevance.',
    },
  },
  (guardrail, ctx) => {
    const filters = guardrail.contextualGroundingPolicy?.filters ?? [];
    const missing = CHECKS.filter((type) => !filters.some((f) => f.type === type && f.enabled !== false && (f.threshold ?? 0) > 0));
    const evidence = { contextualGrounding: filters };
    return missing.length === 0 ? ctx.pass('grounded', { evidence }) : ctx.fail('missing', { evidence, data: { checks: missing.join(' and ').toLowerCase() } });
  },
);
