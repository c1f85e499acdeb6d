import { InvalidArgumentError } from 'commander';
import { FRAMEWORK_IDS, PROVIDERS, RULE_FAMILIES, SEVERITIES, type Severity } from '../model/index.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/formats.js';

/** `a,b` and repeated flags both accumulate into one list. */
export function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

export function oneOf<T extends string>(allowed: readonly T[], what: string) {
  return (value: string, previous: T[] = []): T[] => {
    const items = list(value);
    for (const item of items) {
      if (!(allowed as readonly string[]).includes(item)) {
        throw new InvalidArgumentError(`unknown ${what} '${item}' (expected one of: ${allowed.join(', ')})`);
      }
    }
    return [...previous, ...(items as T[])];
  };
}

export const parseFamilies = oneOf(RULE_FAMILIES, 'family');
export const parseProviders = oneOf(PROVIDERS, 'provider');
export const parseFrameworks = oneOf(FRAMEWORK_IDS, 'framework');

export type { ReportFormat };
export const parseFormats = oneOf(REPORT_FORMATS, 'format');

export function parseThreshold(value: string): Severity | 'none' {
  if (value === 'none' || (SEVERITIES as readonly string[]).includes(value)) return value as Severity | 'none';
  throw new InvalidArgumentError(`expected one of: ${[...SEVERITIES, 'none'].join(', ')}`);
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
