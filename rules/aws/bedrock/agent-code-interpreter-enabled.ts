import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { ACTION_GROUP } from './_lib.js';

interface ActionGroup {
  parentActionSignature?: string;
  actionGroupState?: string;
}

export default providerRule({
  meta: {
    id: 'aws/bedrock/agent-code-interpreter-enabled',
    title: 'Bedrock agent can write and run code (code interpreter action group enabled)',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['connection'],
    rationale:
      'With the code interpreter, whatever a prompt (or an injected document) asks for becomes code the agent runs in a sandbox with the conversation\'s files; an agent that does not need computation should not hold that capability.',
    remediation: {
      text: 'Disable or delete the AMAZON.CodeInterpreter action group of agents that do not need to run code, and re-prepare the agent.',
      cli: 'aws bedrock-agent update-agent-action-group --agent-id <id> --agent-version DRAFT --action-group-id <group> --action-group-name <name> --parent-action-group-signature AMAZON.CodeInterpreter --action-group-state DISABLED',
      terraform: 'resource "aws_bedrockagent_agent_action_group" "code" {\n  parent_action_group_signature = "AMAZON.CodeInterpreter"\n  action_group_state            = "DISABLED"\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/agents-code-interpretation.html',
    },
    messages: {
      enabled: 'Action group {{name}} lets its agent write and run code.',
      other: 'Action group {{name}} is not an enabled code interpreter.',
    },
  },
  provider: 'aws',
  nativeTypes: [ACTION_GROUP],
  evaluate(asset, ctx) {
    const group = describeOf<ActionGroup>(asset);
    if (!group) return ctx.unknown(['GetAgentActionGroup']);
    const evidence = { parentActionSignature: group.parentActionSignature ?? null, actionGroupState: group.actionGroupState ?? null };
    const enabled = group.parentActionSignature === 'AMAZON.CodeInterpreter' && group.actionGroupState !== 'DISABLED';
    return enabled ? ctx.fail('enabled', { evidence }) : ctx.pass('other', { evidence });
  },
});
