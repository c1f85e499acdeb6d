import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { InputFileError, UserError } from '../../src/errors.js';
import type { CoverageGap } from '../../src/model/index.js';
import { CallScheduler } from '../../src/scan/scheduler.js';
import type { Inventory, InventorySource, ProgressEvent } from '../../src/scan/source.js';
import { partitionOf } from './arn.js';
import { AccountClients, sdkCallTimeoutMs, type Credentials } from './clients.js';
import { awsCollectors, awsLinkers } from './collectors/index.js';
import type { AnyCollector } from './collector.js';
import { errorCode, safeMessage } from './errors.js';
import { listingMessage } from './gaps.js';
import { AwsScanOptionsSchema, type AwsScanOptions } from './options.js';
import { AccountRunner, type Linker } from './runner.js';
import { assumeRoleCredentials, callerIdentity, enabledRegions, organisationAccounts, type Caller } from './scope.js';
import type { SendDeps } from './send.js';

/** Seams for tests and embedding; the CLI passes none. */
export interface AwsSourceDeps {
  /** Base credentials (default: the SDK's standard chain, with `profile`). */
  credentials?: Credentials;
  /** Shared scheduler (default: one per collect, sized from the options). */
  scheduler?: CallScheduler;
  /** Extra SDK client configuration, e.g. `{ forcePathStyle: true }` against a loopback S3. */
  clientConfig?: Record<string, unknown>;
  collectors?: readonly AnyCollector[];
  linkers?: readonly Linker[];
  /** Receives every IAM action sent. */
  sent?: Set<string>;
  /** Page cap per listing (default `MAX_PAGES`). */
  maxPages?: number;
}

/**
 * The AWS inventory source: SageMaker estates and what surrounds them, for the caller's account,
 * an explicit account list or the whole organisation, in the chosen or every enabled region.
 * Never throws for a cloud error: what it could not read comes back as coverage gaps.
 */
export function createAwsSource(options: AwsScanOptions = {}, deps: AwsSourceDeps = {}): InventorySource {
  const parsed = AwsScanOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputFileError('aws options', issue.path.length ? issue.path.join('.') : '(root)', issue.message);
  }
  const o = parsed.data;
  const homeRegion = o.homeRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? o.regions?.[0] ?? 'us-east-1';
  const collectors = deps.collectors ?? awsCollectors;
  const linkers = deps.linkers ?? awsLinkers;

  return {
    name: 'aws',
    async collect({ onProgress, signal } = {}): Promise<Inventory> {
      const startedAt = Date.now();
      // `timeoutMs` bounds one HTTP request; an attempt of the scheduler spans the SDK's own retries.
      const scheduler = deps.scheduler ?? new CallScheduler({ perKeyConcurrency: o.concurrency, timeoutMs: sdkCallTimeoutMs(o.timeoutMs, o.maxAttempts) });
      const startCalls = scheduler.stats.calls;
      const progress: ProgressEvent = { provider: 'aws', scopesTotal: 0, scopesDone: 0, calls: 0 };
      const emit = (current?: string) => onProgress?.({ ...progress, calls: scheduler.stats.calls - startCalls, ...(current ? { current } : {}) });
      const settings = { maxAttempts: o.maxAttempts, requestTimeoutMs: o.timeoutMs, ...(deps.clientConfig ? { extra: deps.clientConfig } : {}) };
      const base = deps.credentials ?? fromNodeProviderChain(o.profile ? { profile: o.profile } : {});
      const opened: AccountClients[] = [];
      const open = (credentials: Credentials) => {
        const clients = new AccountClients(credentials, settings);
        opened.push(clients);
        return clients;
      };
      const callerClients = open(base);
      const send = { scheduler, clients: callerClients, signal, sent: deps.sent };
      const result: Inventory = { assets: [], edges: [], gaps: [] };
      const gap = (g: CoverageGap) => result.gaps.push(g);

      try {
        let caller: Caller;
        try {
          caller = await callerIdentity(send, homeRegion);
        } catch (error) {
          // Without a caller nothing else can work: one clear input error (exit 2), not an empty partial scan.
          throw new UserError(`aws: cannot identify the caller (sts:GetCallerIdentity, ${errorCode(error)}): ${safeMessage(error) ?? 'no credentials found'}`, { cause: error });
        }

        const accounts = o.org ? await organisationAccountsOrCaller(send, caller, homeRegion, gap) : (o.accounts ?? [caller.account]);
        emit(`${accounts.length} account(s)`);

        const scanAccount = async (account: string): Promise<void> => {
          let clients = callerClients;
          if (account !== caller.account) {
            if (!o.role) {
              gap({ provider: 'aws', account, service: 'sts', errorCode: 'NoRoleToAssume', message: 'no role name given to enter this account (--aws-role)' });
              return;
            }
            try {
              clients = open(await assumeRoleCredentials(send, caller, homeRegion, account, o.role, o.externalId));
            } catch (error) {
              gap({ provider: 'aws', account, service: 'sts', errorCode: errorCode(error), message: `AssumeRole into ${o.role}: ${safeMessage(error) ?? ''}` });
              return;
            }
          }
          const partition = caller.partition ?? partitionOf(homeRegion);
          let regions = o.regions;
          if (!regions) {
            try {
              regions = await enabledRegions({ ...send, clients }, account, partition, homeRegion);
            } catch (error) {
              gap({ provider: 'aws', account, region: homeRegion, service: 'ec2', errorCode: errorCode(error), message: `DescribeRegions: ${safeMessage(error) ?? ''}` });
              regions = [homeRegion];
            }
          }
          // Account-wide calls go to the home region; keep it first when it is scanned.
          const ordered = regions.includes(homeRegion) ? [homeRegion, ...regions.filter((r) => r !== homeRegion)] : [...regions];
          progress.scopesTotal += ordered.length;
          emit(account);
          const runner = new AccountRunner({
            scheduler,
            clients,
            account,
            partition,
            regions: ordered,
            collectors,
            linkers,
            signal,
            sent: deps.sent,
            ...(o.trainingJobDays ? { listFilters: { 'sagemaker/training-jobs': { CreationTimeAfter: new Date(startedAt - o.trainingJobDays * 86_400_000) } } } : {}),
            ...(deps.maxPages ? { maxPages: deps.maxPages } : {}),
            onScopeDone: (region) => {
              progress.scopesDone++;
              emit(`${account} ${region}`);
            },
          });
          const inventory = await runner.run();
          result.assets.push(...inventory.assets);
          result.edges.push(...inventory.edges);
          result.gaps.push(...inventory.gaps);
        };

        // A few accounts at a time; each account's calls are paced by the scheduler.
        const queue = [...accounts];
        const workers = Array.from({ length: Math.min(o.accountConcurrency, queue.length) }, async () => {
          for (let next = queue.shift(); next !== undefined; next = queue.shift()) await scanAccount(next);
        });
        await Promise.all(workers);
        emit();
        return result;
      } finally {
        for (const c of opened) c.destroy();
      }
    },
  };
}

/** The organisation's accounts as far as they could be listed (the caller's alone when none were); an incomplete list is a gap. */
async function organisationAccountsOrCaller(send: SendDeps, caller: Caller, homeRegion: string, gap: (g: CoverageGap) => void): Promise<string[]> {
  const read = await organisationAccounts(send, caller, homeRegion);
  if (read.error !== undefined) {
    gap({ provider: 'aws', account: caller.account, service: 'organizations', errorCode: errorCode(read.error), message: listingMessage('ListAccounts', read, 'account') });
  }
  return read.items.length ? read.items : [caller.account];
}
