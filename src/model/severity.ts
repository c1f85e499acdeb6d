import { z } from 'zod';

/** Ordered from most to least severe; the order is used for sorting and thresholds. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES).describe('Severity, from critical down to info');
export type Severity = z.infer<typeof SeveritySchema>;

/** 0 for critical, 4 for info: lower ranks are more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** True when `severity` is at or above `threshold` (critical is above high). */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

/** Moves a severity by `steps` (positive = more severe), clamped to the scale. */
export function shiftSeverity(severity: Severity, steps: number): Severity {
  const rank = Math.min(SEVERITIES.length - 1, Math.max(0, severityRank(severity) - steps));
  return SEVERITIES[rank]!;
}
