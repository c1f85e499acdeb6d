import { providerRule } from '../../_lib/provider-rule.js';

export default providerRule({
  meta: {
    id: 'aws/kms/ml-key-policy-public',
    title: 'KMS key protecting ML data has a key policy open to any principal',
    family: 'encryption',
    severity: 'critical',
    appliesTo: ['kms-key'],
    rationale:
      'A key policy allowing Principal * without conditions lets any AWS account use the key: encryption of training data and models protects nothing against whoever obtains the ciphertext.',
    remediation: {
      text: 'Replace Principal * in the key policy with the account and roles that need the key, or add aws:PrincipalOrgID / aws:SourceAccount conditions.',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    },
    references: { 'aws-securityhub': ['KMS.5'], catalog: ['AWS-KMS-01'] },
    messages: {
      open: 'KMS key {{name}} can be used by any AWS principal.',
      closed: 'KMS key {{name}} grants use to named principals only.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::KMS::Key'],
  // AWS-managed keys have AWS-written policies we do not read.
  applies: (asset) => asset.facts.keyManager === 'customer',
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('externalPrincipals');
    if (gap) return gap;
    const evidence = { externalPrincipals: asset.facts.externalPrincipals };
    return asset.facts.externalPrincipals!.includes('*') ? ctx.fail('open', { evidence }) : ctx.pass('closed', { evidence });
  },
});
