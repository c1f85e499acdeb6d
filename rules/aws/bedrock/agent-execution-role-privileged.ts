import { providerRule } from '../../_lib/provider-rule.js';
import { AGENT } from './_lib.js';

export default providerRule({
  meta: {
    id: 'aws/bedrock/agent-execution-role-privileged',
    title: 'Bedrock agent runs as a role with administrator or service-wide privileges',
    family: 'rbac',
    severity: 'high',
    appliesTo: ['agent'],
    rationale:
      'An agent acts on what its conversation tells it; whoever can talk to the agent (or plant text in what it retrieves) borrows its role. A role with administrator or service-wide wildcard rights turns one prompt injection into an account takeover.',
    remediation: {
      text: 'Give each agent its own service role that may invoke only its foundation model, read only its knowledge bases and guardrail, and nothing else.',
      terraform: 'resource "aws_iam_role_policy" "agent" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["bedrock:InvokeModel"], Resource = [<model-arn>] }] })\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/agents-permissions.html',
    },
    references: { prowler: ['bedrock_agent_role_least_privilege'] },
    messages: {
      privileged: 'Agent {{name}} runs as role {{role}}, which has {{privilege}} privileges.',
      scoped: 'Agent {{name}} runs as role {{role}} with {{privilege}} privileges.',
    },
  },
  provider: 'aws',
  nativeTypes: [AGENT],
  evaluate(asset, ctx) {
    const role = ctx.graph.targets(asset.id, 'assumes')[0];
    if (!role) return ctx.unknown(['agentResourceRoleArn'], { evidence: { role: ctx.graph.outgoing(asset.id, 'assumes')[0]?.to ?? null } });
    const privilege = role.facts.privilege;
    if (privilege === undefined) return ctx.unknown(['privilege'], { evidence: { role: role.id } });
    const options = { path: [asset.id, role.id], evidence: { role: role.id, privilege, wildcardActions: role.facts.wildcardActions ?? [] }, data: { role: role.name, privilege } };
    return privilege === 'admin' || privilege === 'broad' ? ctx.fail('privileged', options) : ctx.pass('scoped', options);
  },
});
