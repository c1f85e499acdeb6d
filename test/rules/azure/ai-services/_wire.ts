// Rule-test assets from the recorded AI Services payloads (test/fixtures/wire/azure/cognitive-services/).
import type { ContentFilterSetting } from '../../../../rules/azure/ai-services/_content-filters.js';
import type { Asset } from '../../../../src/model/index.js';
import { armWireAsset, wire } from '../../../support/wire-assets.js';

/** The recorded OpenAI account (public, keys accepted, platform key, no diagnostic setting read), patched. */
export const aiAccount = (patch: Record<string, unknown> = {}): Asset => armWireAsset('cognitive-services/accounts', 'cognitive-services/account.json', patch);

/** The recorded gpt-4o deployment (GlobalStandard, auto-upgrade, custom content filter), patched. */
export const aiDeployment = (patch: Record<string, unknown> = {}): Asset => armWireAsset('cognitive-services/deployments', 'cognitive-services/deployment.json', patch);

type Filter = Partial<ContentFilterSetting> & { name: string; source: string };
const RECORDED = wire<{ properties: { contentFilters: Filter[] } }>('azure/cognitive-services/rai-policy.json').properties.contentFilters;

/**
 * The recorded strict content filter (every filter enabled and blocking, harm at Medium) with some
 * filters changed (`'Jailbreak/Prompt': { blocking: false }`, `null` removes it) and other properties patched.
 */
export function aiContentFilter(changes: Record<string, Partial<Filter> | null> = {}, patch: Record<string, unknown> = {}): Asset {
  const contentFilters = RECORDED.flatMap((f) => {
    const change = changes[`${f.name}/${f.source}`];
    if (change === null) return [];
    return [{ ...f, ...change }];
  });
  // `properties: undefined` stands for a record whose body was not read.
  if ('properties' in patch && patch.properties === undefined) return armWireAsset('cognitive-services/rai-policies', 'cognitive-services/rai-policy.json', patch);
  const properties = { ...(patch.properties as Record<string, unknown> | undefined), contentFilters };
  return armWireAsset('cognitive-services/rai-policies', 'cognitive-services/rai-policy.json', { ...patch, properties });
}
