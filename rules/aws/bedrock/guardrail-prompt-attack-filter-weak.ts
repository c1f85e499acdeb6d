import { GUARDRAIL_URL, guardrailRule, screens } from './_lib.js';

export default guardrailRule<'weak' | 'high'>(
  {
    id: 'aws/bedrock/guardrail-prompt-attack-filter-weak',
    title: 'Bedrock guardrail does not block prompt attacks at high strength',
    severity: 'high',
    rationale:
      'Jailbreaks and prompt injections (including instructions hidden in retrieved documents) make the model ignore its instructions, leak its context or call tools on the attacker\'s behalf; the prompt-attack filter at HIGH is the guardrail\'s only screen for them.',
    remediation: {
      text: 'Set the PROMPT_ATTACK content filter of the guardrail to HIGH for prompts (output strength must stay NONE), publish a new version and use it.',
      cli: "aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --content-policy-config 'filtersConfig=[{type=PROMPT_ATTACK,inputStrength=HIGH,outputStrength=NONE}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>",
      terraform: 'resource "aws_bedrock_guardrail" "g" {\n  content_policy_config {\n    filters_config {\n      type            = "PROMPT_ATTACK"\n      input_strength  = "HIGH"\n      output_strength = "NONE"\n    }\n  }\n}',
      url: GUARDRAIL_URL,
    },
    references: { prowler: ['bedrock_guardrail_prompt_attack_filter_enabled'] },
    messages: {
      weak: 'Guardrail {{name}} screens prompt attacks at {{strength}}, not HIGH.',
      high: 'Guardrail {{name}} blocks prompt attacks at HIGH strength.',
    },
  },
  (guardrail, ctx) => {
    const filter = guardrail.contentPolicy?.filters?.find((f) => f.type === 'PROMPT_ATTACK');
    const strength = !filter ? 'no filter' : filter.inputEnabled === false ? 'off' : (filter.inputStrength ?? 'NONE');
    const evidence = { filter: filter ?? null };
    return screens(filter, 'input', 'HIGH') ? ctx.pass('high', { evidence }) : ctx.fail('weak', { evidence, data: { strength } });
  },
);
