import { actsOnSome, GUARDRAIL_URL, guardrailRule } from './_lib.js';

export default guardrailRule<'missing' | 'detectOnly' | 'present'>(
  {
    id: 'aws/bedrock/guardrail-sensitive-information-filter-missing',
    title: 'Bedrock guardrail has no sensitive-information (PII) filter',
    severity: 'medium',
    rationale:
      'Without PII entities or custom patterns, personal data that users paste into prompts reaches the model and its invocation logs, and personal data the model saw in training or retrieval can come back in completions.',
    remediation: {
      text: 'Add a sensitive-information policy to the guardrail: the PII entity types your data holds (mask or block), and custom regexes for your own identifiers.',
      cli: "aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --sensitive-information-policy-config 'piiEntitiesConfig=[{type=EMAIL,action=ANONYMIZE},{type=PASSWORD,action=BLOCK}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>",
      terraform: 'resource "aws_bedrock_guardrail" "g" {\n  sensitive_information_policy_config {\n    pii_entities_config {\n      type   = "EMAIL"\n      action = "ANONYMIZE"\n    }\n  }\n}',
      url: GUARDRAIL_URL,
    },
    references: { prowler: ['bedrock_guardrail_sensitive_information_filter_enabled'] },
    messages: {
      missing: 'Guardrail {{name}} filters no sensitive information.',
      detectOnly: 'Guardrail {{name}} detects {{count}} kinds of sensitive information but masks or blocks none of them.',
      present: 'Guardrail {{name}} filters {{count}} kinds of sensitive information.',
    },
  },
  (guardrail, ctx) => {
    const policy = guardrail.sensitiveInformationPolicy;
    const all = [...(policy?.piiEntities ?? []).map((e) => ({ entry: e, label: e.type })), ...(policy?.regexes ?? []).map((r) => ({ entry: r, label: r.name }))];
    // Only an entry that masks or blocks in some direction filters; detect-only or disabled ones only log.
    const entries = all.filter((e) => actsOnSome(e.entry)).map((e) => e.label);
    const evidence = { sensitiveInformation: entries };
    if (entries.length > 0) return ctx.pass('present', { evidence, data: { count: entries.length } });
    if (all.length === 0) return ctx.fail('missing', { evidence });
    return ctx.fail('detectOnly', { evidence: { ...evidence, notActing: all.map((e) => e.label) }, data: { count: all.length } });
  },
);
