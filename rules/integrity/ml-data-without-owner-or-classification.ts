import { defineRule } from '../../src/engine/index.js';
import { isMlAsset, usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'integrity/ml-data-without-owner-or-classification',
    title: 'ML data or workspace carries no owner or no data classification',
    family: 'integrity',
    severity: 'low',
    appliesTo: ['workspace', 'dataset', 'datastore', 'feature-store', 'storage'],
    rationale:
      'Collected data must have an owner responsible for its adherence to policy, and data used by AI systems must be classified so it is protected and tracked accordingly (seeds/000 5.2.1, 5.2.2, 5.2.3). Untagged data has no one to approve access or changes, and its sensitivity cannot drive risk scoring or controls.',
    remediation: {
      text: 'Tag the workspace, dataset, datastore, feature store or bucket with an owner and a data classification under the keys the scan is configured with (risk.ownerKeys, risk.classificationKeys); a tag on the workspace covers what it contains.',
      cli: 'az tag update --resource-id <id> --operation Merge --tags DataOwner=<team> DataClassification=<level>   |   aws sagemaker add-tags --resource-arn <arn> --tags Key=DataOwner,Value=<team> Key=DataClassification,Value=<level>',
      terraform: 'tags = {\n  DataOwner          = "<team>"\n  DataClassification = "<level>"\n}',
    },
    messages: {
      tagged: '{{name}} has owner {{owner}} and classification {{classification}}.',
      untagged: '{{name}} carries no {{missing}} tag (keys read: {{keys}}).',
    },
  },
  // Storage, networks and keys matter only when ML uses them; ML kinds always.
  applies: (asset, graph) => isMlAsset(asset) || usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const { dataTags } = ctx;
    const owner = dataTags.owner(asset);
    const classification = dataTags.classification(asset);
    const evidence = { owner, classification };
    if (owner && classification) return ctx.pass('tagged', { evidence, data: { owner: owner.value, classification: classification.value } });
    // Absent means absent only when the tags of the asset and of every container it inherits from were read.
    const unread = dataTags.holders(asset).filter((h) => h.facts.tagsRead !== true);
    if (unread.length) return ctx.unknown(['tagsRead'], { evidence: { ...evidence, tagsNotRead: unread.map((h) => h.id) } });
    const missing = [...(owner ? [] : ['owner']), ...(classification ? [] : ['classification'])];
    const keys = [...(owner ? [] : dataTags.keys.ownerKeys), ...(classification ? [] : dataTags.keys.classificationKeys)];
    return ctx.fail('untagged', { evidence: { ...evidence, missing }, data: { missing: missing.join(' or '), keys: keys.join(', ') } });
  },
});
