import { Command } from 'commander';
import type { Severity } from '../../model/index.js';
import { selectRules, unmatchedIds, type RuleSelection } from '../../engine/index.js';
import { loadAttestations } from '../../frameworks/index.js';
import { loadConfig, type Config } from '../../config/config.js';
import { UsageError } from '../../errors.js';
import { findingsAtOrAbove, runScan } from '../../scan/run-scan.js';
import { DEFAULT_REPORT_FORMATS, REPORT_FORMATS, writeReports, type LockOwner } from '../../report/index.js';
import { checkOutDir } from '../../lib/out-path.js';
import { buildSources, hasSources, providerPlugins, ruleMetaById, ruleRegistry } from '../compose.js';
import { factCarriersOf, type ProviderPlugin } from '../../scan/provider-plugin.js';
import { colorEnabled, createStyler, terminalSafe } from '../output.js';
import {
  list,
  parseFamilies,
  parseFormats,
  parseFrameworks,
  parsePositiveInt,
  parseRegisteredProviders,
  parseThreshold,
  refuseStdout,
  type ReportFormat,
} from '../parse.js';
import { formatQuietReason, formatSummary, type Gate } from '../summary.js';
import { scanExitCode } from '../exit-codes.js';
import { countLiveAssets } from '../live-assets.js';
import { addSourceOptions, enableFlags, resolveSources, type CloudFlags } from '../cloud-flags.js';
import { createProgressBar } from '../progress.js';
import { lockWaitFromEnv } from '../lock-wait.js';
import { loadScanSuppressions, type SuppressionFlags } from '../scan-suppressions.js';
import { loadScanBaseline, newFindingsAtOrAbove, readBaselineReport, withSinceLastScan, type BaselineFlags } from '../scan-baseline.js';
import { openScanHistory, parseKeep, recordInHistory, type HistoryFlags } from '../scan-history.js';
import { buildPlan, printPlan } from './plan.js';
import { estimatedCallsByProvider } from '../../scan/plan.js';
import type { ProgressEvent } from '../../scan/source.js';
import type { SourceOptions } from '../compose.js';

export interface ScanFlags extends CloudFlags, BaselineFlags, SuppressionFlags, HistoryFlags {
  config?: string;
  attestations?: string;
  attestationMaxAgeDays?: number;
  format?: ReportFormat[];
  out?: string;
  failOn?: Severity | 'none';
  rules?: string[];
  family?: RuleSelection['families'];
  provider?: RuleSelection['providers'];
  framework?: RuleSelection['frameworks'];
  concurrency?: number;
  quiet?: boolean;
  allowPartial?: boolean;
  planOnly?: boolean;
}

export function scanCommand(plugins: readonly ProviderPlugin[] = providerPlugins): Command {
  return addSourceOptions(
    new Command('scan').description('Inventory an ML estate, evaluate the rules, and write the inventory-plus-gap report'),
    plugins,
  )
    .option('--config <file>', 'read settings from a YAML or JSON config file (flags win)')
    .option('--attestations <file>', 'answers for controls no API can show (YAML or JSON)')
    .option('--attestation-max-age-days <n>', 'flag an attestation older than this many days in the gap tables (default: 365)', parsePositiveInt)
    .option('--format <list>', `report formats: ${REPORT_FORMATS.join(', ')} (default: ${DEFAULT_REPORT_FORMATS.join(',')})`, parseFormats)
    .option('--out <dir>', 'directory for the reports (default: ./mlscan-report)')
    .option('--fail-on <severity>', 'exit 1 if a finding fails at or above: critical, high, medium, low, info, none (default: high)', parseThreshold)
    .option('--rules <ids>', 'only these rule ids, or id prefixes ending in / (e.g. exposure/,aws/)', list)
    .option('--family <list>', 'only these rule families', parseFamilies)
    .option('--provider <list>', 'only rules for these providers (cross-cloud rules always run)', parseRegisteredProviders(plugins))
    .option('--framework <list>', 'only rules that give evidence for these frameworks', parseFrameworks)
    .option('--concurrency <n>', 'rule batches evaluated at once', parsePositiveInt)
    .option('--suppressions <file>', 'accepted risks (YAML or JSON): matching findings are reported as suppressed and do not count for --fail-on')
    .option('--suppression-max-days <n>', 'longest a suppression may run from today, in days (default: 365)', parsePositiveInt)
    .option('--allow-partial', 'exit 0 rather than 3 when coverage gaps hid part of the estate and nothing fails')
    .option('-q, --quiet', 'print nothing on stderr but errors and, when the exit code is not 0, its reason')
    .option('--baseline <file>', 'a previous JSON report (mlscan-report.json): every report gets a "since the last scan" section')
    .option('--fail-on-new', 'exit 1 only for failing findings at or above --fail-on that are new or regressed since the baseline (--baseline or --history)')
    .option('--history <file>', 'record the scan in this SQLite history file (created when missing); its newest scan is the baseline')
    .option('--keep <N|Nd>', 'history retention: keep the newest N scans (30) or the scans of the last N days (90d)', parseKeep)
    .option('--plan-only', 'print what the scan would do (as mlscan plan, estimated from --history when given) and stop')
    .action(async (flags: ScanFlags) => {
      process.exitCode = await runScanCommand(flags, plugins);
    });
}

export async function runScanCommand(flags: ScanFlags, plugins: readonly ProviderPlugin[]): Promise<number> {
  const started = performance.now();
  const config: Config = flags.config ? loadConfig(flags.config, plugins) : {};
  const sourceOptions = resolveSources(flags, config, plugins);
  if (!hasSources(sourceOptions)) throw new UsageError(`scan: nothing to scan: give --snapshot FILE, ${enableFlags(plugins)} (or set them in --config)`);
  if (flags.planOnly) {
    printPlan(await buildPlan(sourceOptions, plugins, planHistory(flags, config)), false);
    return 0;
  }
  const { registry, selection, rules } = selectScanRules(flags, config, plugins);

  const attestationsFile = flags.attestations ?? config.attestations;
  const attestations = attestationsFile ? loadAttestations(attestationsFile) : [];
  const suppressions = loadScanSuppressions(flags, config, registry.map((r) => r.meta.id));
  const failOn = flags.failOn ?? config.failOn ?? 'high';
  const formats = flags.format ?? config.formats ?? DEFAULT_REPORT_FORMATS;
  const outDir = flags.out ?? config.out ?? 'mlscan-report';
  refuseStdout(outDir, 'scan', 'folder', 'mlscan-report');
  checkOutDir(outDir); // before a scan that can take minutes, not after it
  const lockWaitMs = lockWaitFromEnv();
  const baselineReport = readBaselineReport(flags); // a bad --baseline fails before the history file is created
  const history = openScanHistory(flags, config);
  const baseline = loadScanBaseline(flags, history?.store, baselineReport);

  const { sources, emptyLive } = countLiveAssets(await buildSources(sourceOptions, plugins), sourceOptions.snapshots.length);
  const showProgress = !flags.quiet && process.stderr.isTTY === true;
  const estimated = showProgress ? await estimatedCalls(sourceOptions, plugins, planHistory(flags, config)) : undefined;
  const progress = withNotes(createProgressBar(process.stderr, showProgress, estimated));
  const { result: scanned } = await runScan({
    sources,
    onProgress: (event) => progress.update(event),
    rules,
    attestations,
    ...(suppressions ? { suppressions } : {}),
    failOn,
    frameworks: selection.frameworks ?? [],
    factCarriers: factCarriersOf(plugins),
    ...(config.risk ? { risk: config.risk } : {}),
    ...((flags.concurrency ?? config.concurrency) ? { concurrency: flags.concurrency ?? config.concurrency } : {}),
  });
  progress.done(flags.quiet === true);
  const result = withSinceLastScan(scanned, baseline);
  const onLockWait = (owner: LockOwner | undefined) => {
    if (!flags.quiet) process.stderr.write(`mlscan: ${outDir}: waiting for another mlscan${owner ? ` (pid ${owner.pid})` : ''} writing reports there\n`);
  };
  const attestationMaxAgeDays = flags.attestationMaxAgeDays ?? config.attestationMaxAgeDays;
  const files = await writeReports(result, { formats, outDir, ruleMeta: ruleMetaById(), lockWaitMs, onLockWait, ...(attestationMaxAgeDays ? { attestationMaxAgeDays } : {}) });
  const recorded = history ? recordInHistory(history, result, { selection, formats }) : '';
  if (!flags.quiet) process.stderr.write(recorded);
  const failingFindings = flags.failOnNew ? newFindingsAtOrAbove(result, failOn) : findingsAtOrAbove(result.findings, failOn);
  const failing = failingFindings.length;
  const empty = emptyLive();
  const incomplete = result.scan.partial || empty.length > 0;
  const gate: Gate = { threshold: failOn, failing, partial: incomplete && flags.allowPartial !== true, failingFindings, emptyLive: empty, newOnly: flags.failOnNew === true };
  const code = scanExitCode(failing, incomplete, flags.allowPartial === true);
  const style = createStyler(colorEnabled(process.stderr));
  if (!flags.quiet) process.stderr.write(formatSummary({ result, files, gate, elapsedMs: performance.now() - started }, style));
  else if (code !== 0) process.stderr.write(formatQuietReason(gate, style));
  return code;
}

/** The progress bar, with the providers' notes kept until it is gone and printed then (unless `quiet`), so a line never lands in the middle of it. */
function withNotes(bar: ReturnType<typeof createProgressBar>) {
  const notes: string[] = [];
  return {
    update(event: ProgressEvent): void {
      if (event.note) notes.push(`mlscan: ${event.provider}: ${terminalSafe(event.note)}\n`);
      bar.update(event);
    },
    done(quiet: boolean): void {
      bar.done();
      if (!quiet) for (const note of notes) process.stderr.write(note);
    },
  };
}

/** The rules a scan runs, from the flags and the config file; a selection that names nothing real is a usage error. */
function selectScanRules(flags: ScanFlags, config: Config, plugins: readonly ProviderPlugin[]) {
  const registry = ruleRegistry();
  const selection: RuleSelection = {
    ids: flags.rules ?? config.rules ?? [],
    families: flags.family ?? config.families ?? [],
    providers: flags.provider ?? config.providers ?? [],
    frameworks: flags.framework ?? config.frameworks ?? [],
  };
  const unknownProviders = (selection.providers ?? []).filter((p) => !plugins.some((plugin) => plugin.id === p));
  if (unknownProviders.length) throw new UsageError(`scan: providers: no provider plugin for ${unknownProviders.map((p) => `'${p}'`).join(', ')} (expected one of: ${plugins.map((p) => p.id).join(', ')})`);
  const unknownIds = unmatchedIds(registry, selection.ids ?? []);
  if (unknownIds.length) throw new UsageError(`scan: --rules: no rule matches ${unknownIds.map((s) => `'${s}'`).join(', ')} (see: mlscan rules)`);
  const rules = selectRules(registry, selection);
  if (rules.length === 0) throw new UsageError('scan: the rule selection matches no rule');
  return { registry, selection, rules };
}

/** The history a plan reads its record counts from: the scan's own (a missing file is no counts: the scan creates it). */
function planHistory(flags: ScanFlags, config: Config): { history?: string; historyOptional: true } {
  const history = flags.history ?? config.history;
  return { ...(history ? { history } : {}), historyOptional: true };
}

/** The plan's estimated calls per provider, for the progress bar; none when no live provider runs or the plan fails (the scan says why). */
async function estimatedCalls(options: SourceOptions, plugins: readonly ProviderPlugin[], request: Parameters<typeof buildPlan>[2]): Promise<Record<string, number> | undefined> {
  if (Object.keys(options.providers).length === 0) return undefined;
  try {
    return estimatedCallsByProvider(await buildPlan(options, plugins, request));
  } catch {
    return undefined;
  }
}
