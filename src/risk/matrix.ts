import type { CriticalityTier, Likelihood, RiskGridCell, RiskMatrix, Severity } from '../model/index.js';
import { CRITICALITY_TIERS, LIKELIHOODS, SEVERITIES, severityRank, shiftSeverity } from '../model/index.js';
import { ATTACK_TYPE_MATRIX } from './attack-types.js';
import { RiskConfigSchema, type ResolvedRiskConfig, type RiskConfig } from './config.js';

/** @deprecated name kept for callers of the old three-level model: a tier or a likelihood. */
export type RiskLevel = CriticalityTier | Likelihood;

/** A failing finding never drops below low: it failed, so it is at least worth a look. */
const FLOOR: Severity = 'low';

/** The configured matrix with every cell bounded by `maxSteps`: what the scan actually applies. */
export function stepTable(c: ResolvedRiskConfig): Record<CriticalityTier, Record<Likelihood, number>> {
  let table = STEP_TABLES.get(c);
  if (!table) STEP_TABLES.set(c, (table = buildStepTable(c)));
  return table;
}

/** A resolved config is never changed: its table is built once, not once per failing finding. */
const STEP_TABLES = new WeakMap<ResolvedRiskConfig, Record<CriticalityTier, Record<Likelihood, number>>>();

function buildStepTable(c: ResolvedRiskConfig): Record<CriticalityTier, Record<Likelihood, number>> {
  const bound = (n: number) => Math.max(-c.maxSteps, Math.min(c.maxSteps, n));
  const out = {} as Record<CriticalityTier, Record<Likelihood, number>>;
  for (const tier of CRITICALITY_TIERS) {
    out[tier] = { high: bound(c.matrix[tier].high), medium: bound(c.matrix[tier].medium), low: bound(c.matrix[tier].low) };
  }
  return out;
}

/**
 * The one place the adjustment is computed; the assessor and the published grid both use it.
 * Critical is reserved: only a base-critical rule, or a finding on a proven toxic path
 * (`toxic`), can end critical; any other raise stops at high. Info stays info.
 */
export function effectiveSeverity(
  base: Severity,
  criticality: CriticalityTier,
  likelihood: Likelihood,
  options: { config?: ResolvedRiskConfig; toxic?: boolean } = {},
): Severity {
  if (base === 'info') return base;
  const steps = stepTable(options.config ?? DEFAULT_RESOLVED)[criticality][likelihood];
  let shifted = shiftSeverity(base, steps);
  if (shifted === 'critical' && base !== 'critical' && !options.toxic) shifted = 'high';
  return severityRank(shifted) > severityRank(FLOOR) ? FLOOR : shifted;
}

/** "+1", "0", "-1": a matrix cell as the reports and `mlscan risk-matrix` print it. */
export function signedStep(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

const DEFAULT_RESOLVED: ResolvedRiskConfig = RiskConfigSchema.parse({});

/** Tags whose keys are listed under `keys`, each with `values`, as the report prints them. */
function tagTable(keys: readonly string[], values: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(keys.map((k) => [k, [...values]]));
}

/** The matrix a scan used, as data, so the report (and `mlscan risk-matrix`) can show exactly how severities move. */
export function riskMatrix(config?: RiskConfig): RiskMatrix {
  const c = RiskConfigSchema.parse(config ?? {});
  const grid: RiskGridCell[] = [];
  for (const base of SEVERITIES) {
    for (const criticality of CRITICALITY_TIERS) {
      for (const likelihood of LIKELIHOODS) grid.push({ base, criticality, likelihood, severity: effectiveSeverity(base, criticality, likelihood, { config: c }) });
    }
  }
  const sensitive = c.sensitiveValues.filter((v) => !c.criticalDataValues.some((x) => x.toLowerCase() === v.toLowerCase()));
  return {
    criticalityTags: {
      ...tagTable(c.classificationKeys, [...c.criticalDataValues, ...sensitive]),
      ...tagTable(c.criticalityKeys, [...c.criticalityValues.critical, ...c.criticalityValues.high]),
    },
    productionTags: tagTable(c.environmentKeys, c.productionValues),
    tagKeys: { owner: [...c.ownerKeys], classification: [...c.classificationKeys] },
    lowCriticalityTags: {
      ...tagTable(c.classificationKeys, c.publicValues),
      ...tagTable(c.environmentKeys, c.nonProductionValues),
    },
    rules: [
      'Only failing findings are adjusted; pass, unknown, not-applicable and error findings keep the rule base severity.',
      'Tag keys and values compare case-insensitively; the asset is read first, then the assets that contain it, then (for models and what serves them) the data the model was trained on.',
      `Tier critical (seeds/000 3.1: sensitive personal, classified or regulated data; a business-critical system): classified ${c.criticalDataValues.join('/')}, or ${c.criticalityKeys.join('/')} = ${c.criticalityValues.critical.join('/')}.`,
      `Tier high (sensitive or confidential data; business-critical use): classified ${sensitive.join('/') || '(none)'}, or ${c.criticalityKeys.join('/')} = ${c.criticalityValues.high.join('/')}.`,
      `Tier medium (in production, or nothing known): environment ${c.productionValues.join('/')}, ${c.criticalityKeys.join('/')} = ${c.criticalityValues.medium.join('/')}, or no tier tag.`,
      `Tier low (not used in production): environment ${c.nonProductionValues.join('/')}, or ${c.criticalityKeys.join('/')} = ${c.criticalityValues.low.join('/')}.`,
      `Tier info (unclassified data from a vetted source, not in production): data classified ${c.publicValues.join('/')} outside production, or ${c.criticalityKeys.join('/')} = ${c.criticalityValues.info.join('/')}.`,
      'Likelihood high (seeds/000 3.2, availability of the model): the asset or its container is reachable from the internet (publicNetworkAccess, publicRead, publicWrite, publicIp, ingressOpenToInternet or adminPortsOpenToInternet is true). Exposure counts once: an exposure-family finding, or a finding whose evidence already names the exposure, is not raised again by it.',
      'Likelihood low: not reachable, publicNetworkAccess is false and loggingEnabled is true (on the asset or its container). Otherwise medium, because unknown exposure is not evidence of safety.',
      `Effective severity = base moved by the matrix cell of its tier and likelihood, at most ${c.maxSteps} level(s), never below ${FLOOR}; info findings stay info.`,
      'Critical is reserved: only a base-critical rule, or a finding on an asset that lies on a proven toxic path (an internet-reachable serving asset → model → training data or artifact storage, with sensitive data on the path, and this finding a weakness that enables an attack type), may end critical; any other raise stops at high.',
    ],
    steps: stepTable(c),
    maxSteps: c.maxSteps,
    attackTypes: ATTACK_TYPE_MATRIX.map((row) => ({ ...row })),
    grid,
  };
}
