import { detectOnlyAtStrength, GUARDRAIL_URL, guardrailRule, screening, screens } from './_lib.js';

export default guardrailRule<'weak' | 'detectOnly' | 'high'>(
  {
    id: 'aws/bedrock/guardrail-prompt-attack-filter-weak',
    title: 'Bedrock guardrail does not block prompt attacks at high strength',
    severity: 'high',
    rationale:
      'Jailbreaks and prompt injections (including instructions hidden in retrieved documents) make the model ignore its instructions, leak its context or call tools on the attacker\'s behalf; the prompt-attack filter at HIGH is the guardrail\'s only screen for them.',
    remediation: {
      text: 'Set the PROMPT_ATTACK content filter of the guardrail to HIGH with the BLOCK action for prompts (output strength must stay NONE), publish a new version and use it.',
      cli: "aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --content-policy-config 'filtersConfig=[{type=PROMPT_ATTACK,inputStrength=HIGH,outputStrength=NONE,inputAction=BLOCK}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>",
      terraform: 'resource "aws_bedrock_guardrail" "g" {\n  content_policy_config {\n    filters_config {\n      type            = "PROMPT_ATTACK"\n      input_strength  = "HIGH"\n      output_strength = "NONE"\n      input_action    = "BLOCK"\n    }\n  }\n}',
      url: GUARDRAIL_URL,
    },
    references: { prowler: ['bedrock_guardrail_prompt_attack_filter_enabled'] },
    messages: {
      weak: 'Guardrail {{name}} screens prompt attacks at {{strength}}, not HIGH.',
      detectOnly: 'Guardrail {{name}} detects prompt attacks at HIGH strength but does not block them (action NONE).',
      high: 'Guardrail {{name}} blocks prompt attacks at HIGH strength.',
    },
  },
  (guardrail, ctx) => {
    const filter = guardrail.contentPolicy?.filters?.find((f) => f.type === 'PROMPT_ATTACK');
    const evidence = { filter: filter ?? null };
    if (screens(filter, 'input', 'HIGH')) return ctx.pass('high', { evidence });
    // The filter screens prompts only (its output strength must be NONE), so only input counts.
    if (detectOnlyAtStrength(filter, ['input'], 'HIGH')) return ctx.fail('detectOnly', { evidence });
    return ctx.fail('weak', { evidence, data: { strength: filter ? screening(filter, 'input') : 'no filter' } });
  },
);
