import { actionIn, DIRECTIONS, type GuardrailActionEntry, guardrailRule } from './_lib.js';

/** PII types that are credentials: masking them still tells the model (and the logs) one was there; they must be blocked. */
const CREDENTIALS = ['AWS_ACCESS_KEY', 'AWS_SECRET_KEY', 'PASSWORD'] as const;

function blocks(entry: GuardrailActionEntry | undefined): boolean {
  return entry !== undefined && DIRECTIONS.every((d) => actionIn(entry, d) === 'BLOCK');
}

export default guardrailRule<'notBlocked' | 'blocked'>(
  {
    id: 'aws/bedrock/guardrail-credentials-not-blocked',
    title: 'Bedrock guardrail does not block credentials (AWS keys, passwords) in prompts and responses',
    severity: 'medium',
    rationale:
      'A prompt that carries an access key or password puts a live credential in the model context, the invocation logs and possibly a fine-tuning set; a completion that emits one leaks it to the user. Only BLOCK keeps it out in both directions.',
    remediation: {
      text: 'In the guardrail\'s sensitive-information policy, set AWS_ACCESS_KEY, AWS_SECRET_KEY and PASSWORD to BLOCK for input and output.',
      cli: "aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --sensitive-information-policy-config 'piiEntitiesConfig=[{type=AWS_ACCESS_KEY,action=BLOCK},{type=AWS_SECRET_KEY,action=BLOCK},{type=PASSWORD,action=BLOCK}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>",
      terraform: 'resource "aws_bedrock_guardrail" "g" {\n  sensitive_information_policy_config {\n    pii_entities_config {\n      type   = "AWS_SECRET_KEY"\n      action = "BLOCK"\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-sensitive-filters.html',
    },
    messages: {
      notBlocked: 'Guardrail {{name}} does not block {{types}} in both directions.',
      blocked: 'Guardrail {{name}} blocks AWS keys and passwords in prompts and responses.',
    },
  },
  (guardrail, ctx) => {
    const entities = guardrail.sensitiveInformationPolicy?.piiEntities ?? [];
    const open = CREDENTIALS.filter((type) => !blocks(entities.find((e) => e.type === type)));
    const evidence = { credentialEntities: entities.filter((e) => (CREDENTIALS as readonly string[]).includes(e.type ?? '')) };
    return open.length === 0 ? ctx.pass('blocked', { evidence }) : ctx.fail('notBlocked', { evidence, data: { types: open.join(', ') } });
  },
);
