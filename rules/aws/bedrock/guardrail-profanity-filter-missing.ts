import { actionIn, actionsText, DIRECTIONS, GUARDRAIL_URL, guardrailRule } from './_lib.js';

export default guardrailRule<'missing' | 'notBlocking' | 'present'>(
  {
    id: 'aws/bedrock/guardrail-profanity-filter-missing',
    title: 'Bedrock guardrail has no managed profanity word filter',
    severity: 'low',
    rationale: 'The AWS-managed profanity list blocks profane prompts and completions by exact match, a cheap floor under the statistical content filters for customer-facing applications.',
    remediation: {
      text: 'Enable the managed PROFANITY word list in the guardrail\'s word policy, then publish a new version.',
      cli: "aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --word-policy-config 'managedWordListsConfig=[{type=PROFANITY}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>",
      terraform: 'resource "aws_bedrock_guardrail" "g" {\n  word_policy_config {\n    managed_word_lists_config {\n      type = "PROFANITY"\n    }\n  }\n}',
      url: GUARDRAIL_URL,
    },
    messages: {
      missing: 'Guardrail {{name}} has no managed profanity filter.',
      notBlocking: 'Guardrail {{name}} has the managed profanity list but blocks nothing with it ({{actions}}).',
      present: 'Guardrail {{name}} filters profanity with the managed word list.',
    },
  },
  (guardrail, ctx) => {
    const list = guardrail.wordPolicy?.managedWordLists?.find((l) => l.type === 'PROFANITY');
    if (!list) return ctx.fail('missing', { evidence: { profanity: null } });
    // Either direction blocking is a filter; disabled or detect-only (action NONE) both ways blocks nothing.
    const blocks = DIRECTIONS.some((d) => actionIn(list, d) === 'BLOCK');
    return blocks ? ctx.pass('present', { evidence: { profanity: list } }) : ctx.fail('notBlocking', { evidence: { profanity: list }, data: { actions: actionsText(list) } });
  },
);
