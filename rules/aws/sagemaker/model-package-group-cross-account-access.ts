import { providerRule } from '../../_lib/provider-rule.js';
import { detailOf, hasDetail } from '../../_lib/raw.js';
import { messageList } from '../../_lib/message-list.js';
import { asList, externalAccounts, principalsOf, publicAllows, statementsOf, type Statement } from '../_lib/policy.js';

/** The actions of the statements that grant to `accounts` (or to anyone). */
function actionsGranted(statements: readonly Statement[], grantsTo: (st: Statement) => boolean): string[] {
  return [...new Set(statements.filter((st) => st.Effect === 'Allow' && grantsTo(st)).flatMap((st) => asList(st.Action)))].sort();
}

export default providerRule({
  meta: {
    id: 'aws/sagemaker/model-package-group-cross-account-access',
    title: 'SageMaker model package group policy shares the registry with other accounts or everyone',
    family: 'rbac',
    concern: 'external-principal-trusted',
    // More precise than the cross-cloud rule on the same concern: it reads the group's own policy.
    supersedes: ['rbac/external-principal-trusted'],
    severity: 'high',
    appliesTo: ['model', 'model-registry'],
    rationale:
      'A model package group resource policy lets the accounts it names describe, deploy and (with write actions) register or approve model versions in your registry: a partner or former vendor account can pull the model artifacts, and a "*" principal opens the registry to every AWS account.',
    remediation: {
      text: 'Remove other accounts and "*" from the model package group policy, or limit sharing to your organisation with aws:PrincipalOrgID and to read actions (DescribeModelPackage, ListModelPackages).',
      cli: 'aws sagemaker get-model-package-group-policy --model-package-group-name <group>\naws sagemaker delete-model-package-group-policy --model-package-group-name <group>',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-registry-version-deploy-cross-account.html',
    },
    references: { catalog: ['AWS-SM-REG-02'] },
    messages: {
      public: 'Model package group {{name}} grants {{actions}} to every principal ("*").',
      shared: 'Model package group {{name}} grants {{actions}} to other accounts: {{accounts}}.',
      private: 'Model package group {{name}} shares the registry with no other account.',
      noPolicy: 'Model package group {{name}} has no resource policy: only its own account can use it.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::ModelPackageGroup'],
  evaluate(asset, ctx) {
    // GetModelPackageGroupPolicy: not made or denied → unknown; "Cannot find resource policy" → null.
    if (!hasDetail(asset, 'policy')) return ctx.unknown(['GetModelPackageGroupPolicy']);
    const policy = detailOf<{ ResourcePolicy?: string }>(asset, 'policy');
    if (!policy?.ResourcePolicy) return ctx.pass('noPolicy', { evidence: { policy: null } });
    const statements = statementsOf(policy.ResourcePolicy);
    if (!statements) return ctx.unknown(['ResourcePolicy'], { evidence: { unreadablePolicy: true } });
    const open = publicAllows(statements);
    if (open.length) {
      const actions = actionsGranted(open, () => true);
      return ctx.fail('public', { evidence: { principals: ['*'], actions }, data: { actions: messageList(actions) } });
    }
    const accounts = externalAccounts(statements, asset.account);
    if (accounts.length) {
      const actions = actionsGranted(statements, (st) => principalsOf(st).some((p) => accounts.some((a) => p === a || p.includes(`::${a}:`))));
      return ctx.fail('shared', { evidence: { externalPrincipals: accounts, actions }, data: { accounts: messageList(accounts), actions: messageList(actions) } });
    }
    return ctx.pass('private', { evidence: { externalPrincipals: [] } });
  },
});
