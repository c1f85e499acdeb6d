import type { Asset, AssetKind, Facts } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
import type { RiskAssessor } from '../engine/engine.js';
import { RiskConfigSchema, type RiskConfig } from './config.js';
import { effectiveSeverity, type RiskLevel } from './matrix.js';

/** Facts that mean someone on the internet can reach the asset (inbound; outbound access is not exposure). */
const EXPOSURE_FACTS = ['publicNetworkAccess', 'publicRead', 'publicWrite', 'publicIp', 'ingressOpenToInternet', 'adminPortsOpenToInternet'] as const;

/** Kinds whose sensitivity is that of the data their model was trained on. */
const SERVES_A_MODEL: ReadonlySet<AssetKind> = new Set(['endpoint', 'deployment', 'model', 'model-version']);

interface Profile {
  criticality: RiskLevel;
  likelihood: RiskLevel;
  reasons: string[];
}

interface Tag {
  holder: Asset;
  key: string;
  value: string;
}

/**
 * Severity from seeds/000 section 3: criticality (what the asset holds or serves, from tags, its
 * container and its model's training data) and likelihood (reachable from the internet, or
 * private and logged). Profiles are cached per asset: the engine asks once per failing finding.
 */
export function createRiskAssessor(graph: GraphView, config?: RiskConfig): RiskAssessor {
  const c = RiskConfigSchema.parse(config ?? {});
  const lower = (values: readonly string[]) => new Set(values.map((v) => v.toLowerCase()));
  const classificationKeys = lower(c.classificationKeys);
  const environmentKeys = lower(c.environmentKeys);
  const sensitive = lower(c.sensitiveValues);
  const publicData = lower(c.publicValues);
  const production = lower(c.productionValues);
  const nonProduction = lower(c.nonProductionValues);
  const profiles = new Map<string, Profile>();

  /** Tags of `holders` under one of `keys`, nearest holder first. */
  const tagsOf = (holders: readonly Asset[], keys: ReadonlySet<string>): Tag[] => {
    const out: Tag[] = [];
    for (const holder of holders) {
      for (const [key, value] of Object.entries(holder.tags)) if (keys.has(key.toLowerCase())) out.push({ holder, key, value });
    }
    return out;
  };

  const criticalityOf = (asset: Asset, scope: readonly Asset[]): [RiskLevel, string] => {
    const own = tagsOf(scope, classificationKeys);
    const inherited = SERVES_A_MODEL.has(asset.kind) ? tagsOf(trainingData(graph, asset), classificationKeys) : [];
    const secret = [...own, ...inherited].find((t) => sensitive.has(t.value.toLowerCase()));
    if (secret) return ['high', `${said(secret, asset)} → criticality high`];
    const env = tagsOf(scope, environmentKeys)[0];
    const envValue = env?.value.toLowerCase() ?? '';
    if (env && production.has(envValue)) return ['high', `${said(env, asset)} (production) → criticality high`];
    if (env && nonProduction.has(envValue)) return ['low', `${said(env, asset)} (not production, no sensitive-data tag) → criticality low`];
    // Only the asset's own classification (or its container's) can say its data is public.
    const open = own[0] && publicData.has(own[0].value.toLowerCase()) ? own[0] : undefined;
    if (open) return ['low', `${said(open, asset)} (public data, not production) → criticality low`];
    if (env) return ['normal', `${said(env, asset)} is neither a production nor a non-production value → criticality normal`];
    return ['normal', 'no sensitive-data, environment or public-data tag → criticality normal'];
  };

  const likelihoodOf = (asset: Asset, scope: readonly Asset[]): [RiskLevel, string] => {
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
  };

  const profileOf = (asset: Asset): Profile => {
    const cached = profiles.get(asset.id);
    if (cached) return cached;
    // The container (a workspace around its compute, endpoints and models) speaks for what it holds.
    const scope = [asset, ...graph.sources(asset.id, 'contains')];
    const [criticality, why] = criticalityOf(asset, scope);
    const [likelihood, how] = likelihoodOf(asset, scope);
    const profile = { criticality, likelihood, reasons: [why, how] };
    profiles.set(asset.id, profile);
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

/** Datasets, datastores and storage behind the model an endpoint, deployment or model stands for. */
function trainingData(graph: GraphView, asset: Asset): Asset[] {
  const lineage = graph.lineage(asset.id);
  return [...lineage.trainingSources, ...lineage.storage];
}

function nearest(scope: readonly Asset[], fact: keyof Facts): Asset | undefined {
  return scope.find((a) => a.facts[fact] !== undefined);
}

/** "" for the asset itself, "workspace ws-prod: " for another asset, so reasons read as a path. */
function whose(holder: Asset, subject: Asset): string {
  return holder.id === subject.id ? '' : `${holder.kind} ${holder.name}: `;
}

function said(tag: Tag, subject: Asset): string {
  return `${whose(tag.holder, subject)}tag ${tag.key}=${tag.value}`;
}
