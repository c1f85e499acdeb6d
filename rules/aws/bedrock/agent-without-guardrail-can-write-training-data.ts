import type { Asset } from '../../../src/model/index.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { AGENT } from './_lib.js';

/** The role may write any S3 object: administrator, or a wildcard over S3 writes. */
function writesAnyBucket(role: Asset): boolean | undefined {
  if (role.facts.privilege === 'admin') return true;
  const wildcards = role.facts.wildcardActions;
  if (wildcards === undefined) return undefined;
  return wildcards.some((a) => a === '*' || /^s3:(\*|Put\*|PutObject\*?)$/i.test(a));
}

export default providerRule({
  meta: {
    id: 'aws/bedrock/agent-without-guardrail-can-write-training-data',
    title: 'Bedrock agent without a guardrail runs as a role that can overwrite model training data',
    family: 'integrity',
    concern: 'agent-without-guardrail-can-write-training-data',
    severity: 'critical',
    appliesTo: ['agent'],
    rationale:
      'With no guardrail screening prompts, a prompt injection steers the agent freely; when its role can write to the buckets models are trained on, the injected instructions can poison the next fine-tune or training run, and the poisoned model outlives the conversation.',
    remediation: {
      text: 'Attach a published guardrail with the prompt-attack filter at HIGH to the agent, and remove S3 write rights from its role (at least on training-data buckets).',
      cli: 'aws bedrock-agent update-agent --agent-id <id> --agent-name <name> --agent-resource-role-arn <role> --foundation-model <model> --guardrail-configuration guardrailIdentifier=<id>,guardrailVersion=<n>',
      url: 'https://atlas.mitre.org/techniques/AML.T0020',
    },
    references: { checkov: ['CKV_AWS_383'], prowler: ['bedrock_agent_guardrail_enabled'] },
    messages: {
      exposed: 'Agent {{name}} has no guardrail and runs as role {{role}}, which can write to training data in {{bucket}}.',
      guarded: 'Agent {{name}} has a guardrail or cannot write to training data.',
    },
  },
  provider: 'aws',
  nativeTypes: [AGENT],
  evaluate(asset, ctx) {
    // The guardrail association is read from GetAgent; the edge to the guardrail is the path's first step.
    if (!describeOf(asset)) return ctx.unknown(['GetAgent']);
    const guardrail = ctx.graph.outgoing(asset.id, 'filtered-by')[0];
    if (guardrail) return ctx.pass('guarded', { evidence: { guardrail: guardrail.to } });
    const role = ctx.graph.targets(asset.id, 'assumes')[0];
    if (!role) return ctx.unknown(['agentResourceRoleArn']);
    const canWrite = writesAnyBucket(role);
    if (canWrite === undefined) return ctx.unknown(['wildcardActions'], { evidence: { role: role.id } });
    if (!canWrite) return ctx.pass('guarded', { evidence: { guardrail: null, role: role.id, privilege: role.facts.privilege ?? null } });
    const training = ctx.graph.ofKind('storage').filter((s) => s.account === asset.account && ctx.graph.incoming(s.id, 'trained-on').length > 0);
    if (training.length === 0) return ctx.requireSeen(['model', 'training-job']) ?? ctx.pass('guarded', { evidence: { guardrail: null, role: role.id, trainingData: [] } });
    return training.map((bucket) =>
      ctx.fail('exposed', { path: [asset.id, role.id, bucket.id], subject: bucket.id, evidence: { guardrail: null, role: role.id, privilege: role.facts.privilege ?? null, trainingData: bucket.id }, data: { role: role.name, bucket: bucket.name } }),
    );
  },
});
