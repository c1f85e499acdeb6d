import type { RiskGridCell, RiskMatrix, Severity, SeverityAdjustment } from '../model/index.js';
import { SEVERITIES, severityRank, shiftSeverity } from '../model/index.js';
import { RiskConfigSchema, type RiskConfig } from './config.js';

export type RiskLevel = SeverityAdjustment['criticality'];

const STEP: Record<RiskLevel, number> = { high: 1, normal: 0, low: -1 };
const LEVELS: readonly RiskLevel[] = ['high', 'normal', 'low'];

/**
 * Tags are written by whoever runs the account, so they may raise a finding freely but lower it
 * only a little: at most two steps up, one step down, and a failing finding never drops below
 * low. An info finding is a note rather than a risk, so it stays info.
 */
const MAX_RAISE = 2;
const MAX_LOWER = 1;
const FLOOR: Severity = 'low';

/** The one place the adjustment is computed; the assessor and the published grid both use it. */
export function effectiveSeverity(base: Severity, criticality: RiskLevel, likelihood: RiskLevel): Severity {
  if (base === 'info') return base;
  const steps = Math.max(-MAX_LOWER, Math.min(MAX_RAISE, STEP[criticality] + STEP[likelihood]));
  const shifted = shiftSeverity(base, steps);
  return severityRank(shifted) > severityRank(FLOOR) ? FLOOR : shifted;
}

/** Tags whose keys are listed under `keys`, each with `values`, as the report prints them. */
function tagTable(keys: readonly string[], values: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(keys.map((k) => [k, [...values]]));
}

/** The matrix a scan used, as data, so the report can show exactly how severities moved. */
export function riskMatrix(config?: RiskConfig): RiskMatrix {
  const c = RiskConfigSchema.parse(config ?? {});
  const grid: RiskGridCell[] = [];
  for (const base of SEVERITIES) {
    for (const criticality of LEVELS) {
      for (const likelihood of LEVELS) grid.push({ base, criticality, likelihood, severity: effectiveSeverity(base, criticality, likelihood) });
    }
  }
  return {
    criticalityTags: tagTable(c.classificationKeys, c.sensitiveValues),
    productionTags: tagTable(c.environmentKeys, c.productionValues),
    lowCriticalityTags: {
      ...tagTable(c.classificationKeys, c.publicValues),
      ...tagTable(c.environmentKeys, c.nonProductionValues),
    },
    rules: [
      'Only failing findings are adjusted; pass, unknown and error findings keep the rule base severity.',
      'Tag keys and values compare case-insensitively; the asset is read first, then the workspace or other asset that contains it.',
      `Criticality high: the asset, its container, or (for models and endpoints) the data the model was trained on is tagged ${c.sensitiveValues.join('/')}; or the asset or its container is production (${c.productionValues.join('/')}).`,
      `Criticality low: not sensitive and not production, and either tagged non-production (${c.nonProductionValues.join('/')}) or its data classified ${c.publicValues.join('/')}. Otherwise normal.`,
      'Likelihood high: the asset or its container is reachable from the internet (publicNetworkAccess, publicRead, publicWrite, publicIp, ingressOpenToInternet or adminPortsOpenToInternet is true).',
      'Likelihood low: not reachable, publicNetworkAccess is false and loggingEnabled is true (on the asset or its container). Otherwise normal, because unknown exposure is not evidence of safety.',
      `Effective severity = base, one step up for each high, one step down for each low; at most ${MAX_RAISE} steps up and ${MAX_LOWER} down, never below ${FLOOR}; info findings stay info.`,
    ],
    grid,
  };
}
