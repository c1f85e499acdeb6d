import { InvalidArgumentError } from 'commander';
import { UsageError } from '../errors.js';
import { PROVIDERS, RULE_FAMILIES, SEVERITIES, type Severity } from '../model/index.js';
import { FRAMEWORK_IDS } from '../frameworks/index.js';
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

/** `--provider` as the CLI takes it: only the clouds a provider plugin is registered for (`gcp` with no plugin is a typo, not an empty filter). */
export function parseRegisteredProviders(plugins: readonly { id: string }[]) {
  return oneOf(PROVIDERS.filter((p) => plugins.some((plugin) => plugin.id === p)), 'provider');
}
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

/** `--out -`: reports are several files, never standard output; one usage error rather than a folder named `-`. */
export function refuseStdout(out: string, command: string, what: 'folder' | 'file', example: string): void {
  if (out === '-') throw new UsageError(`${command}: --out -: writing to standard output is not supported; give a ${what}, e.g. --out ${example}`);
}
