import type { AssetKind, CoverageGap } from '../../src/model/index.js';
import { descendantsOf } from '../../src/scan/collector-contract.js';
import { attemptsOf } from '../../src/scan/scheduler.js';
import type { ScopeInfo } from './arn.js';
import type { AnyCollector } from './collector.js';
import { errorCode, safeMessage } from './errors.js';
import type { AwsService, Operation } from './operations.js';
import type { ListingRead } from './paging.js';

// Operations of every input and output shape can fail.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyOperation = Operation<any, any>;

/**
 * The coverage gaps of one account. A gap names what was not read as precisely as the runner
 * knows it: the account and region, the service, every asset kind left incomplete (a listing's
 * own kind and those of the collectors that list under its records), and the parent asset when
 * only the children of one record were lost.
 */
export class AccountGaps {
  private readonly gaps = new Map<string, CoverageGap>();

  constructor(private readonly collectors: readonly AnyCollector[]) {}

  list(): CoverageGap[] {
    return [...this.gaps.values()];
  }

  /** A call about one record failed (a detail): the facts it feeds stay unknown. */
  call(scope: ScopeInfo, op: AnyOperation, error: unknown, c: AnyCollector): void {
    this.add(scope, op, error, [c.kind], () => describe(op.name, error));
  }

  /**
   * A listing failed or stopped early (`read.error`); what it read before is kept. Its children
   * under the records it did not list were not read either, and what those records referenced
   * (roles, keys, subnets…) may be missing. `under` is the parent asset of a per-record listing.
   */
  listing(scope: ScopeInfo, op: AnyOperation, read: ListingRead<unknown>, c: AnyCollector, under?: string): void {
    const children = descendantsOf(this.collectors, c);
    const message = () =>
      [
        listingMessage(op.name, read),
        children.length ? `not read under the missing records: ${children.map((d) => `${d.kind} (${d.name})`).join(', ')}` : undefined,
        this.referencedNote(c),
      ]
        .filter(Boolean)
        .join('; ');
    this.add(scope, op, read.error, [c.kind, ...children.map((d) => d.kind)], message, under);
  }

  /** A record the collector could not make sense of. */
  normalize(scope: ScopeInfo, c: AnyCollector, error: unknown): void {
    this.gaps.set(`normalize|${c.name}`, {
      provider: 'aws',
      account: scope.account,
      region: scope.region,
      service: c.name.split('/')[0]!,
      errorCode: 'UnexpectedRecord',
      message: `${c.name}: ${safeMessage(error) ?? 'record could not be read'}`,
      kinds: [c.kind],
    });
  }

  private add(scope: ScopeInfo, op: AnyOperation, error: unknown, kinds: readonly AssetKind[], message: () => string, under?: string): void {
    const code = errorCode(error);
    const global = op.service === 'iam' || op.service === 'organizations';
    const region = global ? undefined : scope.region;
    const key = [op.service, region ?? '', code, op.name, under ?? ''].join('|');
    const existing = this.gaps.get(key);
    if (existing) {
      existing.kinds = [...new Set([...(existing.kinds ?? []), ...kinds])];
      return;
    }
    const gap: CoverageGap = { provider: 'aws', account: scope.account, service: serviceLabel(op.service), errorCode: code, message: message(), kinds: [...new Set(kinds)] };
    if (region) gap.region = region;
    if (under) gap.scope = under;
    this.gaps.set(key, gap);
  }

  /** Later collectors that read what earlier records reference: the lost records' references were not followed. */
  private referencedNote(c: AnyCollector): string | undefined {
    const kinds = [...new Set(this.collectors.filter((r) => r.phase > c.phase && (r.refs || r.select)).map((r) => r.kind))];
    return kinds.length ? `what the missing records reference may be missing too (${kinds.join(', ')})` : undefined;
  }
}

/** `Operation: message (after N attempts)`; the scheduler counts the attempts of a call that stayed failed. */
function describe(operation: string, error: unknown): string {
  const attempts = attemptsOf(error) ?? 1;
  return `${operation}: ${safeMessage(error) ?? errorCode(error)}${attempts > 1 ? ` (after ${attempts} attempts)` : ''}`;
}

/** Why a listing stopped and, when it read pages before, how much it read. */
export function listingMessage(operation: string, read: ListingRead<unknown>, unit = 'item'): string {
  const incomplete = read.pages > 0 ? `; listing incomplete: ${read.pages} page(s), ${read.items.length} ${unit}(s) read` : '';
  return describe(operation, read.error) + incomplete;
}

function serviceLabel(service: AwsService): string {
  return service === 's3control' ? 's3' : service;
}
