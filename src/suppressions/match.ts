import type { Asset, Finding } from '../model/index.js';
import { globMatcher, type GlobMatcher } from './glob.js';
import { ruleMatcher, type Suppression } from './load.js';

/** Does a suppression cover a finding? `asset` is the finding's asset, when the inventory holds it. */
export type SuppressionTest = (finding: Finding, asset: Asset | undefined) => boolean;

/**
 * Every selector given must match (rule AND assets AND accounts AND tags AND fingerprints); within
 * a list any one entry may match; every tag given must be on the asset. A selector left out
 * matches everything. Azure ids, subscription ids and tag keys compare case-insensitively, as
 * Azure itself treats them; AWS ones exactly.
 */
export function suppressionTest(suppression: Suppression): SuppressionTest {
  const rule = ruleMatcher(suppression.rule);
  const assets = anyOf(suppression.assets);
  const accounts = anyOf(suppression.accounts);
  const tags = tagTest(suppression.tags);
  const fingerprints = suppression.fingerprints?.map((f) => f.slice(f.lastIndexOf('/') + 1));
  return (finding, asset) => {
    const azure = finding.provider === 'azure';
    return (
      rule(finding.ruleId) &&
      (assets?.(finding.assetId, azure) ?? true) &&
      (accounts?.(finding.account, azure) ?? true) &&
      (fingerprints?.some((prefix) => finding.fingerprint.slice(finding.fingerprint.lastIndexOf('/') + 1).startsWith(prefix)) ?? true) &&
      (tags?.(asset) ?? true)
    );
  };
}

type CasedTest = (value: string, caseInsensitive: boolean) => boolean;

function anyOf(patterns: readonly string[] | undefined): CasedTest | undefined {
  if (!patterns) return undefined;
  const exact = patterns.map((p) => globMatcher(p));
  const folded = patterns.map((p) => globMatcher(p, { caseInsensitive: true }));
  return (value, caseInsensitive) => (caseInsensitive ? folded : exact).some((matches) => matches(value));
}

/** Tags are read from the asset; a finding whose asset is not in the inventory has no visible tags, so it does not match. */
function tagTest(tags: Readonly<Record<string, string>> | undefined): ((asset: Asset | undefined) => boolean) | undefined {
  if (!tags) return undefined;
  const wanted: [string, GlobMatcher][] = Object.entries(tags).map(([key, value]) => [key, globMatcher(value, { anySeparator: true })]);
  return (asset) => {
    if (!asset) return false;
    const azure = asset.provider === 'azure';
    return wanted.every(([key, value]) => {
      const actual = azure ? tagValueIgnoringCase(asset.tags, key) : Object.hasOwn(asset.tags, key) ? asset.tags[key] : undefined;
      return actual !== undefined && value(actual);
    });
  };
}

function tagValueIgnoringCase(tags: Readonly<Record<string, string>>, key: string): string | undefined {
  if (Object.hasOwn(tags, key)) return tags[key];
  const lower = key.toLowerCase();
  const found = Object.keys(tags).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : tags[found];
}
