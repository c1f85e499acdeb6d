import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { ACTION_GROUP } from './_lib.js';

interface ActionGroup {
  actionGroupState?: string;
  actionGroupExecutor?: { lambda?: string; customControl?: string };
  functionSchema?: { functions?: Array<{ name?: string; requireConfirmation?: string }> };
}

export default providerRule({
  meta: {
    id: 'aws/bedrock/agent-action-without-confirmation',
    title: 'Bedrock agent calls Lambda functions without asking the user to confirm',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['connection'],
    rationale:
      'An agent decides from the conversation which function to call and with what arguments; a prompt injection in a user message or a retrieved document can make it call a Lambda that changes data. User confirmation puts a person between the model\'s decision and the side effect.',
    remediation: {
      text: 'Set requireConfirmation to ENABLED on the functions of action groups that change state (create, update, delete, send, pay).',
      terraform: 'resource "aws_bedrockagent_agent_action_group" "g" {\n  function_schema {\n    member_functions {\n      functions {\n        name                 = "open_ticket"\n        require_confirmation = "ENABLED"\n      }\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/agents-userconfirmation.html',
    },
    messages: {
      unconfirmed: 'Action group {{name}} calls Lambda {{lambda}} for {{functions}} without user confirmation.',
      confirmed: 'Action group {{name}} asks the user before each function call, or calls no Lambda.',
    },
  },
  provider: 'aws',
  nativeTypes: [ACTION_GROUP],
  evaluate(asset, ctx) {
    const group = describeOf<ActionGroup>(asset);
    if (!group) return ctx.unknown(['GetAgentActionGroup']);
    const lambda = group.actionGroupExecutor?.lambda;
    if (!lambda || group.actionGroupState === 'DISABLED') return ctx.pass('confirmed', { evidence: { lambda: lambda ?? null, actionGroupState: group.actionGroupState ?? null } });
    // An OpenAPI action group cannot ask for confirmation per function in this API: judge only function schemas.
    if (!group.functionSchema) return ctx.notApplicable('the action group is defined by an API schema, not functions');
    const unconfirmed = (group.functionSchema.functions ?? []).filter((f) => f.requireConfirmation !== 'ENABLED').map((f) => f.name ?? '?');
    const evidence = { lambda, unconfirmed };
    return unconfirmed.length ? ctx.fail('unconfirmed', { evidence, data: { lambda, functions: unconfirmed.join(', ') } }) : ctx.pass('confirmed', { evidence });
  },
});
