import { z } from 'zod';
import { InputFileError } from '../errors.js';
import { readUserFile } from '../files/user-file.js';
import { SuppressionEntrySchema, type SuppressionEntry } from '../model/suppression.js';
import { daysBetween } from './dates.js';
import { globMatcher, hasWildcard } from './glob.js';

/** The longest a suppression may run from the day of the scan, unless `--suppression-max-days` / `suppressionMaxDays` says otherwise. */
export const DEFAULT_SUPPRESSION_MAX_DAYS = 365;

export const SuppressionsFileSchema = z
  .object({
    suppressions: z.array(SuppressionEntrySchema, { error: (issue) => (issue.input === undefined ? 'required' : 'expected a list') }).describe('Accepted risks, one entry each'),
  })
  .strict()
  .describe('mlscan suppressions file: accepted risks with a reason, an owner and an expiry date');

/** A suppression as the scan applies it: the entry plus where it was declared. */
export interface Suppression extends SuppressionEntry {
  /** The entry's own id, or `<source>#<position>`. */
  id: string;
  source: string;
  /** JSON path of the entry in its file, for error messages (`$.suppressions[2]`). */
  at: string;
}

/** What a scan is given: the suppressions of every source, and the lifetime they were checked against. */
export interface SuppressionSet {
  sources: string[];
  maxDays: number;
  entries: Suppression[];
}

export interface SuppressionLimits {
  /** The scan day, YYYY-MM-DD (UTC). */
  today: string;
  maxDays?: number;
}

/** Reads and checks a suppressions file (YAML or JSON); a problem is one `InputFileError` naming the file and the field. */
export function loadSuppressionsFile(file: string, limits: SuppressionLimits): Suppression[] {
  const { suppressions } = readUserFile(file, SuppressionsFileSchema);
  return checkSuppressions(file, '$.suppressions', suppressions, limits);
}

/**
 * The checks a schema cannot make: the lifetime (an `expires` more than `maxDays` after today is an
 * error, so a suppression is revisited at least that often), unique ids, and no entry that would
 * hide every finding of the scan.
 */
export function checkSuppressions(source: string, at: string, entries: readonly SuppressionEntry[], limits: SuppressionLimits): Suppression[] {
  const maxDays = limits.maxDays ?? DEFAULT_SUPPRESSION_MAX_DAYS;
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const where = `${at}[${index}]`;
    const days = daysBetween(limits.today, entry.expires);
    if (days > maxDays) {
      throw new InputFileError(source, `${where}.expires`, `${entry.expires} is ${days} days away, more than the maximum lifetime of ${maxDays} days (--suppression-max-days)`);
    }
    if (entry.id !== undefined && seen.has(entry.id)) throw new InputFileError(source, `${where}.id`, `'${entry.id}' is used by an earlier suppression`);
    if (entry.id !== undefined) seen.add(entry.id);
    if (ruleMatcher(entry.rule)('any/rule/id') && !hasSelector(entry)) {
      throw new InputFileError(source, where, `rule '${entry.rule}' with no assets, accounts, tags or fingerprints would suppress every finding`);
    }
    return { ...entry, id: entry.id ?? `${source}#${index + 1}`, source, at: where };
  });
}

export function hasSelector(entry: SuppressionEntry): boolean {
  return entry.assets !== undefined || entry.accounts !== undefined || entry.tags !== undefined || entry.fingerprints !== undefined;
}

/** A `rule` that names no known rule is a typo, not an accepted risk: one line naming the entry. */
export function checkRuleIds(suppressions: readonly Suppression[], ruleIds: readonly string[]): void {
  for (const suppression of suppressions) {
    const matches = ruleMatcher(suppression.rule);
    if (!ruleIds.some(matches)) {
      const hint = hasWildcard(suppression.rule) ? '' : ' (rule ids are paths such as exposure/storage-public-access; see: mlscan rules)';
      throw new InputFileError(suppression.source, `${suppression.at}.rule`, `no rule matches '${suppression.rule}'${hint}`);
    }
  }
}

/** `exposure/` (an id prefix, as `--rules` takes it) means every rule under it. */
export function ruleMatcher(pattern: string): (ruleId: string) => boolean {
  return globMatcher(pattern.endsWith('/') ? `${pattern}**` : pattern);
}

export interface SuppressionInputs extends SuppressionLimits {
  /** A suppressions file (`--suppressions`, or `suppressionsFile` in the config file). */
  file?: string;
  /** Entries written inline in the config file, and that file's name. */
  inline?: { source: string; entries: readonly SuppressionEntry[] };
  /** The registered rule ids: a `rule` that matches none of them is an error. */
  ruleIds?: readonly string[];
}

/** Every suppression the scan was given, file entries first, checked; undefined when it was given none. */
export function loadSuppressions(inputs: SuppressionInputs): SuppressionSet | undefined {
  if (inputs.file === undefined && inputs.inline === undefined) return undefined;
  const fromInline = inputs.inline ? checkSuppressions(inputs.inline.source, '$.suppressions', inputs.inline.entries, inputs) : [];
  const fromFile = inputs.file !== undefined ? loadSuppressionsFile(inputs.file, inputs) : [];
  const entries = [...fromFile, ...fromInline];
  if (inputs.ruleIds) checkRuleIds(entries, inputs.ruleIds);
  const sources = [...(inputs.file !== undefined ? [inputs.file] : []), ...(inputs.inline ? [inputs.inline.source] : [])];
  return { sources, maxDays: inputs.maxDays ?? DEFAULT_SUPPRESSION_MAX_DAYS, entries };
}
