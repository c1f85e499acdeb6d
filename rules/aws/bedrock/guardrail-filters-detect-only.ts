import { actionIn, DIRECTIONS, type GuardrailActions, GUARDRAIL_URL, guardrailRule } from './_lib.js';

/**
 * `policy:type:direction` of each enabled filter whose action is NONE (detect and report, do not
 * block or mask); `actionIn` says how an unset per-direction action resolves.
 */
function detectOnly(policy: string, entries: ReadonlyArray<GuardrailActions & { name?: string; type?: string }> | undefined): string[] {
  return (entries ?? []).flatMap((e) => DIRECTIONS.filter((d) => actionIn(e, d) === 'NONE').map((d) => `${policy}:${e.name ?? e.type}:${d}`));
}

export default guardrailRule<'detectOnly' | 'enforced'>(
  {
    id: 'aws/bedrock/guardrail-filters-detect-only',
    title: 'Bedrock guardrail filters are in detect-only mode',
    severity: 'medium',
    rationale:
      'A filter whose action is NONE only reports what it detected: the harmful prompt, leaked PII or denied topic still passes. Detect mode is for tuning, not for production traffic.',
    remediation: {
      text: 'Set the input and output actions of the guardrail\'s filters to BLOCK (or ANONYMIZE for PII) once tuning is done, and publish a new version.',
      terraform: 'resource "aws_bedrock_guardrail" "g" {\n  content_policy_config {\n    filters_config {\n      type          = "HATE"\n      input_action  = "BLOCK"\n      output_action = "BLOCK"\n    }\n  }\n}',
      url: GUARDRAIL_URL,
    },
    references: { prowler: ['bedrock_guardrail_sensitive_information_filter_enforced'] },
    messages: {
      detectOnly: 'Guardrail {{name}} only detects, without blocking: {{filters}}.',
      enforced: 'Every enabled filter of guardrail {{name}} blocks or masks.',
    },
  },
  (guardrail, ctx) => {
    const found = [
      ...detectOnly('content', guardrail.contentPolicy?.filters),
      ...detectOnly('topic', guardrail.topicPolicy?.topics),
      ...detectOnly('pii', guardrail.sensitiveInformationPolicy?.piiEntities),
      ...detectOnly('regex', guardrail.sensitiveInformationPolicy?.regexes),
      ...detectOnly('word', guardrail.wordPolicy?.managedWordLists),
    ];
    return found.length === 0 ? ctx.pass('enforced') : ctx.fail('detectOnly', { evidence: { detectOnly: found }, data: { filters: found.join(', ') } });
  },
);
