import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { openHistory } from '../../history/index.js';
import { loadConfig } from '../../config/config.js';
import { assemblePlan, recordCountsOf, type ProviderPlan, type RecordCounts, type ScanPlan } from '../../scan/plan.js';
import type { ProviderPlugin } from '../../scan/provider-plugin.js';
import { derivePlanId, parseShard, type ShardSlice } from '../../scan/shard.js';
import { hasSources, providerPlugins, type SourceOptions } from '../compose.js';
import { addSourceOptions, enableFlags, resolveSources, type CloudFlags } from '../cloud-flags.js';
import { terminalSafe } from '../output.js';
import { EXIT } from '../exit-codes.js';
import { table } from './rules.js';

type PlanFlags = CloudFlags & { config?: string; history?: string; json?: boolean; shard?: string; planId?: string };

export function planCommand(plugins: readonly ProviderPlugin[] = providerPlugins): Command {
  const command = new Command('plan').description('What a scan with the same flags will do, before it does it: its units, estimated calls and the least time the quotas allow');
  return addSourceOptions(command, plugins)
    .option('--config <file>', 'read settings from a YAML or JSON config file (flags win)')
    .option('--history <file>', 'estimate record counts from the newest scan in this history file (mlscan scan --history)')
    .option('--shard <i/N>', 'plan only shard i (from 0) of N of the accounts and subscriptions, as mlscan inventory --shard slices them')
    .addOption(new Option('--plan-id <id>', 'the plan id to show (default: derived from the flags, N and the UTC day, as the shards derive it)').env('MLSCAN_PLAN_ID'))
    .option('--json', 'print the plan as JSON')
    .action(async (flags: PlanFlags) => {
      const config = flags.config ? loadConfig(flags.config, plugins) : {};
      const options = resolveSources(flags, config, plugins);
      if (!hasSources(options)) throw new UsageError(`plan: nothing to plan: give --snapshot FILE, ${enableFlags(plugins)} (or set them in --config)`);
      const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
      const plan = await buildPlan(options, plugins, { ...(shard ? { shard } : {}), ...(flags.planId ? { planId: flags.planId } : {}), ...(flags.history ? { history: flags.history } : {}) });
      printPlan(plan, flags.json === true);
      process.exitCode = EXIT.clean;
    });
}

export interface PlanRequest {
  shard?: ShardSlice;
  planId?: string;
  /** A history file to read record counts from; `optional`: a missing file means no counts (a scan creates it). */
  history?: string;
  historyOptional?: boolean;
}

/** Asks every live provider for its plan (cheap enumeration calls only) and adds them up. */
export async function buildPlan(options: SourceOptions, plugins: readonly ProviderPlugin[], request: PlanRequest = {}): Promise<ScanPlan> {
  const records = request.history ? readRecordCounts(request.history, request.historyOptional === true) : undefined;
  const providers: ProviderPlan[] = [];
  for (const plugin of plugins) {
    const providerOptions = options.providers[plugin.id];
    if (!providerOptions) continue;
    if (!plugin.plan) {
      providers.push({ provider: plugin.id, accounts: [], units: [], notes: [`the ${plugin.title} provider cannot plan: its calls are unknown`] });
      continue;
    }
    const context = { providerId: plugin.id, ...(request.shard ? { shard: request.shard } : {}), ...(records ? { records } : {}) };
    providers.push(await plugin.plan(providerOptions, context));
  }
  const planId = request.planId?.trim() || derivePlanId(options, request.shard?.count ?? 1, new Date());
  if (planId.length > 200) throw new UsageError('plan: --plan-id: at most 200 characters');
  return assemblePlan({ planId, ...(request.shard ? { shard: request.shard } : {}), snapshots: options.snapshots, ...(records && request.history ? { history: request.history } : {}), providers });
}

/** The newest scan's record counts; undefined for an empty history (or a missing one, when optional). */
function readRecordCounts(file: string, optional: boolean): RecordCounts | undefined {
  if (optional && !existsSync(file)) return undefined;
  const store = openHistory(file, { create: false, command: '--history' });
  try {
    const latest = store.latest();
    return latest ? recordCountsOf(latest.scan) : undefined;
  } finally {
    store.close();
  }
}

export function printPlan(plan: ScanPlan, json: boolean): void {
  process.stdout.write(json ? JSON.stringify(plan, null, 2) + '\n' : formatPlan(plan));
}

/** The plan as a table per provider, then the totals and what the estimate could not know. */
export function formatPlan(plan: ScanPlan): string {
  const lines: string[] = [];
  const of = plan.shard ? ` (shard ${plan.shard.index} of ${plan.shard.count})` : '';
  lines.push(`plan ${terminalSafe(plan.planId)}${of}`);
  for (const file of plan.snapshots) lines.push(`snapshot ${terminalSafe(file)}: read from disk, no cloud call`);
  for (const p of plan.providers) {
    const regions = p.regions ? `, ${p.regions.length} region(s)` : '';
    lines.push('', `${p.provider}: ${p.accounts.length} account(s)${regions}, ${p.units.length} unit(s)`);
    const rows = p.units.map((u) => [terminalSafe(u.account), terminalSafe(u.region ?? '-'), u.service, String(u.collectors.length), String(u.records), u.records === 'unknown' ? `>= ${u.calls}` : String(u.calls)]);
    if (rows.length) lines.push(table(['ACCOUNT', 'REGION', 'SERVICE', 'COLLECTORS', 'RECORDS', 'CALLS'], rows).trimEnd());
    for (const note of p.notes) lines.push(`note: ${terminalSafe(note)}`);
  }
  const t = plan.totals;
  const floor = t.unknownUnits ? ` (${t.unknownUnits} unit(s) without a record count: their calls are a floor, one listing page per collector${plan.history ? '' : '; --history FILE estimates them from the previous scan'})` : '';
  const counted = plan.history ? `, record counts from the newest scan in ${terminalSafe(plan.history)}` : '';
  lines.push('', `total: ${t.units} unit(s), about ${t.calls} call(s)${floor}${counted}`);
  lines.push(`minimum time at the clouds' request quotas: ${t.minimumSeconds} s (the slowest rate-limit bucket; retries and throttles add to it)`);
  return lines.join('\n') + '\n';
}
