import type { TokenCredential } from '@azure/core-auth';
import { DefaultAzureCredential } from '@azure/identity';
import { UserError } from '../../src/errors.js';
import { CallScheduler } from '../../src/scan/scheduler.js';
import type { Inventory, InventorySource, ProgressEvent } from '../../src/scan/source.js';
import { idKey, resourceGroupOf } from './arm.js';
import { AzureClients, scopeOf, type ClientConfig } from './clients.js';
import type { Collector } from './collector.js';
import { azureCollectors } from './collectors/index.js';
import { workspaces } from './collectors/machine-learning.js';
import { sharedTokenCredential, signInErrorMessage } from './credential.js';
import { linkInventory } from './link.js';
import { armCallEnvelopeMs } from './pipeline.js';
import { AZURE_CLOUDS, AzureScanOptionsSchema, armEndpointOf, authorityOf, type AzureScanOptions, type ResolvedAzureScanOptions } from './options.js';
import { CollectorRunner, InventoryBuilder } from './runner.js';
import { resolveSubscriptions, sliceScope } from './scope.js';
import { describeSubscriptions } from './subscription-names.js';
import type { ShardSlice } from '../../src/scan/shard.js';

export interface AzureSourceDeps {
  /** Any TokenCredential; default DefaultAzureCredential for the selected cloud. */
  credential?: TokenCredential;
  /** Share one scheduler across sources; default a new one from the options. */
  scheduler?: CallScheduler;
  /** Replace the collector set (tests, or a narrower scan). */
  collectors?: readonly Collector[];
  /** Pages one listing may take before it stops with a coverage gap (default 1,000). */
  maxPages?: number;
  /** `mlscan inventory --shard`: collect only the subscriptions of this slice. */
  shard?: ShardSlice;
  /** `false`: no call for names or paths: never GET an explicitly given subscription for its display name, nor the management-group hierarchy (subscription-names.ts); default true. */
  subscriptionNames?: boolean;
}

/** Validates options; a bad value is a user error naming the field. */
export function parseAzureOptions(options: AzureScanOptions): ResolvedAzureScanOptions {
  const parsed = AzureScanOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`azure options: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The Azure inventory source: subscriptions in scope → collectors per subscription → linked
 * inventory with coverage gaps. Read-only; every call goes through the scheduler.
 */
export function createAzureSource(options: AzureScanOptions, deps: AzureSourceDeps = {}): InventorySource {
  const resolved = parseAzureOptions(options);
  const endpoint = armEndpointOf(resolved);
  return {
    name: 'azure',
    async collect({ onProgress, signal } = {}): Promise<Inventory> {
      const credential = sharedTokenCredential(deps.credential ?? defaultCredential(resolved));
      await requireToken(credential, endpoint);
      const config: ClientConfig = {
        credential,
        endpoint,
        machineLearningApiVersion: resolved.machineLearningApiVersion,
        requestTimeoutMs: resolved.timeoutMs,
      };
      // `timeoutMs` bounds one HTTP attempt (in the pipeline); a scheduled call may also wait out
      // ARM's Retry-After between attempts, so its own timeout is the envelope of both (pipeline.ts).
      const scheduler =
        deps.scheduler ?? new CallScheduler({ timeoutMs: armCallEnvelopeMs(resolved.timeoutMs), perKeyConcurrency: resolved.concurrency });
      const collectors = deps.collectors ?? azureCollectors;
      const runner = new CollectorRunner({
        scheduler,
        collectors,
        minRemainingReads: resolved.minRemainingReads,
        ...(deps.maxPages ? { maxPages: deps.maxPages } : {}),
      });
      const builder = new InventoryBuilder();

      const scope = sliceScope(await resolveSubscriptions(resolved, config, scheduler), deps.shard);
      for (const gap of scope.gaps) builder.addGap(gap);
      let done = 0;
      const progress = (current?: string): void => {
        const event: ProgressEvent = { provider: 'azure', scopesTotal: scope.subscriptions.length, scopesDone: done, calls: scheduler.stats.calls };
        if (current) event.current = current;
        onProgress?.(event);
      };
      progress();
      const inScope = scopeFilter(resolved);
      // Names of subscriptions no listing named, and management-group paths, read beside the collection (never a gap, never throws).
      const accounts = describeSubscriptions(scope, deps.subscriptionNames === false ? undefined : { config, scheduler, signal, tenantId: resolved.tenantId });
      await Promise.all(
        scope.subscriptions.map(async (subscriptionId) => {
          if (signal?.aborted) return;
          progress(subscriptionId);
          await runner.collectSubscription(new AzureClients(config, subscriptionId), builder, inScope, signal);
          done++;
          progress(subscriptionId);
        }),
      );
      const reserveNote = runner.reserveNote();
      if (reserveNote) onProgress?.({ provider: 'azure', scopesTotal: scope.subscriptions.length, scopesDone: done, calls: scheduler.stats.calls, note: reserveNote });
      // A subscription is ML-blind when its workspace listing failed; a failure under one workspace (scope) is not that.
      const mlBlind = new Set(builder.gaps.filter((g) => g.kinds?.includes('workspace') && g.scope === undefined).map((g) => g.account));
      const mlVisible = new Set(scope.subscriptions.filter((s) => !mlBlind.has(s)));
      const linked = linkInventory(builder, { mlVisible, ...(resolved.workspace ? { workspace: resolved.workspace } : {}) });
      return { ...linked, accounts: await accounts };
    },
  };
}

/** Root records kept: the resource groups asked for, and only the one workspace in workspace mode. */
function scopeFilter(options: ResolvedAzureScanOptions): (id: string, collector: Collector) => boolean {
  const groups = options.resourceGroups ? new Set(options.resourceGroups.map((g) => g.toLowerCase())) : undefined;
  const workspace = options.workspace ? idKey(options.workspace) : undefined;
  const workspaceType = `/providers/${workspaces.nativeType}/`.toLowerCase();
  return (id, collector) => {
    const rg = resourceGroupOf(id);
    if (groups && rg && !groups.has(rg.toLowerCase()) && !collector.ignoresResourceGroupScope) return false;
    if (workspace && id.toLowerCase().includes(workspaceType) && idKey(id) !== workspace) return false;
    return true;
  };
}

export function defaultCredential(options: ResolvedAzureScanOptions): TokenCredential {
  const authorityHost = authorityOf(options);
  const publicCloud = authorityHost === AZURE_CLOUDS.AzureCloud.authority;
  return new DefaultAzureCredential({
    authorityHost,
    ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    // Instance discovery asks the public cloud's authority; sovereign and private authorities need it off.
    ...(publicCloud ? {} : { disableInstanceDiscovery: true }),
  });
}

/**
 * Gets one token before any call: without credentials every collector would fail the same way and
 * bury the cause under dozens of coverage gaps. No token is a user error (exit 2), said once.
 */
export async function requireToken(credential: TokenCredential, endpoint: string): Promise<void> {
  try {
    const token = await credential.getToken(scopeOf(endpoint));
    if (!token) throw new Error('the credential returned no token');
  } catch (error) {
    throw new UserError(signInErrorMessage(endpoint, error), { cause: error });
  }
}
