import { providerRule } from '../../_lib/provider-rule.js';
import { asList, grants } from '../_lib/policy.js';
import { usedByMl } from '../../../src/model/index.js';
import { rolePolicies } from '../_lib/roles.js';

export default providerRule({
  meta: {
    id: 'aws/iam/execution-role-passrole-unrestricted',
    title: 'SageMaker execution role may pass any role to any service',
    family: 'rbac',
    severity: 'high',
    appliesTo: ['role'],
    rationale:
      'iam:PassRole on * lets code running as the execution role start a job, notebook or function with any more powerful role in the account: a privilege escalation path from a notebook to administrator.',
    remediation: {
      text: 'Scope iam:PassRole to the specific role ARNs the workload starts jobs with, and add the condition iam:PassedToService = sagemaker.amazonaws.com.',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    },
    references: { catalog: ['AWS-IAM-03'], checkov: ['CKV_AWS_286'] },
    messages: {
      unrestricted: 'Execution role {{name}} may pass any role ({{how}}).',
      restricted: 'Execution role {{name}} cannot pass arbitrary roles.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::IAM::Role'],
  applies: (asset, graph) => usedByMl(asset, graph, ['assumes']),
  evaluate(asset, ctx) {
    const p = rolePolicies(asset);
    if (!p) return ctx.unknown(['role policies']);
    const how: string[] = [];
    for (const st of p.statements) {
      if (st.Effect !== 'Allow' || !asList(st.Resource).includes('*')) continue;
      if (!grants(asList(st.Action), 'iam:PassRole')) continue;
      if (/iam:PassedToService/i.test(JSON.stringify(st.Condition ?? {}))) continue;
      how.push(`${asList(st.Action).join(' ')} on *`);
    }
    const evidence = { grants: how };
    if (how.length) return ctx.fail('unrestricted', { evidence, data: { how: how.join('; ') } });
    return p.complete ? ctx.pass('restricted', { evidence }) : ctx.unknown(['role policies'], { evidence });
  },
});
