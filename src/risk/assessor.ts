import type { AttackType, Asset, CriticalityTier, Facts, Finding, Likelihood, RuleMeta, Severity, SeverityAdjustment } from '../model/index.js';
import { CRITICALITY_TIERS, SEVERITIES } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
import type { RiskAssessor } from '../engine/engine.js';
import { createDataTags, type DataTag, type DataTags } from '../engine/data-tags.js';
import { RiskConfigSchema, type ResolvedRiskConfig, type RiskConfig } from './config.js';
import { effectiveSeverity } from './matrix.js';
import { attackTypesOf, type AttackTypeEntry } from './attack-types.js';
import { findToxicPaths, type ToxicPath } from './toxic-paths.js';

/** Facts that mean someone on the internet can reach the asset (inbound; outbound access is not exposure). */
export const EXPOSURE_FACTS = ['publicNetworkAccess', 'publicRead', 'publicWrite', 'publicIp', 'ingressOpenToInternet', 'adminPortsOpenToInternet'] as const;

/** What the assessor needs of the rule that produced a finding. */
export type RiskRuleInfo = Pick<RuleMeta, 'id' | 'family' | 'concern'>;

/**
 * Severity from seeds/000 section 3: the criticality tier of 3.1 (what the asset holds or serves,
 * from tags, its containers and its model's training data), the likelihood of 3.2 (reachable from
 * the internet, or private and logged; each exposure counted once per finding), the configured
 * matrix, and critical reserved for base-critical rules and proven toxic paths. Tiers, exposure
 * and toxic paths are computed once per asset and scan; a likelihood once per asset and counted
 * exposure (a scan asks for tens of thousands of failing findings on far fewer assets).
 */
export function createRiskAssessor(graph: GraphView, config?: RiskConfig): RiskAssessor {
  const c = RiskConfigSchema.parse(config ?? {});
  const lower = (list: readonly string[]) => new Set(list.map((v) => v.toLowerCase()));
  // The classification tags are read as the rules read them: one definition, the configured keys.
  const keys = { classificationKeys: c.classificationKeys, ownerKeys: c.ownerKeys };
  const tags = createDataTags(graph, { ...keys, sensitiveValues: [...c.sensitiveValues, ...c.criticalDataValues] });
  const criticalData = createDataTags(graph, { ...keys, sensitiveValues: c.criticalDataValues });
  const ctx: TierContext = { graph, tags, criticalData, c, values: { public: lower(c.publicValues), production: lower(c.productionValues), nonProduction: lower(c.nonProductionValues) } };
  const assets = new Map<string, AssetRisk>();
  const riskOf = (asset: Asset): AssetRisk => {
    let risk = assets.get(asset.id);
    // Another object under a known id gets its own exposure but keeps the tier the id was first
    // given, as the separate per-id tier memo before this one did.
    if (!risk || risk.asset !== asset) assets.set(asset.id, (risk = assetRisk(ctx, asset, risk)));
    return risk;
  };
  const attackTypes = attackTypeLists();
  const plain = { config: c };
  const onToxicPath = { config: c, toxic: true };
  let toxic: ReadonlyMap<string, ToxicPath> | undefined;
  /** A raise to high that could go on to critical: only on a proven toxic path, by a finding that enables an attack on it. */
  const toxicOrCapped = (asset: Asset, enabled: readonly AttackType[] | undefined): { reason: string; path?: ToxicPath } => {
    toxic ??= findToxicPaths(graph, tags, EXPOSURE_FACTS);
    const path = toxic.get(asset.id);
    if (path && enabled?.length) {
      return { reason: `on a proven toxic path ${path.names.join(' → ')} (${path.reachable}; ${path.sensitive}; this finding enables ${enabled.join(', ')}) → critical allowed`, path };
    }
    return { reason: `capped at high: critical is reserved for base-critical rules and proven toxic paths${path ? ' (this finding enables no attack type on its path)' : ''}` };
  };
  return {
    assess(base: Severity, asset: Asset, finding: Finding, rule?: RiskRuleInfo) {
      const risk = riskOf(asset);
      const { criticality } = risk;
      const [likelihood, how] = likelihoodOf(risk, countedExposure(finding, rule));
      const enabled = rule ? attackTypes(rule) : undefined;
      let severity = effectiveSeverity(base, criticality, likelihood, plain);
      let adjustment: SeverityAdjustment;
      if (base !== 'critical' && severity === 'high' && effectiveSeverity(base, criticality, likelihood, onToxicPath) === 'critical') {
        const { reason, path } = toxicOrCapped(asset, enabled);
        if (path) severity = 'critical';
        adjustment = { base, criticality, likelihood, reasons: [risk.why, how, reason, RESULT_REASONS[base][severity]] };
        if (path) adjustment.toxicPath = path.ids;
      } else {
        // The reasons built whole: most findings take this branch, and a pushed-to array grows (and is copied) on the way.
        adjustment = { base, criticality, likelihood, reasons: [risk.why, how, RESULT_REASONS[base][severity]] };
      }
      return enabled ? { severity, adjustment, attackTypes: enabled } : { severity, adjustment };
    },
  };
}

/** The last reason of every adjustment, by base and effective severity: a handful of strings, not one per finding. */
const RESULT_REASONS = Object.fromEntries(
  SEVERITIES.map((base) => [base, Object.fromEntries(SEVERITIES.map((to) => [to, `result: ${base === to ? `${base} unchanged` : `${base} → ${to}`}`]))]),
) as Record<Severity, Record<Severity, string>>;

/**
 * The attack types a rule enables, one array per entry of the attack-type table and scan. The
 * findings of a scan share it: the engine and every report only read `finding.attackTypes`
 * (findings-view copies it). A copy per scan, so the table itself is never handed out.
 */
function attackTypeLists(): (rule: RiskRuleInfo) => AttackType[] {
  const lists = new Map<AttackTypeEntry, AttackType[]>();
  return (rule) => {
    const entry = attackTypesOf(rule);
    let list = lists.get(entry);
    if (!list) lists.set(entry, (list = [...entry.attackTypes]));
    return list;
  };
}

type LikelihoodAnswer = readonly [Likelihood, string];

/** What the assessor keeps of an asset: all that does not depend on the finding. */
interface AssetRisk {
  asset: Asset;
  criticality: CriticalityTier;
  /** Why the tier, the first reason of every adjustment on the asset. */
  why: string;
  /** Exposure facts true on the asset or a direct container, in the order likelihood reads them. */
  exposures: readonly Exposure[];
  /** The likelihood when nothing is exposed (then no finding can count anything). */
  unexposed: LikelihoodAnswer | undefined;
  /** Likelihoods answered so far, by counted-exposure signature (`countedExposure`). */
  byCounted: Map<number, LikelihoodAnswer> | undefined;
}

/** An exposure fact that is true: its bit in a counted-exposure signature, and how a reason names it. */
interface Exposure {
  bit: number;
  said: string;
}

function assetRisk(x: TierContext, asset: Asset, known: AssetRisk | undefined): AssetRisk {
  const [criticality, why] = known ? [known.criticality, known.why] : criticalityOf(x, asset);
  // The asset and its direct containers, whose exposure counts as its own.
  const containers = x.graph.sources(asset.id, 'contains');
  let exposures: Exposure[] | undefined;
  for (let h = -1; h < containers.length; h++) {
    const holder = h < 0 ? asset : containers[h]!;
    for (let i = 0; i < EXPOSURE_FACTS.length; i++) {
      const fact = EXPOSURE_FACTS[i]!;
      if (holder.facts[fact] === true) (exposures ??= []).push({ bit: 1 << i, said: `${whose(holder, asset)}${fact}=true` });
    }
  }
  if (exposures) return { asset, criticality, why, exposures, unexposed: undefined, byCounted: undefined };
  return { asset, criticality, why, exposures: NOTHING_EXPOSED, unexposed: unexposedLikelihood(asset, [asset, ...containers]), byCounted: undefined };
}

const NOTHING_EXPOSED: readonly Exposure[] = [];

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
  const { tags, c, values } = x;
  const said = (tag: DataTag) => `${whose(x.graph.get(tag.holder) ?? asset, asset)}tag ${tag.key}=${tag.value}`;
  const data = dataTier(x, asset);
  const dataTag: [CriticalityTier, string] | undefined = data && [data[0], `${said(data[1])} (${data[0] === 'critical' ? 'critical' : 'sensitive'} data) → tier ${data[0]}`];
  const declaredTag = tags.find(asset, c.criticalityKeys);
  const declaredTier = declaredTag && CRITICALITY_TIERS.find((t) => c.criticalityValues[t].some((v) => v.toLowerCase() === declaredTag.value.toLowerCase()));
  const declared: [CriticalityTier, string] | undefined = declaredTag && declaredTier ? [declaredTier, `${said(declaredTag)} → tier ${declaredTier}`] : undefined;
  if (dataTag && declared) return rank(declared[0]) < rank(dataTag[0]) ? declared : dataTag;
  if (dataTag ?? declared) return (dataTag ?? declared)!;
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
 * Critical or sensitive data, and its label. Critical values are among the sensitive ones (`tags`
 * reads both), so one walk settles most assets: no sensitive label means no critical one, and a
 * first sensitive label that is critical is also the first critical label.
 */
function dataTier(x: TierContext, asset: Asset): ['critical' | 'high', DataTag] | undefined {
  const sensitive = x.tags.sensitive(asset);
  if (!sensitive) return undefined;
  const critical = x.criticalData.isSensitive(sensitive) ? sensitive : x.criticalData.sensitive(asset);
  return critical ? ['critical', critical] : ['high', sensitive];
}

/** The signature bit of an exposure-family finding: it counts every exposure fact. */
const ALL_COUNTED = 1 << EXPOSURE_FACTS.length;

/**
 * Exposure the finding itself already counts (seeds/000 3.2 without double counting): every
 * exposure fact for an exposure-family finding, else the exposure facts its evidence names as
 * true; as bits (`ALL_COUNTED`, or bit i for EXPOSURE_FACTS[i]), a memo key that costs nothing.
 */
function countedExposure(finding: Finding, rule: RiskRuleInfo | undefined): number {
  if (rule?.family === 'exposure') return ALL_COUNTED;
  const evidence = finding.evidence;
  let counted = 0;
  if (!evidence) return counted;
  for (let i = 0; i < EXPOSURE_FACTS.length; i++) if (evidence[EXPOSURE_FACTS[i]!] === true) counted |= 1 << i;
  return counted;
}

/** Reachable from the internet (own or a container's exposure fact, not already counted), or private and logged. */
function likelihoodOf(risk: AssetRisk, counted: number): LikelihoodAnswer {
  if (risk.unexposed) return risk.unexposed;
  risk.byCounted ??= new Map();
  let answer = risk.byCounted.get(counted);
  if (!answer) risk.byCounted.set(counted, (answer = exposedLikelihood(risk.exposures, counted)));
  return answer;
}

/** The first exposure not counted makes it high; when the finding counts them all, medium. */
function exposedLikelihood(exposures: readonly Exposure[], counted: number): LikelihoodAnswer {
  let skipped: string | undefined;
  for (const { bit, said } of exposures) {
    if (counted & (bit | ALL_COUNTED)) {
      skipped ??= said;
      continue;
    }
    return ['high', `${said} → likelihood high`];
  }
  const by = counted & ALL_COUNTED ? 'this exposure finding' : "this finding's evidence";
  return ['medium', `${skipped} is already counted by ${by} → not counted again, likelihood medium`];
}

/** Nothing reachable: private and logged is low, anything less shown medium. */
function unexposedLikelihood(asset: Asset, scope: readonly Asset[]): LikelihoodAnswer {
  const network = nearest(scope, 'publicNetworkAccess');
  const logging = nearest(scope, 'loggingEnabled');
  if (network?.facts.publicNetworkAccess === false && logging?.facts.loggingEnabled === true) {
    if (network.id === asset.id && logging.id === asset.id) return PRIVATE_AND_LOGGED;
    return ['low', `${whose(network, asset)}publicNetworkAccess=false and ${whose(logging, asset)}loggingEnabled=true → likelihood low`];
  }
  return network?.facts.publicNetworkAccess === false ? PRIVATE_NOT_LOGGED : NOT_SHOWN_PRIVATE;
}

// The answers that name no container, shared by every asset that gets them (answers are only read).
const PRIVATE_AND_LOGGED: LikelihoodAnswer = ['low', 'publicNetworkAccess=false and loggingEnabled=true → likelihood low'];
const PRIVATE_NOT_LOGGED: LikelihoodAnswer = ['medium', 'not shown reachable from the internet, but logging not shown on → likelihood medium'];
const NOT_SHOWN_PRIVATE: LikelihoodAnswer = ['medium', 'not shown reachable from the internet, but not shown private → likelihood medium'];

function nearest(scope: readonly Asset[], fact: keyof Facts): Asset | undefined {
  return scope.find((a) => a.facts[fact] !== undefined);
}

/** "" for the asset itself, "workspace ws-prod: " for another asset, so reasons read as a path. */
function whose(holder: Asset, subject: Asset): string {
  return holder.id === subject.id ? '' : `${holder.kind} ${holder.name}: `;
}
