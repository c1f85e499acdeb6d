// Whether a SageMaker endpoint's invocation is restricted to a network (VPC endpoint, VPC or IP
// range), derived from the account's identity policies; never a constant.
//
// SageMaker real-time endpoints answer InvokeEndpoint on the public regional runtime host for any
// caller IAM allows; there is no per-endpoint network switch and no resource policy. So the only
// evidence that invocation is confined to a network is in the identity policies of the account:
// every Allow of sagemaker:InvokeEndpoint that covers the endpoint carries an aws:SourceVpce /
// aws:SourceVpc / aws:SourceIp condition, or the principal is denied unless one holds. That needs
// every principal's policies (GetAccountAuthorizationDetails), not only the ML roles collected.
import type { GetAccountAuthorizationDetailsResponse } from '@aws-sdk/client-iam';
import { actionMatches, externalPrincipals, list, parsePolicy, principalAccount, type Statement } from '../../src/lib/aws-policy.js';
import { detailOf, type AssetInput, type CoverageGap } from '../../src/model/index.js';
import type { Linker } from './runner.js';

const INVOKE = 'sagemaker:InvokeEndpoint';

/** A principal (user, role, group) or a managed policy, reduced to what decides InvokeEndpoint. */
export interface InvokeGrantEntry {
  type: 'user' | 'role' | 'group' | 'policy';
  arn: string;
  /** Users: the groups they belong to (names). */
  groups?: string[];
  /** Managed policies attached (ARNs). */
  policies?: string[];
  /** Permissions boundary policy ARN. */
  boundary?: string;
  /** Roles: other accounts (or `*`) their trust policy lets assume them. */
  trustedAccounts?: string[];
  /** Inline (principal) or default-version (policy) statements that may concern InvokeEndpoint. */
  statements: Statement[];
}

type PolicyStatement = Statement & { NotResource?: string | string[] };

function concernsInvoke(st: PolicyStatement): boolean {
  if (st.Action !== undefined) return actionMatches(list(st.Action), INVOKE);
  if (st.NotAction !== undefined) return !actionMatches(list(st.NotAction), INVOKE);
  return false;
}

const relevant = (...documents: Array<string | undefined>): Statement[] => documents.flatMap((d) => parsePolicy(d) ?? []).filter(concernsInvoke);

/**
 * One page of GetAccountAuthorizationDetails reduced to the entries that can decide who may call
 * InvokeEndpoint (the detail `invokeGrants` keeps these, not the account's whole IAM). Managed
 * policies are kept even without a relevant statement, so an attachment always resolves.
 */
export function invokeGrantEntries(o: GetAccountAuthorizationDetailsResponse): InvokeGrantEntry[] {
  const out: InvokeGrantEntry[] = [];
  const principal = (type: 'user' | 'role' | 'group', arn: string | undefined, attached: Array<{ PolicyArn?: string }> | undefined, inline: Array<{ PolicyDocument?: string }> | undefined, extra: Partial<InvokeGrantEntry>) => {
    if (!arn) return;
    const policies = (attached ?? []).flatMap((p) => (p.PolicyArn ? [p.PolicyArn] : []));
    const statements = relevant(...(inline ?? []).map((p) => p.PolicyDocument));
    // A principal with no policy at all can do nothing: not kept.
    if (!statements.length && !policies.length && !extra.groups?.length && type !== 'group') return;
    out.push({ type, arn, ...(policies.length ? { policies } : {}), ...extra, statements });
  };
  for (const u of o.UserDetailList ?? []) {
    principal('user', u.Arn, u.AttachedManagedPolicies, u.UserPolicyList, {
      ...(u.GroupList?.length ? { groups: u.GroupList } : {}),
      ...(u.PermissionsBoundary?.PermissionsBoundaryArn ? { boundary: u.PermissionsBoundary.PermissionsBoundaryArn } : {}),
    });
  }
  for (const r of o.RoleDetailList ?? []) {
    const trust = parsePolicy(r.AssumeRolePolicyDocument);
    const own = r.Arn ? principalAccount(r.Arn) : undefined;
    const trustedAccounts = trust && own ? externalPrincipals(trust, own) : [];
    principal('role', r.Arn, r.AttachedManagedPolicies, r.RolePolicyList, {
      ...(r.PermissionsBoundary?.PermissionsBoundaryArn ? { boundary: r.PermissionsBoundary.PermissionsBoundaryArn } : {}),
      ...(trustedAccounts.length ? { trustedAccounts } : {}),
    });
  }
  for (const g of o.GroupDetailList ?? []) principal('group', g.Arn, g.AttachedManagedPolicies, g.GroupPolicyList, {});
  for (const p of o.Policies ?? []) {
    if (!p.Arn) continue;
    const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ?? (p.PolicyVersionList ?? []).find((v) => v.VersionId === p.DefaultVersionId);
    out.push({ type: 'policy', arn: p.Arn, statements: relevant(version?.Document) });
  }
  return out;
}

// ---- statement semantics ------------------------------------------------------------------------

const NETWORK_KEY = /^aws:sourcevpce?$/i;
const IP_KEY = /^aws:sourceip$/i;
const OPEN_RANGES = new Set(['0.0.0.0/0', '::/0']);

function wildcard(pattern: string, value: string, caseless: boolean): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, caseless ? 'i' : '');
  return re.test(value);
}

/** Does the statement's Resource / NotResource take in the endpoint? */
function covers(st: PolicyStatement, endpoint: string, caseless: boolean): boolean {
  if (st.Resource !== undefined) return list(st.Resource).some((r) => wildcard(r, endpoint, caseless));
  if (st.NotResource !== undefined) return !list(st.NotResource).some((r) => wildcard(r, endpoint, !caseless));
  return false;
}

const values = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : [String(v)]);

/** The network condition key that confines an Allow (a positive match that fails when the key is absent), if any. */
function allowConfinedBy(st: Statement): string | undefined {
  for (const [operator, block] of Object.entries(st.Condition ?? {})) {
    if (/IfExists$/i.test(operator) || /^ForAllValues:/i.test(operator)) continue;
    const bare = operator.replace(/^ForAnyValue:/i, '');
    for (const [key, value] of Object.entries(block ?? {})) {
      if (NETWORK_KEY.test(key) && /^(StringEquals|StringEqualsIgnoreCase|StringLike)$/i.test(bare)) return key;
      if (IP_KEY.test(key) && /^IpAddress$/i.test(bare) && !values(value).some((r) => OPEN_RANGES.has(r))) return key;
    }
  }
  return undefined;
}

const UNCONDITIONAL = 'unconditional Deny';

/**
 * A Deny that applies unless the call comes through a network (`StringNotEquals aws:SourceVpce`,
 * `NotIpAddress aws:SourceIp`, `Null aws:SourceVpce = true`) or always (no condition). Undefined
 * for a Deny with any other condition: it confines only some calls.
 */
function denyUnless(st: Statement): string | undefined {
  const entries = Object.entries(st.Condition ?? {}).flatMap(([operator, block]) => Object.entries(block ?? {}).map(([key, value]) => ({ operator, key, value })));
  if (entries.length === 0) return UNCONDITIONAL;
  const network = entries.every(
    ({ operator, key, value }) =>
      (NETWORK_KEY.test(key) && /^(StringNotEquals|StringNotEqualsIgnoreCase|StringNotLike)(IfExists)?$/i.test(operator)) ||
      (NETWORK_KEY.test(key) && /^Null$/i.test(operator) && values(value).every((v) => v.toLowerCase() === 'true')) ||
      (IP_KEY.test(key) && /^NotIpAddress(IfExists)?$/i.test(operator)),
  );
  return network ? entries.map((e) => e.key).join(', ') : undefined;
}

// ---- per endpoint ------------------------------------------------------------------------------

export type InvokeDecision = 'open' | 'restricted' | 'unknown';

export interface InvokeRestriction {
  decision: InvokeDecision;
  reason: string;
  /** Principals that may invoke the endpoint from any network (first few). */
  openTo?: string[];
  /** Of those, the roles other accounts (or anyone) may assume. */
  openToOtherAccounts?: string[];
  /** Condition keys that confine the Allows or Denies seen. */
  confinedBy?: string[];
  /** Interface VPC endpoints for sagemaker.runtime seen in the endpoint's account and region. */
  runtimeVpcEndpoints?: string[];
  /** The served models' network isolation and VPC placement (outbound only: no bearing on who may call). */
  models?: Array<{ model: string; networkIsolation?: boolean; inVpc?: boolean }>;
}

type Entries = ReadonlyMap<string, InvokeGrantEntry>;

/** The statements that apply to a principal (its own, its groups', their managed policies); `missing` when one was not read. */
function principalStatements(p: InvokeGrantEntry, groups: Entries, policies: Entries): { statements: Statement[]; missing: boolean } {
  const sources: Array<InvokeGrantEntry | undefined> = [p, ...(p.groups ?? []).map((g) => groups.get(g))];
  const statements: Statement[] = [];
  let missing = false;
  for (const s of sources) {
    if (!s) {
      missing = true;
      continue;
    }
    statements.push(...s.statements);
    for (const arn of s.policies ?? []) {
      const doc = policies.get(arn);
      if (doc) statements.push(...doc.statements);
      else missing = true;
    }
  }
  return { statements, missing };
}

/** Whether a principal may call the endpoint from any network; adds the confining condition keys it saw to `confined`. */
function principalAccess(p: InvokeGrantEntry, endpoint: string, policies: Entries, groups: Entries, confined: Set<string>): 'open' | 'closed' | 'unresolved' {
  const { statements, missing } = principalStatements(p, groups, policies);
  const allows = statements.filter((st) => st.Effect === 'Allow' && covers(st, endpoint, true));
  const unconfined = allows.filter((st) => {
    const key = allowConfinedBy(st);
    if (key) confined.add(key);
    return !key;
  });
  const denied = statements.some((st) => {
    if (st.Effect !== 'Deny' || !covers(st, endpoint, false)) return false;
    const key = denyUnless(st);
    if (key && key !== UNCONDITIONAL) confined.add(key);
    return key !== undefined;
  });
  if (denied) return 'closed';
  // A policy not read could grant, or deny, the call.
  if (missing) return 'unresolved';
  if (unconfined.length === 0) return 'closed';
  if (!p.boundary) return 'open';
  // A permissions boundary must also allow the call from anywhere.
  const boundary = policies.get(p.boundary);
  if (!boundary) return 'unresolved';
  if (!boundary.statements.some((st) => st.Effect === 'Allow' && covers(st, endpoint, true) && !allowConfinedBy(st))) return 'closed';
  if (boundary.statements.some((st) => st.Effect === 'Deny' && covers(st, endpoint, false) && denyUnless(st))) return 'closed';
  return 'open';
}

/** Who may call InvokeEndpoint on `endpoint` from any network, per the account's identity policies. */
export function invokeRestriction(endpoint: string, entries: readonly InvokeGrantEntry[]): InvokeRestriction {
  const policies = new Map(entries.filter((e) => e.type === 'policy').map((e) => [e.arn, e]));
  const groups = new Map(entries.filter((e) => e.type === 'group').map((e) => [e.arn.split('/').pop()!, e]));
  const open: string[] = [];
  const unresolved: string[] = [];
  const confined = new Set<string>();
  for (const p of entries) {
    if (p.type === 'policy' || p.type === 'group') continue;
    const access = principalAccess(p, endpoint, policies, groups, confined);
    if (access === 'open') open.push(p.arn);
    else if (access === 'unresolved') unresolved.push(p.arn);
  }
  return restrictionVerdict(entries, open, unresolved, [...confined].sort());
}

function restrictionVerdict(entries: readonly InvokeGrantEntry[], open: string[], unresolved: readonly string[], confinedBy: string[]): InvokeRestriction {
  if (open.length > 0) {
    const external = entries.filter((e) => open.includes(e.arn) && e.trustedAccounts?.length).map((e) => e.arn).sort();
    return {
      decision: 'open',
      reason:
        `${open.length} principal(s) may call sagemaker:InvokeEndpoint on it from any network (an Allow without an aws:SourceVpce, aws:SourceVpc or aws:SourceIp condition, and no Deny unless one holds)` +
        (external.length ? `; ${external.length} of them assumable from other accounts` : ''),
      openTo: open.sort().slice(0, 5),
      ...(external.length ? { openToOtherAccounts: external.slice(0, 5) } : {}),
      ...(confinedBy.length ? { confinedBy } : {}),
    };
  }
  if (unresolved.length > 0) {
    return {
      decision: 'unknown',
      reason: `no principal read may call it from any network, but the policies of ${unresolved.length} principal(s) could not be resolved (a managed policy, boundary or group missing from GetAccountAuthorizationDetails)`,
    };
  }
  return {
    decision: 'restricted',
    reason:
      confinedBy.length > 0
        ? `every Allow of sagemaker:InvokeEndpoint that covers it is confined by ${confinedBy.join(', ')}, or denied unless it holds`
        : 'no principal of the account is allowed sagemaker:InvokeEndpoint on it',
    ...(confinedBy.length ? { confinedBy } : {}),
  };
}

// ---- linker ------------------------------------------------------------------------------------

/** Why the account's identity policies were not read, from the coverage gaps. */
function unreadReason(gaps: readonly CoverageGap[], account: string): string {
  const gap = gaps.find((g) => g.account === account && g.service === 'iam' && /GetAccountAuthorizationDetails/.test(g.message ?? ''));
  const why = gap ? `${gap.errorCode}${gap.message ? `: ${gap.message}` : ''}` : 'not read';
  return `the account's identity policies were not read (iam:GetAccountAuthorizationDetails ${why}), so who may call sagemaker:InvokeEndpoint from which network is unknown`;
}

function runtimeVpcEndpoints(assets: readonly AssetInput[], account: string, region: string): string[] {
  const out: string[] = [];
  for (const a of assets) {
    if (a.nativeType !== 'AWS::EC2::VPC' || a.account !== account || a.region !== region) continue;
    for (const e of detailOf<Array<{ VpcEndpointId?: string; ServiceName?: string; State?: string }>>(a, 'endpoints') ?? []) {
      if (e.VpcEndpointId && e.ServiceName?.endsWith('.sagemaker.runtime') && (e.State ?? 'available').toLowerCase() === 'available') out.push(e.VpcEndpointId);
    }
  }
  return out.sort();
}

/**
 * Sets `publicNetworkAccess` on each SageMaker endpoint from the account's identity policies: true
 * when a principal may invoke it from any network, false when every grant is confined to a VPC
 * endpoint, VPC or IP range, unset when that cannot be decided. The decision and its reason are kept
 * as `raw.details.invokeRestriction`, with the runtime VPC endpoints and the served models' network
 * isolation as context; the account's `invokeGrants` list it was decided from is removed from the
 * endpoint's raw record. Runs after linkSageMaker (the endpoint → config → model edges).
 */
export const linkEndpointExposure: Linker = ({ assets, edges, gaps }) => {
  const byId = new Map(assets.map((a) => [a.id, a]));
  for (const a of assets) {
    if (a.nativeType !== 'AWS::SageMaker::Endpoint') continue;
    const entries = detailOf<InvokeGrantEntry[]>(a, 'invokeGrants');
    const decided: InvokeRestriction = entries ? invokeRestriction(a.id, entries) : { decision: 'unknown', reason: unreadReason(gaps, a.account) };
    const configs = edges.filter((e) => e.from === a.id && e.kind === 'contains').map((e) => e.to);
    const models = edges
      .filter((e) => configs.includes(e.from) && e.kind === 'serves-model')
      .map((e) => byId.get(e.to))
      .filter((m): m is AssetInput => m !== undefined)
      // A model reached through the endpoint config and through an inference component is listed once.
      .filter((m, i, all) => all.findIndex((other) => other.id === m.id) === i)
      .map((m) => {
        const vpc = detailOf<{ VpcConfig?: { Subnets?: string[] } }>(m, 'describe')?.VpcConfig;
        return { model: m.id, ...(m.facts?.networkIsolation !== undefined ? { networkIsolation: m.facts.networkIsolation } : {}), ...(detailOf(m, 'describe') ? { inVpc: (vpc?.Subnets?.length ?? 0) > 0 } : {}) };
      });
    const restriction: InvokeRestriction = { ...decided, runtimeVpcEndpoints: runtimeVpcEndpoints(assets, a.account, a.region), ...(models.length ? { models } : {}) };
    const { publicNetworkAccess: _constant, ...facts } = a.facts ?? {};
    a.facts = restriction.decision === 'unknown' ? facts : { ...facts, publicNetworkAccess: restriction.decision === 'open' };
    // The account-wide grant list decided every endpoint; each keeps only its own decision, not a copy of the list.
    const { invokeGrants: _accountWide, ...details } = a.raw?.details ?? {};
    a.raw = { record: a.raw?.record ?? {}, details: { ...details, invokeRestriction: restriction } };
  }
};
