import type { Config } from '../config/config.js';
import { dayOf, loadSuppressions, type SuppressionSet } from '../suppressions/index.js';

/** The `mlscan scan` flags of suppressions (accepted risks). */
export interface SuppressionFlags {
  config?: string;
  suppressions?: string;
  suppressionMaxDays?: number;
}

/**
 * The suppressions of a scan: `--suppressions` (or the config file's `suppressionsFile`) plus the
 * config file's inline `suppressions:`, checked against `--suppression-max-days` (or
 * `suppressionMaxDays`) and the registered rule ids before a scan that can take minutes.
 */
export function loadScanSuppressions(flags: SuppressionFlags, config: Config, ruleIds: readonly string[], now = new Date()): SuppressionSet | undefined {
  const file = flags.suppressions ?? config.suppressionsFile;
  const maxDays = flags.suppressionMaxDays ?? config.suppressionMaxDays;
  return loadSuppressions({
    today: dayOf(now),
    ruleIds,
    ...(file !== undefined ? { file } : {}),
    ...(config.suppressions && flags.config !== undefined ? { inline: { source: flags.config, entries: config.suppressions } } : {}),
    ...(maxDays !== undefined ? { maxDays } : {}),
  });
}
