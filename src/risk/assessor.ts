import type { Asset, Facts } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
import type { RiskAssessor } from '../engine/engine.js';
import { createDataTags, type DataTag, type DataTags } from '../engine/data-tags.js';
import { RiskConfigSchema, type ResolvedRiskConfig, type RiskConfig } from './config.js';
import { effectiveSeverity, type RiskLevel } from './matrix.js';

/** Facts that mean someone on the internet can reach the asset (inbound; outbound access is not exposure). */
const EXPOSURE_FACTS = ['publicNetworkAccess', 'publicRead', 'publicWrite', 'publicIp', 'ingressOpenToInternet', 'adminPortsOpenToInternet'] as const;

interface Profile {
  criticality: RiskLevel;
  likelihood: RiskLevel;
  reasons: string[];
}

/**
 * Severity from seeds/000 section 3: criticality (what the asset holds or serves, from tags, its
 * containers and its model's training data) and likelihood (reachable from the internet, or
 * private and logged). Profiles are cached per asset: the engine asks once per failing finding.
 */
export function createRiskAssessor(graph: GraphView, config?: RiskConfig): RiskAssessor {
  const c = RiskConfigSchema.parse(config ?? {});
  // The classification and owner tags are read as the rules read them: one definition, the configured keys.
  const tags = createDataTags(graph, { classificationKeys: c.classificationKeys, sensitiveValues: c.sensitiveValues, ownerKeys: c.ownerKeys });
  const values = valueSets(c);
  const profiles = new Map<string, Profile>();
  const profileOf = (asset: Asset): Profile => {
    let profile = profiles.get(asset.id);
    if (!profile) profiles.set(asset.id, (profile = profileFor(graph, tags, values, c, asset)));
    return profile;
  };
  return {
    assess(base, asset) {
      const p = profileOf(asset);
      const severity = effectiveSeverity(base, p.criticality, p.likelihood);
      const result = severity === base ? `${base} unchanged` : `${base} → ${severity}`;
      return {
        severity,
        adjustment: { base, criticality: p.criticality, likelihood: p.likelihood, reasons: [...p.reasons, `result: ${result}`] },
      };
    },
  };
}

/** The configured tag values, lower-cased (tag values compare case-insensitively). */
interface ValueSets {
  publicData: ReadonlySet<string>;
  production: ReadonlySet<string>;
  nonProduction: ReadonlySet<string>;
}

function valueSets(c: ResolvedRiskConfig): ValueSets {
  const lower = (list: readonly string[]) => new Set(list.map((v) => v.toLowerCase()));
  return { publicData: lower(c.publicValues), production: lower(c.productionValues), nonProduction: lower(c.nonProductionValues) };
}

function profileFor(graph: GraphView, tags: DataTags, values: ValueSets, c: ResolvedRiskConfig, asset: Asset): Profile {
  const [criticality, why] = criticalityOf(graph, tags, values, c, asset);
  // The container (a workspace around its compute, endpoints and models) speaks for what it holds.
  const [likelihood, how] = likelihoodOf(asset, [asset, ...graph.sources(asset.id, 'contains')]);
  return { criticality, likelihood, reasons: [why, how] };
}

/** Sensitive data first (own, containers', training data's), then the environment, then public data. */
function criticalityOf(graph: GraphView, tags: DataTags, values: ValueSets, c: ResolvedRiskConfig, asset: Asset): [RiskLevel, string] {
  const said = (tag: DataTag) => `${whose(graph.get(tag.holder) ?? asset, asset)}tag ${tag.key}=${tag.value}`;
  const secret = tags.sensitive(asset);
  if (secret) return ['high', `${said(secret)} → criticality high`];
  const env = tags.find(asset, c.environmentKeys);
  const envValue = env?.value.toLowerCase() ?? '';
  if (env && values.production.has(envValue)) return ['high', `${said(env)} (production) → criticality high`];
  if (env && values.nonProduction.has(envValue)) return ['low', `${said(env)} (not production, no sensitive-data tag) → criticality low`];
  // Only the asset's own classification (or its containers') can say its data is public, not its training data's.
  const own = tags.find(asset, c.classificationKeys);
  if (own && values.publicData.has(own.value.toLowerCase())) return ['low', `${said(own)} (public data, not production) → criticality low`];
  if (env) return ['normal', `${said(env)} is neither a production nor a non-production value → criticality normal`];
  return ['normal', 'no sensitive-data, environment or public-data tag → criticality normal'];
}

/** Reachable from the internet (own or a container's exposure fact), or private and logged. */
function likelihoodOf(asset: Asset, scope: readonly Asset[]): [RiskLevel, string] {
  for (const holder of scope) {
    const fact = EXPOSURE_FACTS.find((f) => holder.facts[f] === true);
    if (fact) return ['high', `${whose(holder, asset)}${fact}=true → likelihood high`];
  }
  const network = nearest(scope, 'publicNetworkAccess');
  const logging = nearest(scope, 'loggingEnabled');
  if (network?.facts.publicNetworkAccess === false && logging?.facts.loggingEnabled === true) {
    return ['low', `${whose(network, asset)}publicNetworkAccess=false and ${whose(logging, asset)}loggingEnabled=true → likelihood low`];
  }
  const missing = network?.facts.publicNetworkAccess === false ? 'logging not shown on' : 'not shown private';
  return ['normal', `not shown reachable from the internet, but ${missing} → likelihood normal`];
}

function nearest(scope: readonly Asset[], fact: keyof Facts): Asset | undefined {
  return scope.find((a) => a.facts[fact] !== undefined);
}

/** "" for the asset itself, "workspace ws-prod: " for another asset, so reasons read as a path. */
function whose(holder: Asset, subject: Asset): string {
  return holder.id === subject.id ? '' : `${holder.kind} ${holder.name}: `;
}
