import { providerRule } from '../../_lib/provider-rule.js';

export default providerRule({
  meta: {
    id: 'aws/ecr/repository-cross-account-access',
    title: 'ECR repository of ML images grants access to other accounts',
    family: 'integrity',
    severity: 'medium',
    appliesTo: ['container-registry'],
    rationale:
      'A repository policy naming other accounts (or *) lets them pull proprietary inference code and model files baked into images, and with push actions replace the images SageMaker runs.',
    remediation: {
      text: 'Limit the repository policy to the accounts of your organisation (aws:PrincipalOrgID) and to pull actions.',
      cli: 'aws ecr get-repository-policy --repository-name <repo>  # then: aws ecr set-repository-policy ...',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
    },
    references: { catalog: ['AWS-SM-MDL-03'], checkov: ['CKV_AWS_32'] },
    messages: {
      shared: 'Repository {{name}} grants access to {{accounts}}.',
      private: 'Repository {{name}} grants access to no other account.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::ECR::Repository'],
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('externalPrincipals');
    if (gap) return gap;
    const accounts = asset.facts.externalPrincipals!;
    const evidence = { externalPrincipals: accounts };
    return accounts.length ? ctx.fail('shared', { evidence, data: { accounts: accounts.join(', ') } }) : ctx.pass('private', { evidence });
  },
});
