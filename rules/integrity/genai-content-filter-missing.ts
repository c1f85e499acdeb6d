import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'integrity/genai-content-filter-missing',
    title: 'Generative-AI agent, deployment or endpoint serves a model without a guardrail or content filter',
    family: 'integrity',
    concern: 'genai-content-filter-missing',
    severity: 'high',
    appliesTo: ['agent', 'deployment', 'endpoint'],
    rationale:
      'Without a guardrail (Amazon Bedrock) or content filter (Azure OpenAI / AI Foundry), prompts reach the model unscreened for jailbreaks and prompt injection, and completions reach users unscreened for harmful content and leaked personal data.',
    remediation: {
      text: 'Attach a guardrail with content filters, a prompt-attack filter and a sensitive-information policy to the Bedrock agent (published version), a content filter (RAI policy) to the Azure deployment, or enable content safety on the Azure AI Foundry serverless endpoint (set at creation: recreate it with contentSafetyStatus Enabled).',
      cli: '# AWS\naws bedrock-agent update-agent --agent-id <id> --agent-name <name> --agent-resource-role-arn <role> --foundation-model <model> --guardrail-configuration guardrailIdentifier=<id>,guardrailVersion=<n>\n# Azure serverless endpoint\naz ml serverless-endpoint create --file endpoint.yml --workspace-name <project> --resource-group <rg>  # recreate with content safety Enabled (REST: properties.contentSafety.contentSafetyStatus)',
      terraform: 'resource "aws_bedrockagent_agent" "a" {\n  guardrail_configuration {\n    guardrail_identifier = aws_bedrock_guardrail.g.guardrail_id\n    guardrail_version    = aws_bedrock_guardrail_version.v.version\n  }\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/agents-guardrail.html',
    },
    references: { prowler: ['bedrock_agent_guardrail_enabled'] },
    messages: {
      missing: '{{name}} serves its model without a guardrail or content filter.',
      filtered: '{{name}} screens prompts and completions with a guardrail or content filter.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'contentFilter', true, { pass: 'filtered', fail: 'missing' }),
});
