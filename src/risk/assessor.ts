import type { Asset, CriticalityTier, Facts, Finding, Likelihood, RuleMeta, Severity } from '../model/index.js';
import { CRITICALITY_TIERS } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
import type { RiskAssessor } from '../engine/engine.js';
import { createDataTags, type DataTag, type DataTags } from '../engine/data-tags.js';
import { RiskConfigSchema, type ResolvedRiskConfig, type RiskConfig } from './config.js';
import { effectiveSeverity } from './matrix.js';
import { attackTypesOf } from './attack-types.js';
import { findToxicPaths, type ToxicPath } from './toxic-paths.js';

/** Facts that mean someone on the internet can reach the asset (inbound; outbound access is not exposure). */
export const EXPOSURE_FACTS = ['publicNetworkAccess', 'publicRead', 'publicWrite', 'publicIp', 'ingressOpenToInternet', 'adminPortsOpenToInternet'] as const;

/** What the assessor needs of the rule that produced a finding. */
export type RiskRuleInfo = Pick<RuleMeta, 'id' | 'family' | 'concern'>;

/**
 * Severity from seeds/000 section 3: the criticality tier of 3.1 (what the asset holds or serves,
 * from tags, its containers and its model's training data), the likelihood of 3.2 (reachable from
 * the internet, or private and logged; each exposure counted once per finding), the configured
 * matrix, and critical reserved for base-critical rules and proven toxic paths. Tiers and toxic
 * paths are computed once per asset and scan.
 */
export function createRiskAssessor(graph: GraphView, config?: RiskConfig): RiskAssessor {
  const c = RiskConfigSchema.parse(config ?? {});
  const lower = (list: readonly string[]) => new Set(list.map((v) => v.toLowerCase()));
  // The classification tags are read as the rules read them: one definition, the configured keys.
  const keys = { classificationKeys: c.classificationKeys, ownerKeys: c.ownerKeys };
  const tags = createDataTags(graph, { ...keys, sensitiveValues: [...c.sensitiveValues, ...c.criticalDataValues] });
  const criticalData = createDataTags(graph, { ...keys, sensitiveValues: c.criticalDataValues });
  const ctx: TierContext = { graph, tags, criticalData, c, values: { public: lower(c.publicValues), production: lower(c.productionValues), nonProduction: lower(c.nonProductionValues) } };
  const tiers = new Map<string, [CriticalityTier, string]>();
  const tierOf = (asset: Asset) => {
    let tier = tiers.get(asset.id);
    if (!tier) tiers.set(asset.id, (tier = criticalityOf(ctx, asset)));
    return tier;
  };
  // The asset and its direct containers, whose exposure counts as its own; once per asset.
  const scopes = new Map<string, readonly Asset[]>();
  const scopeOf = (asset: Asset) => {
    let scope = scopes.get(asset.id);
    if (!scope || scope[0] !== asset) scopes.set(asset.id, (scope = [asset, ...graph.sources(asset.id, 'contains')]));
    return scope;
  };
  let toxic: ReadonlyMap<string, ToxicPath> | undefined;
  return {
    assess(base: Severity, asset: Asset, finding: Finding, rule?: RiskRuleInfo) {
      const [criticality, why] = tierOf(asset);
      const [likelihood, how] = likelihoodOf(asset, scopeOf(asset), countedExposure(finding, rule));
      const attackTypes = rule ? [...attackTypesOf(rule).attackTypes] : undefined;
      const reasons = [why, how];
      let severity = effectiveSeverity(base, criticality, likelihood, { config: c });
      let toxicPath: string[] | undefined;
      if (base !== 'critical' && severity === 'high' && effectiveSeverity(base, criticality, likelihood, { config: c, toxic: true }) === 'critical') {
        toxic ??= findToxicPaths(graph, tags, EXPOSURE_FACTS);
        const path = toxic.get(asset.id);
        if (path && attackTypes?.length) {
          severity = 'critical';
          toxicPath = path.ids;
          reasons.push(`on a proven toxic path ${path.names.join(' → ')} (${path.reachable}; ${path.sensitive}; this finding enables ${attackTypes.join(', ')}) → critical allowed`);
        } else {
          reasons.push(`capped at high: critical is reserved for base-critical rules and proven toxic paths${path ? ' (this finding enables no attack type on its path)' : ''}`);
        }
      }
      reasons.push(`result: ${severity === base ? `${base} unchanged` : `${base} → ${severity}`}`);
      return {
        severity,
        adjustment: { base, criticality, likelihood, reasons, ...(toxicPath ? { toxicPath } : {}) },
        ...(attackTypes ? { attackTypes } : {}),
      };
    },
  };
}

interface TierContext {
  graph: GraphView;
  /** Sensitive or critical data labels. */
  tags: DataTags;
  /** Critical-tier data labels only. */
  criticalData: DataTags;
  c: ResolvedRiskConfig;
  values: { public: ReadonlySet<string>; production: ReadonlySet<string>; nonProduction: ReadonlySet<string> };
}

const rank = (tier: CriticalityTier) => CRITICALITY_TIERS.indexOf(tier);

/**
 * The tier of seeds/000 3.1: the data (own, containers', training data's) and a declared
 * business criticality first, the higher of the two; then the environment; then public data.
 */
function criticalityOf(x: TierContext, asset: Asset): [CriticalityTier, string] {
  const { tags, criticalData, c, values } = x;
  const said = (tag: DataTag) => `${whose(x.graph.get(tag.holder) ?? asset, asset)}tag ${tag.key}=${tag.value}`;
  const data: [CriticalityTier, string] | undefined = ((): [CriticalityTier, string] | undefined => {
    const critical = criticalData.sensitive(asset);
    if (critical) return ['critical', `${said(critical)} (critical data) → tier critical`];
    const sensitive = tags.sensitive(asset);
    return sensitive ? ['high', `${said(sensitive)} (sensitive data) → tier high`] : undefined;
  })();
  const declaredTag = tags.find(asset, c.criticalityKeys);
  const declaredTier = declaredTag && CRITICALITY_TIERS.find((t) => c.criticalityValues[t].some((v) => v.toLowerCase() === declaredTag.value.toLowerCase()));
  const declared: [CriticalityTier, string] | undefined = declaredTag && declaredTier ? [declaredTier, `${said(declaredTag)} → tier ${declaredTier}`] : undefined;
  if (data && declared) return rank(declared[0]) < rank(data[0]) ? declared : data;
  if (data ?? declared) return (data ?? declared)!;
  const env = tags.find(asset, c.environmentKeys);
  const envValue = env?.value.toLowerCase() ?? '';
  if (env && values.production.has(envValue)) return ['medium', `${said(env)} (production, no sensitive-data or criticality tag) → tier medium`];
  // Only the asset's own classification (or its containers') can say its data is public, not its training data's.
  const own = tags.find(asset, c.classificationKeys);
  const isPublic = own !== undefined && values.public.has(own.value.toLowerCase());
  if (env && values.nonProduction.has(envValue)) {
    return isPublic ? ['info', `${said(env)} and ${said(own!)} (public data, not production) → tier info`] : ['low', `${said(env)} (not production, no sensitive-data tag) → tier low`];
  }
  if (isPublic) return ['info', `${said(own!)} (public data, not production) → tier info`];
  if (env) return ['medium', `${said(env)} is neither a production nor a non-production value → tier medium`];
  return ['medium', 'no sensitive-data, criticality, environment or public-data tag → tier medium'];
}

/**
 * Exposure the finding itself already counts (seeds/000 3.2 without double counting): every
 * exposure fact for an exposure-family finding, else the exposure facts its evidence names as true.
 */
function countedExposure(finding: Finding, rule: RiskRuleInfo | undefined): ReadonlySet<string> | 'all' {
  if (rule?.family === 'exposure') return 'all';
  const evidence = finding.evidence ?? {};
  return new Set(EXPOSURE_FACTS.filter((f) => evidence[f] === true));
}

/** Reachable from the internet (own or a container's exposure fact, not already counted), or private and logged. */
function likelihoodOf(asset: Asset, scope: readonly Asset[], counted: ReadonlySet<string> | 'all'): [Likelihood, string] {
  let skipped: string | undefined;
  for (const holder of scope) {
    for (const fact of EXPOSURE_FACTS) {
      if (holder.facts[fact] !== true) continue;
      if (counted === 'all' || counted.has(fact)) {
        skipped ??= `${whose(holder, asset)}${fact}=true`;
        continue;
      }
      return ['high', `${whose(holder, asset)}${fact}=true → likelihood high`];
    }
  }
  if (skipped) {
    const by = counted === 'all' ? 'this exposure finding' : "this finding's evidence";
    return ['medium', `${skipped} is already counted by ${by} → not counted again, likelihood medium`];
  }
  const network = nearest(scope, 'publicNetworkAccess');
  const logging = nearest(scope, 'loggingEnabled');
  if (network?.facts.publicNetworkAccess === false && logging?.facts.loggingEnabled === true) {
    return ['low', `${whose(network, asset)}publicNetworkAccess=false and ${whose(logging, asset)}loggingEnabled=true → likelihood low`];
  }
  const missing = network?.facts.publicNetworkAccess === false ? 'logging not shown on' : 'not shown private';
  return ['medium', `not shown reachable from the internet, but ${missing} → likelihood medium`];
}

function nearest(scope: readonly Asset[], fact: keyof Facts): Asset | undefined {
  return scope.find((a) => a.facts[fact] !== undefined);
}

/** "" for the asset itself, "workspace ws-prod: " for another asset, so reasons read as a path. */
function whose(holder: Asset, subject: Asset): string {
  return holder.id === subject.id ? '' : `${holder.kind} ${holder.name}: `;
}
