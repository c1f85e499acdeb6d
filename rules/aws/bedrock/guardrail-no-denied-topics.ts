import { GUARDRAIL_URL, guardrailRule } from './_lib.js';

export default guardrailRule<'none' | 'topics'>(
  {
    id: 'aws/bedrock/guardrail-no-denied-topics',
    title: 'Bedrock guardrail denies no topics',
    severity: 'low',
    rationale:
      'Denied topics keep an application to its purpose: without them a support or claims assistant answers on anything (legal, medical or investment advice, other customers), which is where misuse and liability start.',
    remediation: {
      text: 'Define the topics the application must not discuss as denied topics of the guardrail (name, definition, a few example prompts), then publish a new version.',
      cli: "aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --topic-policy-config 'topicsConfig=[{name=investment-advice,definition=<definition>,type=DENY}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>",
      terraform: 'resource "aws_bedrock_guardrail" "g" {\n  topic_policy_config {\n    topics_config {\n      name       = "investment-advice"\n      definition = "<definition>"\n      type       = "DENY"\n    }\n  }\n}',
      url: GUARDRAIL_URL,
    },
    messages: {
      none: 'Guardrail {{name}} denies no topics.',
      topics: 'Guardrail {{name}} denies {{count}} topics.',
    },
  },
  (guardrail, ctx) => {
    const topics = (guardrail.topicPolicy?.topics ?? []).filter((t) => (t.type ?? 'DENY') === 'DENY');
    const evidence = { deniedTopics: topics.map((t) => t.name) };
    return topics.length > 0 ? ctx.pass('topics', { evidence, data: { count: topics.length } }) : ctx.fail('none', { evidence });
  },
);
