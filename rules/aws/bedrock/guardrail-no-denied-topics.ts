import { actionIn, actionsText, DIRECTIONS, GUARDRAIL_URL, guardrailRule } from './_lib.js';

export default guardrailRule<'none' | 'notBlocking' | 'topics'>(
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
      notBlocking: 'Guardrail {{name}} defines denied topics but blocks none of them: {{topics}}.',
      topics: 'Guardrail {{name}} denies {{count}} topics.',
    },
  },
  (guardrail, ctx) => {
    const defined = (guardrail.topicPolicy?.topics ?? []).filter((t) => (t.type ?? 'DENY') === 'DENY');
    // A topic denies when it blocks prompts or answers on it; detect-only or disabled both ways, it only logs.
    const topics = defined.filter((t) => DIRECTIONS.some((d) => actionIn(t, d) === 'BLOCK'));
    const evidence = { deniedTopics: topics.map((t) => t.name) };
    if (topics.length > 0) return ctx.pass('topics', { evidence, data: { count: topics.length } });
    if (defined.length === 0) return ctx.fail('none', { evidence });
    return ctx.fail('notBlocking', { evidence: { ...evidence, notBlocking: defined }, data: { topics: defined.map((t) => `${t.name} (${actionsText(t)})`).join(', ') } });
  },
);
