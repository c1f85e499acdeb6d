import { defineRule } from '../../../src/engine/index.js';
import { rawString } from '../_lib.js';

const DANGEROUS = [/^\*$/, /^microsoft\.machinelearningservices\/\*$/i, /^microsoft\.authorization\/\*/i, /^microsoft\.storage\/\*$/i];

export default defineRule({
  meta: {
    id: 'azure/authorization/custom-role-wildcards',
    title: 'Custom role grants wildcard control over ML, storage or authorisation',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['role'],
    providers: ['azure'],
    rationale:
      'A custom role with "*" or Microsoft.MachineLearningServices/* grants every present and future action, including reading workspace secrets and deploying models; Microsoft.Authorization/* lets its holders grant themselves anything.',
    remediation: {
      text: 'List the specific actions the role needs instead of wildcards, or use a built-in AzureML role.',
      cli: 'az role definition update --role-definition role.json',
      url: 'https://learn.microsoft.com/azure/role-based-access-control/custom-roles',
    },
    controls: { 'ms-ai-risk': ['5.2.4'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AZ-RBAC-04'], 'azure-policy': ['a451c1ef-c6ca-483d-87ed-f49761e3ffb5'], mcsb: ['PA-7'], checkov: ['CKV_AZURE_39'] },
    messages: {
      specific: 'Custom role {{name}} lists specific actions.',
      wildcard: 'Custom role {{name}} grants {{actions}}.',
    },
  },
  applies: (asset) => rawString(asset, 'properties', 'type') === 'CustomRole',
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('wildcardActions');
    if (gap) return gap;
    const bad = (asset.facts.wildcardActions ?? []).filter((a) => DANGEROUS.some((d) => d.test(a)));
    const evidence = { wildcardActions: asset.facts.wildcardActions };
    return bad.length ? ctx.fail('wildcard', { evidence, data: { actions: bad.join(', ') } }) : ctx.pass('specific', { evidence });
  },
});
