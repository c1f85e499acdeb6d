import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { InputFileError, UserError } from '../../src/errors.js';
import type { Account, CoverageGap } from '../../src/model/index.js';
import { CallScheduler } from '../../src/scan/scheduler.js';
import { takeShard, type ShardSlice } from '../../src/scan/shard.js';
import type { Inventory, InventorySource, ProgressEvent } from '../../src/scan/source.js';
import { partitionOf } from './arn.js';
import { AccountClients, sdkCallTimeoutMs, type Credentials } from './clients.js';
import { awsCollectors, awsLinkers } from './collectors/index.js';
import type { AnyCollector } from './collector.js';
import { callerErrorMessage } from './credential.js';
import { errorCode, safeMessage } from './errors.js';
import { listingMessage } from './gaps.js';
import { AwsScanOptionsSchema, type AwsScanOptions, type ResolvedAwsScanOptions } from './options.js';
import { AccountRunner, type Linker } from './runner.js';
import { accountAlias, assumeRoleCredentials, callerIdentity, enabledRegions, organisationAccounts, type Caller } from './scope.js';
import type { SendDeps } from './send.js';
import { awsWorkspace, narrowToWorkspace, type AwsWorkspace } from './workspace-scope.js';

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
  /** `mlscan inventory --shard`: scan only the accounts of this slice. */
  shard?: ShardSlice;
  /** `false`: never ask IAM for an account alias (tests whose wire script has no such call); default true. */
  accountAliases?: boolean;
}

/**
 * The AWS inventory source: SageMaker estates and what surrounds them, for the caller's account,
 * an explicit account list or the whole organisation, in the chosen or every enabled region.
 * Never throws for a cloud error: what it could not read comes back as coverage gaps.
 */
export function createAwsSource(options: AwsScanOptions = {}, deps: AwsSourceDeps = {}): InventorySource {
  const workspace = awsWorkspace(options);
  const o = parseAwsOptions(withWorkspaceScope(options, workspace));
  const homeRegion = o.homeRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? o.regions?.[0] ?? 'us-east-1';
  return {
    name: 'aws',
    async collect({ onProgress, signal } = {}): Promise<Inventory> {
      const session = openSession(o, homeRegion, deps, onProgress, signal);
      try {
        const caller = await identifyCaller(session);
        const listed = o.org ? await organisationAccountsOrCaller(session, caller) : (o.accounts ?? [caller.account]);
        const accounts = takeShard('aws', listed, deps.shard);
        for (const id of accounts) if (!session.accounts.has(id)) session.accounts.set(id, { provider: 'aws', id });
        session.emit(`${accounts.length} account(s)`);
        // A few accounts at a time; each account's calls are paced by the scheduler.
        const queue = [...accounts];
        const workers = Array.from({ length: Math.min(o.accountConcurrency, queue.length) }, async () => {
          for (let next = queue.shift(); next !== undefined; next = queue.shift()) await scanAccount(session, caller, next);
        });
        await Promise.all(workers);
        session.emit();
        const inventory = { ...session.result, accounts: accounts.map((id) => session.accounts.get(id)!) };
        return workspace ? narrowToWorkspace(inventory, workspace) : inventory;
      } finally {
        session.close();
      }
    },
  };
}

/** A workspace given by ARN implies its account and region, unless the options name them (as `--azure-workspace` implies its subscription). */
export function withWorkspaceScope(options: AwsScanOptions, workspace: AwsWorkspace | undefined): AwsScanOptions {
  if (!workspace?.account || !workspace.region) return options;
  return { ...options, ...(options.accounts || options.org ? {} : { accounts: [workspace.account] }), regions: options.regions ?? [workspace.region] };
}

export function parseAwsOptions(options: AwsScanOptions): ResolvedAwsScanOptions {
  const parsed = AwsScanOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new InputFileError('aws options', issue.path.length ? issue.path.join('.') : '(root)', issue.message);
}

/** What one `collect` shares across its accounts: options, scheduler, clients, progress and the growing inventory. */
interface Session {
  o: ResolvedAwsScanOptions;
  homeRegion: string;
  deps: AwsSourceDeps;
  startedAt: number;
  scheduler: CallScheduler;
  signal: AbortSignal | undefined;
  /** The caller's own clients, for the caller's calls and its own account. */
  send: SendDeps;
  /** Clients for other credentials (an assumed role), closed with the session. */
  open(credentials: Credentials): AccountClients;
  result: Inventory;
  /** Every account met (listed or scanned), with its name once known. */
  accounts: Map<string, Account>;
  gap(g: CoverageGap): void;
  progress: ProgressEvent;
  emit(current?: string): void;
  close(): void;
}

function openSession(
  o: ResolvedAwsScanOptions,
  homeRegion: string,
  deps: AwsSourceDeps,
  onProgress: ((event: ProgressEvent) => void) | undefined,
  signal: AbortSignal | undefined,
): Session {
  // `timeoutMs` bounds one HTTP request; the clients make one request per scheduled attempt
  // (a retry strategy given in `clientConfig`, as tests do, may make more: the envelope allows it).
  const scheduler =
    deps.scheduler ?? new CallScheduler({ perKeyConcurrency: o.concurrency, timeoutMs: sdkCallTimeoutMs(o.timeoutMs, o.maxAttempts), retries: o.maxAttempts - 1 });
  const startCalls = scheduler.stats.calls;
  const progress: ProgressEvent = { provider: 'aws', scopesTotal: 0, scopesDone: 0, calls: 0 };
  const settings = { requestTimeoutMs: o.timeoutMs, ...(deps.clientConfig ? { extra: deps.clientConfig } : {}) };
  const opened: AccountClients[] = [];
  const open = (credentials: Credentials) => {
    const clients = new AccountClients(credentials, settings);
    opened.push(clients);
    return clients;
  };
  const base = deps.credentials ?? fromNodeProviderChain(o.profile ? { profile: o.profile } : {});
  const result: Inventory = { assets: [], edges: [], gaps: [] };
  return {
    o,
    homeRegion,
    deps,
    startedAt: Date.now(),
    scheduler,
    signal,
    send: { scheduler, clients: open(base), signal, sent: deps.sent },
    open,
    result,
    accounts: new Map(),
    gap: (g) => result.gaps.push(g),
    progress,
    emit: (current) => onProgress?.({ ...progress, calls: scheduler.stats.calls - startCalls, ...(current ? { current } : {}) }),
    close: () => {
      for (const c of opened) c.destroy();
    },
  };
}

/** Without a caller nothing else can work: one clear input error (exit 2), not an empty partial scan. */
async function identifyCaller(session: Session): Promise<Caller> {
  try {
    return await callerIdentity(session.send, session.homeRegion);
  } catch (error) {
    throw new UserError(callerErrorMessage(errorCode(error), error, session.o.profile), { cause: error });
  }
}

/** Collects one account in every region to scan; a role it cannot enter is a gap. */
async function scanAccount(session: Session, caller: Caller, account: string): Promise<void> {
  const clients = await accountClients(session, caller, account);
  if (!clients) return;
  const partition = caller.partition ?? partitionOf(session.homeRegion);
  await nameFromAlias(session, clients, account, partition);
  const regions = await regionsToScan(session, clients, account, partition);
  session.progress.scopesTotal += regions.length;
  session.emit(account);
  const inventory = await accountRunner(session, clients, account, partition, regions).run();
  session.result.assets.push(...inventory.assets);
  session.result.edges.push(...inventory.edges);
  session.result.gaps.push(...inventory.gaps);
}

/** The caller's clients for its own account, an assumed role's for another; undefined (and a gap) when it cannot be entered. */
async function accountClients(session: Session, caller: Caller, account: string): Promise<AccountClients | undefined> {
  const { o, gap } = session;
  if (account === caller.account) return session.send.clients;
  if (!o.role) {
    gap({ provider: 'aws', account, service: 'sts', errorCode: 'NoRoleToAssume', message: 'no role name given to enter this account (--aws-role)' });
    return undefined;
  }
  try {
    return session.open(await assumeRoleCredentials(session.send, caller, session.homeRegion, account, o.role, o.externalId));
  } catch (error) {
    gap({ provider: 'aws', account, service: 'sts', errorCode: errorCode(error), message: `AssumeRole into ${o.role}: ${safeMessage(error) ?? ''}` });
    return undefined;
  }
}

/** The regions given, or every enabled one (the home region alone, and a gap, when they cannot be listed); the home region first. */
async function regionsToScan(session: Session, clients: AccountClients, account: string, partition: string): Promise<string[]> {
  const { homeRegion } = session;
  let regions = session.o.regions;
  if (!regions) {
    try {
      regions = await enabledRegions({ ...session.send, clients }, account, partition, homeRegion);
    } catch (error) {
      session.gap({ provider: 'aws', account, region: homeRegion, service: 'ec2', errorCode: errorCode(error), message: `DescribeRegions: ${safeMessage(error) ?? ''}` });
      regions = [homeRegion];
    }
  }
  // Account-wide calls go to the home region; keep it first when it is scanned.
  return regions.includes(homeRegion) ? [homeRegion, ...regions.filter((r) => r !== homeRegion)] : [...regions];
}

function accountRunner(session: Session, clients: AccountClients, account: string, partition: string, regions: string[]): AccountRunner {
  const { o, deps } = session;
  return new AccountRunner({
    scheduler: session.scheduler,
    clients,
    account,
    partition,
    regions,
    collectors: deps.collectors ?? awsCollectors,
    linkers: deps.linkers ?? awsLinkers,
    signal: session.signal,
    sent: deps.sent,
    ...(o.trainingJobDays ? { listFilters: { 'sagemaker/training-jobs': { CreationTimeAfter: new Date(session.startedAt - o.trainingJobDays * 86_400_000) } } } : {}),
    ...(deps.maxPages ? { maxPages: deps.maxPages } : {}),
    onScopeDone: (region) => {
      session.progress.scopesDone++;
      session.emit(`${account} ${region}`);
    },
  });
}

/**
 * An account Organizations did not name is named by its IAM alias. A name the scan cannot read is
 * a note on the account, not a coverage gap: no asset or verdict depends on it.
 */
async function nameFromAlias(session: Session, clients: AccountClients, account: string, partition: string): Promise<void> {
  const entry = session.accounts.get(account) ?? { provider: 'aws', id: account };
  session.accounts.set(account, entry);
  if (entry.name || session.deps.accountAliases === false) return;
  try {
    const alias = await accountAlias({ ...session.send, clients }, account, partition, session.homeRegion);
    if (alias) entry.name = alias;
  } catch (error) {
    entry.note = `iam:ListAccountAliases ${errorCode(error)}`;
  }
}

/** The organisation's accounts as far as they could be listed, names kept (the caller's alone when none were); an incomplete list is a gap. */
async function organisationAccountsOrCaller(session: Session, caller: Caller): Promise<string[]> {
  const read = await organisationAccounts(session.send, caller, session.homeRegion);
  for (const { id, name } of read.items) session.accounts.set(id, { provider: 'aws', id, ...(name ? { name } : {}) });
  if (read.error !== undefined) {
    session.gap({ provider: 'aws', account: caller.account, service: 'organizations', errorCode: errorCode(read.error), message: listingMessage('ListAccounts', read, 'account') });
  }
  return read.items.length ? read.items.map((a) => a.id) : [caller.account];
}
