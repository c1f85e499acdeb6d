// Reading Azure OpenAI / AI Services content filters (RAI policies), shared by the rai-policy rules.
// Not a rule: the registry skips files starting with `_`.
import type { RuleMeta, Verdict } from '../../../src/engine/index.js';
import type { Asset } from '../../../src/model/index.js';
import type { Relations } from '../../../src/model/ml-usage.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { recordString, recordValue } from '../../_lib/raw.js';

export const RAI_POLICY = 'Microsoft.CognitiveServices/accounts/raiPolicies';
export const AI_ACCOUNT = 'Microsoft.CognitiveServices/accounts';
export const AI_DEPLOYMENT = 'Microsoft.CognitiveServices/accounts/deployments';
/** The four harm categories every content filter screens, as the API names them. */
export const HARM_CATEGORIES = ['Hate', 'Sexual', 'Violence', 'Selfharm'] as const;
export type FilterSource = 'Prompt' | 'Completion';

/** One entry of `properties.contentFilters`. */
export interface ContentFilterSetting {
  name: string;
  source: string;
  enabled: boolean;
  blocking: boolean;
  severityThreshold?: string;
}

/** The policy's filters; undefined when the record was not read. */
export function contentFilters(asset: Asset): ContentFilterSetting[] | undefined {
  if (recordValue(asset, 'properties') === undefined) return undefined;
  const list = recordValue(asset, 'properties', 'contentFilters');
  return (Array.isArray(list) ? list : []).map((f: Record<string, unknown>) => ({
    name: String(f.name ?? ''),
    source: String(f.source ?? ''),
    enabled: f.enabled === true,
    blocking: f.blocking === true,
    ...(typeof f.severityThreshold === 'string' ? { severityThreshold: f.severityThreshold } : {}),
  }));
}

/** The filter of that name (case-insensitive) on that side, when the policy lists it. */
export function filterFor(filters: readonly ContentFilterSetting[], name: string, source: FilterSource): ContentFilterSetting | undefined {
  return filters.find((f) => f.name.toLowerCase() === name.toLowerCase() && f.source.toLowerCase() === source.toLowerCase());
}

/**
 * A policy matters when a customer wrote it, or when a deployment uses it: the built-in policies
 * every account lists (Microsoft.Default, Microsoft.DefaultV2) are judged only where they are in use.
 */
export function policyInUse(asset: Asset, graph: Relations): boolean {
  return recordString(asset, 'properties', 'type') !== 'SystemManaged' || graph.sources(asset.id, 'filtered-by').length > 0;
}

/** What a content-filter rule finds: the filters that fall short (as `Name (side)`) and the evidence. */
export interface FilterJudgement {
  failing: string[];
  evidence: Record<string, unknown>;
}

/** `Name (side)`, as the messages list a filter. */
export const filterLabel = (f: { name: string; source: string }): string => `${f.name} (${f.source.toLowerCase()})`;

/**
 * A rule on the content filters of a policy in use: unknown when the policy body was not read,
 * fail naming the filters `judge` finds wanting (message placeholder `{{filters}}`), pass otherwise.
 */
export function contentFilterRule<M extends string>(spec: {
  meta: Omit<RuleMeta<M>, 'providers' | 'appliesTo' | 'family'>;
  verdicts: { pass: M; fail: M };
  judge(filters: readonly ContentFilterSetting[]): FilterJudgement;
}) {
  return providerRule<M>({
    meta: { ...spec.meta, family: 'integrity', appliesTo: ['guardrail'] },
    provider: 'azure',
    nativeTypes: [RAI_POLICY],
    applies: (asset, graph) => policyInUse(asset, graph),
    evaluate(asset, ctx): Verdict {
      const filters = contentFilters(asset);
      if (!filters) return ctx.unknown(['raw.properties.contentFilters']);
      const { failing, evidence } = spec.judge(filters);
      return failing.length ? ctx.fail(spec.verdicts.fail, { evidence, data: { filters: failing.join(', ') } }) : ctx.pass(spec.verdicts.pass, { evidence });
    },
  });
}

/**
 * The named filters (each on its side) must be enabled and blocking: the prompt shields and
 * protected-material detection are on/off switches with no severity threshold.
 */
export function shieldRule(spec: { meta: Omit<RuleMeta<'on' | 'off'>, 'providers' | 'appliesTo' | 'family'>; filters: ReadonlyArray<readonly [string, FilterSource]> }) {
  return contentFilterRule<'on' | 'off'>({
    meta: spec.meta,
    verdicts: { pass: 'on', fail: 'off' },
    judge: (filters) => ({
      failing: spec.filters.filter(([name, source]) => {
        const f = filterFor(filters, name, source);
        return !f?.enabled || !f.blocking;
      }).map(([name, source]) => filterLabel({ name, source })),
      evidence: { filters: spec.filters.map(([name, source]) => filterFor(filters, name, source) ?? { name, source, listed: false }) },
    }),
  });
}

/** A harm-category filter (Hate, Sexual, Violence, Selfharm). */
export const isHarmFilter = (f: { name: string }): boolean => HARM_CATEGORIES.some((c) => c.toLowerCase() === f.name.toLowerCase());
