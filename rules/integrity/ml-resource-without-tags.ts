import { defineRule } from '../../src/engine/index.js';
import type { Asset } from '../../src/model/index.js';
import { messageList } from '../_lib/message-list.js';

/**
 * Tags the cloud sets itself (AWS `aws:` keys, in any casing) say nothing about who owns the
 * resource. A case-insensitive regular expression, not `toLowerCase().startsWith('aws:')`: no
 * lower-cased copy per key, and only ASCII letters fold to a, w and s, so both say the same.
 */
const SYSTEM_TAG_KEY = /^aws:/i;
const userTagKeys = (asset: Asset): string[] => Object.keys(asset.tags).filter((k) => !SYSTEM_TAG_KEY.test(k));

/** userTagKeys(asset).length > 0, without building the list: asked of every holder of every asset. */
function hasUserTag(asset: Asset): boolean {
  for (const key in asset.tags) if (!SYSTEM_TAG_KEY.test(key)) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'integrity/ml-resource-without-tags',
    title: 'ML compute, model or endpoint carries no tags at all',
    family: 'integrity',
    concern: 'ml-resource-untagged',
    severity: 'low',
    // Workspaces and data (workspace, dataset, datastore, feature store) are judged by
    // integrity/ml-data-without-owner-or-classification, which an untagged one already fails; a
    // model version is tagged through its model or registry entry.
    appliesTo: ['compute', 'notebook', 'model', 'model-registry', 'endpoint', 'deployment', 'training-job', 'pipeline'],
    rationale:
      'An ML resource without any tag has no recorded owner, environment or cost centre: nobody answers for it, its criticality cannot be derived for risk scoring, and an abandoned notebook or endpoint stays reachable because no one knows it is theirs.',
    remediation: {
      text: 'Tag the resource (or the workspace that contains it) with at least an owner and an environment, and enforce tagging at creation (AWS tag policies or SCPs on sagemaker:Create*; Azure Policy "Require a tag on resources").',
      cli: 'aws sagemaker add-tags --resource-arn <arn> --tags Key=Owner,Value=<team> Key=Environment,Value=<env>   |   az tag update --resource-id <id> --operation Merge --tags owner=<team> environment=<env>',
      terraform: 'tags = {\n  Owner       = "<team>"\n  Environment = "<env>"\n}',
    },
    messages: {
      untagged: '{{name}} carries no tags, and neither does anything containing it.',
      tagged: '{{name}} is tagged ({{keys}}).',
      inherited: '{{name}} carries no tags of its own; {{holder}}, which contains it, is tagged ({{keys}}).',
    },
  },
  evaluate(asset, ctx) {
    // Own tags first, then a container's (a tag on the workspace covers what it contains).
    const holders = ctx.dataTags.holders(asset);
    const holder = holders.find(hasUserTag);
    if (holder) {
      const keys = userTagKeys(holder);
      const evidence = { holder: holder.id, keys };
      if (holder.id === asset.id) return ctx.pass('tagged', { evidence, data: { keys: messageList(keys) } });
      return ctx.pass('inherited', { evidence, data: { keys: messageList(keys), holder: holder.name } });
    }
    // Untagged only when the tags of the asset and of every container were read.
    const unread = holders.filter((h) => h.facts.tagsRead !== true);
    if (unread.length) return ctx.unknown(['tagsRead'], { evidence: { tagsNotRead: unread.map((h) => h.id) } });
    return ctx.fail('untagged', { evidence: { holders: holders.map((h) => h.id) } });
  },
});
