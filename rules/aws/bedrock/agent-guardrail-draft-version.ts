import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { AGENT } from './_lib.js';

interface AgentGuardrail {
  guardrailConfiguration?: { guardrailIdentifier?: string; guardrailVersion?: string };
}

export default providerRule({
  meta: {
    id: 'aws/bedrock/agent-guardrail-draft-version',
    title: 'Bedrock agent uses the working draft of its guardrail, not a published version',
    family: 'versioning',
    severity: 'medium',
    appliesTo: ['agent'],
    rationale:
      'The DRAFT of a guardrail changes with every edit in the console or API: an agent bound to it is protected by whatever the last editor saved, untested and without a version to roll back to.',
    remediation: {
      text: 'Publish a guardrail version (CreateGuardrailVersion) after testing it and set that version number in the agent\'s guardrail configuration.',
      cli: 'aws bedrock create-guardrail-version --guardrail-identifier <id>\naws bedrock-agent update-agent --agent-id <id> --agent-name <name> --agent-resource-role-arn <role> --foundation-model <model> --guardrail-configuration guardrailIdentifier=<id>,guardrailVersion=<n>',
      terraform: 'resource "aws_bedrock_guardrail_version" "v" {\n  guardrail_arn = aws_bedrock_guardrail.g.guardrail_arn\n}\nresource "aws_bedrockagent_agent" "a" {\n  guardrail_configuration {\n    guardrail_identifier = aws_bedrock_guardrail.g.guardrail_id\n    guardrail_version    = aws_bedrock_guardrail_version.v.version\n  }\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-versions.html',
    },
    messages: {
      draft: 'Agent {{name}} uses the DRAFT of guardrail {{guardrail}}.',
      versioned: 'Agent {{name}} uses version {{version}} of guardrail {{guardrail}}.',
      noGuardrail: 'Agent {{name}} has no guardrail, so no guardrail version to judge.',
    },
  },
  provider: 'aws',
  nativeTypes: [AGENT],
  evaluate(asset, ctx) {
    const agent = describeOf<AgentGuardrail>(asset);
    if (!agent) return ctx.unknown(['GetAgent']);
    const config = agent.guardrailConfiguration;
    // An agent without a guardrail is judged by integrity/genai-content-filter-missing.
    if (!config?.guardrailIdentifier) return ctx.notApplicable('the agent has no guardrail');
    const evidence = { guardrailConfiguration: config };
    const data = { guardrail: config.guardrailIdentifier, version: config.guardrailVersion ?? 'DRAFT' };
    return (config.guardrailVersion ?? 'DRAFT') === 'DRAFT' ? ctx.fail('draft', { evidence, data }) : ctx.pass('versioned', { evidence, data });
  },
});
