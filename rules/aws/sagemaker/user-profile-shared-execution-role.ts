import { providerRule } from '../../_lib/provider-rule.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/user-profile-shared-execution-role',
    title: 'SageMaker Studio users of one domain share the same execution role',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['identity'],
    rationale:
      'When every user profile runs as the same execution role, CloudTrail shows the role, not the person: who read which dataset or deployed which model cannot be told apart, and every user holds the union of everyone\'s data access.',
    remediation: {
      text: 'Give each user profile (or each team) its own execution role scoped to its data, via UserSettings.ExecutionRole; keep the domain default role minimal.',
      cli: 'aws sagemaker update-user-profile --domain-id <domain-id> --user-profile-name <user> --user-settings ExecutionRole=<role-arn>',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/domain-user-profile.html',
    },
    references: { catalog: ['AWS-SM-DOM-03'] },
    messages: {
      shared: 'User profile {{name}} runs as role {{role}}, shared with {{others}} other profile(s) of its domain.',
      own: 'User profile {{name}} runs as a role no other profile of its domain uses.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::UserProfile'],
  evaluate(asset, ctx) {
    const role = ctx.graph.outgoing(asset.id, 'assumes')[0]?.to;
    if (!role) return ctx.unknown(['execution role']);
    // Through the domain's edges, so the other profiles are found even when the domain itself was not read.
    const others = ctx.graph
      .incoming(asset.id, 'contains')
      .flatMap((d) => ctx.graph.targets(d.from, 'contains'))
      .filter((p) => p.id !== asset.id && p.nativeType === asset.nativeType);
    const peers = others.filter((p) => ctx.graph.outgoing(p.id, 'assumes').some((e) => e.to === role));
    const evidence = { role, sharedWith: peers.map((p) => p.id) };
    if (peers.length) return ctx.fail('shared', { evidence, data: { role, others: peers.length } });
    // A profile whose role was not read, or one a coverage gap hid, could be the one sharing it.
    const unread = others.filter((p) => ctx.graph.outgoing(p.id, 'assumes').length === 0);
    if (unread.length) return ctx.unknown(['execution role of other profiles'], { evidence: { role, roleNotRead: unread.map((p) => p.id) } });
    return ctx.requireSeen(['identity']) ?? ctx.pass('own', { evidence });
  },
});
