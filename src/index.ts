// The library entry point: `import { scan, createSource, writeReports } from 'mlscan'`. Like the
// CLI it is a composition root, so it may import the rules, the snapshot reader and the provider
// registration list; cloud SDKs still load only when a cloud source is created.
import type { AnyRule } from './engine/index.js';
import type { ScanResult } from './model/index.js';
import { runScan, type ScanOptions } from './scan/run-scan.js';
import type { InventorySource } from './scan/source.js';
import { factCarriersOf, findPlugin, type ProviderPlugin } from './scan/provider-plugin.js';
import { DEFAULT_REPORT_FORMATS, writeReports as writeReportSet, type WriteReportsOptions } from './report/index.js';
import { createSnapshotSource } from '../providers/snapshot/index.js';
import { providerPlugins, ruleMetaById, ruleRegistry } from './cli/compose.js';
import { UsageError } from './errors.js';
import { withControls, type MappedRuleMeta } from './frameworks/index.js';

export type { AnyRule, RuleMeta, RuleSelection } from './engine/index.js';
export type { Asset, Edge, Finding, ScanResult, Severity } from './model/index.js';
export type { MappedRuleMeta } from './frameworks/index.js';
export type { Inventory, InventorySource, ProgressEvent } from './scan/source.js';
export type { ProviderFlag, ProviderPlugin, SourceContext } from './scan/provider-plugin.js';
export { findingFingerprint, selectRules } from './engine/index.js';
export { UserError, UsageError, InputFileError } from './errors.js';
export { REPORT_FORMATS, DEFAULT_REPORT_FORMATS, type ReportFormat } from './report/index.js';
export { loadSuppressions, type SuppressionInputs, type SuppressionSet } from './suppressions/index.js';
export { diffScans, readReportFile, sinceLastScan, type Baseline, type DiffableScan, type ScanDiff } from './diff/index.js';
export type { SinceLastScan } from './model/index.js';

export interface LibraryScanOptions extends Omit<ScanOptions, 'rules'> {
  /** Default: every built-in rule. Narrow with `selectRules(rules(), { families: ['exposure'] })`. */
  rules?: readonly AnyRule[];
}

/** Collects every source, evaluates the rules, and returns the complete result (what the JSON report holds). */
export async function scan(options: LibraryScanOptions): Promise<ScanResult> {
  const { result } = await runScan({ factCarriers: factCarriersOf(providerPlugins), ...options, rules: options.rules ?? ruleRegistry() });
  return result;
}

/** The built-in rules. */
export function rules(): readonly AnyRule[] {
  return ruleRegistry();
}

/** The metadata of every built-in rule (id, title, family, severity, remediation), with the controls the framework packs map it to. */
export function listRules(): readonly MappedRuleMeta[] {
  return ruleRegistry().map((rule) => withControls(rule.meta));
}

/** The registered provider plugins (`aws`, `azure`): ids, titles, option schemas, flags. */
export function providers(): readonly ProviderPlugin[] {
  return providerPlugins;
}

/** A source reading a snapshot file (what `mlscan inventory` writes, or the bundled sample estate). */
export function snapshotSource(file: string): InventorySource {
  return createSnapshotSource(file);
}

/** A live source of a registered provider, e.g. `createSource('aws', { regions: ['eu-west-1'] })`; options as in the config file section. */
export async function createSource(providerId: string, options: Record<string, unknown> = {}): Promise<InventorySource> {
  const plugin = findPlugin(providerPlugins, providerId);
  if (!plugin) throw new UsageError(`no provider '${providerId}' (known: ${providerPlugins.map((p) => p.id).join(', ')})`);
  return plugin.createSource(options, { providerId });
}

export type LibraryReportOptions = Omit<WriteReportsOptions, 'ruleMeta' | 'formats'> & Partial<Pick<WriteReportsOptions, 'ruleMeta' | 'formats'>>;

/** Writes the report files of a result into `outDir` as one set (default formats: html, json); returns their paths. */
export async function writeReports(result: ScanResult, options: LibraryReportOptions): Promise<string[]> {
  return writeReportSet(result, { formats: DEFAULT_REPORT_FORMATS, ruleMeta: ruleMetaById(), ...options });
}
