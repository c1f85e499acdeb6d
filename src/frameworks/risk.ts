import { z } from 'zod';
import type { Asset, RiskMatrix, Severity, SeverityAdjustment } from '../model/index.js';
import { shiftSeverity, severityRank } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
import type { RiskAssessor } from '../engine/engine.js';

const list = (description: string) => z.array(z.string().min(1)).describe(description);

/** Which tags say how critical an asset is (seeds/000 section 3.1). Values compare case-insensitively. */
export const RiskConfigSchema = z
  .object({
    classificationKeys: list('Tag keys that hold the data classification').default([
      'data-classification',
      'DataClassification',
      'dataClassification',
      'data_classification',
      'classification',
      'Classification',
    ]),
    sensitiveValues: list('Classification values that make an asset critical (sensitive, personal or regulated data)').default([
      'confidential',
      'highly-confidential',
      'restricted',
      'secret',
      'sensitive',
      'pii',
      'phi',
      'pci',
    ]),
    publicValues: list('Classification values for data that is public anyway').default(['public']),
    environmentKeys: list('Tag keys that hold the environment').default(['environment', 'Environment', 'env', 'Env', 'stage', 'Stage']),
    productionValues: list('Environment values that mean production').default(['prod', 'production', 'prd', 'live']),
    nonProductionValues: list('Environment values that mean not production').default(['dev', 'development', 'test', 'testing', 'sandbox', 'experiment', 'lab']),
  })
  .strict()
  .describe('Risk model: tags that set asset criticality');
export type RiskConfig = z.input<typeof RiskConfigSchema>;
type ResolvedRiskConfig = z.output<typeof RiskConfigSchema>;

export const DEFAULT_RISK_CONFIG: ResolvedRiskConfig = RiskConfigSchema.parse({});

type Level = SeverityAdjustment['criticality'];
const STEP: Record<Level, number> = { high: 1, normal: 0, low: -1 };

/** Criticality and likelihood move a finding at most two steps up and one step down; never below low. */
const MAX_RAISE = 2;
const MAX_LOWER = 1;
const FLOOR: Severity = 'low';

export function riskMatrix(config?: RiskConfig): RiskMatrix {
  const c = RiskConfigSchema.parse(config ?? {});
  return {
    criticalityTags: Object.fromEntries(c.classificationKeys.map((k) => [k, c.sensitiveValues])),
    productionTags: Object.fromEntries(c.environmentKeys.map((k) => [k, c.productionValues])),
    rules: [
      'Only failing findings are adjusted; pass, unknown and error keep the rule base severity.',
      `Criticality high: the asset, its workspace, or the data its model was trained on is tagged ${c.sensitiveValues.join('/')}; or the asset is production (${c.productionValues.join('/')}).`,
      `Criticality low: tagged non-production (${c.nonProductionValues.join('/')}) and not sensitive. Otherwise normal.`,
      'Likelihood high: reachable from the internet (public network access, public read/write, public IP, open ingress, direct internet access), itself or through its workspace.',
      'Likelihood low: public network access is off and logging is on. Otherwise normal.',
      `Effective severity = base + 1 per high, − 1 per low; at most +${MAX_RAISE} and −${MAX_LOWER} steps, never below ${FLOOR} (a base of info stays info).`,
    ],
  };
}

export function createRiskAssessor(graph: GraphView, config?: RiskConfig): RiskAssessor {
  const c = RiskConfigSchema.parse(config ?? {});
  const lower = (values: string[]) => new Set(values.map((v) => v.toLowerCase()));
  const sensitive = lower(c.sensitiveValues);
  const production = lower(c.productionValues);
  const nonProduction = lower(c.nonProductionValues);
  const cache = new Map<string, { criticality: Level; likelihood: Level; reasons: string[] }>();

  const tagValue = (asset: Asset, keys: readonly string[]) => {
    for (const key of keys) {
      const value = asset.tags[key];
      if (value !== undefined) return { key, value };
    }
    return undefined;
  };

  /** The asset itself, then the workspace or endpoint that contains it. */
  const withParents = (asset: Asset): Asset[] => [asset, ...graph.sources(asset.id, 'contains')];

  /** Data a model-serving asset was trained on: sensitivity flows from data to model to endpoint. */
  const trainingData = (asset: Asset): Asset[] => {
    if (!['endpoint', 'deployment', 'model', 'model-version'].includes(asset.kind)) return [];
    const lineage = graph.lineage(asset.id);
    return [...lineage.trainingSources, ...lineage.storage];
  };

  const profile = (asset: Asset) => {
    const hit = cache.get(asset.id);
    if (hit) return hit;
    const reasons: string[] = [];
    let criticality: Level = 'normal';
    const scope = withParents(asset);
    const classified = [...scope, ...trainingData(asset)]
      .map((a) => ({ a, tag: tagValue(a, c.classificationKeys) }))
      .find(({ tag }) => tag && sensitive.has(tag.value.toLowerCase()));
    const env = scope.map((a) => ({ a, tag: tagValue(a, c.environmentKeys) })).find(({ tag }) => tag);
    const envValue = env?.tag?.value.toLowerCase();
    if (classified) {
      criticality = 'high';
      reasons.push(`${describe(classified.a, asset)} tag ${classified.tag!.key}=${classified.tag!.value} → criticality high`);
    } else if (envValue && production.has(envValue)) {
      criticality = 'high';
      reasons.push(`${describe(env!.a, asset)} tag ${env!.tag!.key}=${env!.tag!.value} (production) → criticality high`);
    } else if (envValue && nonProduction.has(envValue)) {
      criticality = 'low';
      reasons.push(`${describe(env!.a, asset)} tag ${env!.tag!.key}=${env!.tag!.value} (not production, not sensitive) → criticality low`);
    } else {
      reasons.push('no production or sensitive-data tag → criticality normal');
    }

    let likelihood: Level = 'normal';
    const exposure = scope.map((a) => ({ a, fact: exposedBy(a) })).find(({ fact }) => fact);
    if (exposure) {
      likelihood = 'high';
      reasons.push(`${describe(exposure.a, asset)} ${exposure.fact}=true → likelihood high`);
    } else if (asset.facts.publicNetworkAccess === false && asset.facts.loggingEnabled === true) {
      likelihood = 'low';
      reasons.push('publicNetworkAccess=false and loggingEnabled=true → likelihood low');
    } else {
      reasons.push('not shown reachable from the internet → likelihood normal');
    }
    const out = { criticality, likelihood, reasons };
    cache.set(asset.id, out);
    return out;
  };

  return {
    assess(base, asset) {
      const p = profile(asset);
      const raw = STEP[p.criticality] + STEP[p.likelihood];
      const delta = Math.max(-MAX_LOWER, Math.min(MAX_RAISE, raw));
      let severity = shiftSeverity(base, delta);
      if (base !== 'info' && severityRank(severity) > severityRank(FLOOR)) severity = FLOOR;
      const result = severity === base ? `${base} unchanged` : `${base} → ${severity}`;
      return {
        severity,
        adjustment: { base, criticality: p.criticality, likelihood: p.likelihood, reasons: [...p.reasons, `result: ${result}`] },
      };
    },
  };
}

const EXPOSURE_FACTS = ['publicNetworkAccess', 'publicRead', 'publicWrite', 'publicIp', 'ingressOpenToInternet', 'directInternetAccess'] as const;

function exposedBy(asset: Asset): string | undefined {
  return EXPOSURE_FACTS.find((f) => asset.facts[f] === true);
}

function describe(source: Asset, subject: Asset): string {
  return source.id === subject.id ? 'asset' : `${source.kind} ${source.name}:`;
}
