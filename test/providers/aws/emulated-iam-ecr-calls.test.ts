import { beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '../../../src/model/index.js';
import { startAwsEmulator } from '../../support/emulator/aws/emulator.js';
import type { CallRecord } from '../../support/emulator/loopback.js';
import { scanInProcess } from '../../support/emulator/run-cli.js';

// `mlscan scan --aws` against the loopback AWS (real SDKs, real wire formats), two accounts of two
// regions: the execution roles come from the one GetAccountAuthorizationDetails read per account
// that the endpoints' grants share (no GetRole, nothing role by role), and the ECR repositories the
// images name from one DescribeRepositories per region. A denied account-wide read changes the
// calls (GetRole and each role's policies, one by one), never the roles.

const ACCOUNTS = 2;
const REGIONS = ['eu-west-1', 'us-east-1'];

interface EmulatedScan {
  assets: Asset[];
  calls: CallRecord[];
}

async function scanEmulated(deny: string[] = []): Promise<EmulatedScan> {
  const emulator = await startAwsEmulator({ scale: 0.5, accounts: ACCOUNTS, regions: REGIONS, deny });
  try {
    const outcome = await scanInProcess([...emulator.args, '--call-timeout', '10000', '--fail-on', 'none'], emulator.env);
    const assets = [...(outcome.result?.inventory.assets ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    return { assets, calls: [...emulator.calls] };
  } finally {
    await emulator.close();
  }
}

const count = (calls: readonly CallRecord[], operation: string) => calls.filter((c) => c.operation === operation).length;
const ofType = (assets: readonly Asset[], nativeType: string) => assets.filter((a) => a.nativeType === nativeType);
/** What a role must carry however it was read: facts, tags and its record (rules read the policies through the facts and `rolePolicies`). */
const roleView = (a: Asset) => ({ id: a.id, facts: a.facts, tags: a.tags, record: a.raw?.record });
const ROLE_BY_ROLE = ['ListAttachedRolePolicies', 'ListRolePolicies', 'GetRolePolicy', 'GetPolicy', 'GetPolicyVersion'];

describe('AWS IAM and ECR calls against the emulated estate', () => {
  let served: EmulatedScan;
  let denied: EmulatedScan;

  beforeAll(async () => {
    served = await scanEmulated();
    denied = await scanEmulated(['GetAccountAuthorizationDetails']);
  }, 180_000);

  it('reads IAM once per account: one GetAccountAuthorizationDetails for roles and endpoint grants, no GetRole, nothing role by role', () => {
    const roles = ofType(served.assets, 'AWS::IAM::Role');
    expect(roles.length).toBeGreaterThanOrEqual(2 * ACCOUNTS);
    expect(count(served.calls, 'GetAccountAuthorizationDetails')).toBe(ACCOUNTS);
    expect(count(served.calls, 'GetRole')).toBe(0);
    expect(ROLE_BY_ROLE.map((op) => count(served.calls, op))).toEqual(ROLE_BY_ROLE.map(() => 0));
    // Each role with its policies and trust, as the rules judge it.
    expect(roles.every((r) => r.facts?.privilege !== undefined && r.facts?.externalPrincipals !== undefined && r.tags.team === 'ml-platform')).toBe(true);
  });

  it('describes the referenced ECR repositories in one DescribeRepositories call per account and region', () => {
    const repositories = ofType(served.assets, 'AWS::ECR::Repository');
    expect(repositories.length).toBeGreaterThan(ACCOUNTS * REGIONS.length);
    expect(count(served.calls, 'DescribeRepositories')).toBe(ACCOUNTS * REGIONS.length);
    expect(served.calls.filter((c) => c.operation === 'DescribeRepositories').every((c) => c.status === 200)).toBe(true);
  });

  it('a denied GetAccountAuthorizationDetails falls back to GetRole and the role-by-role reads: the same roles and repositories', () => {
    const roles = ofType(denied.assets, 'AWS::IAM::Role');
    expect(count(denied.calls, 'GetAccountAuthorizationDetails')).toBe(ACCOUNTS);
    expect(denied.calls.filter((c) => c.operation === 'GetAccountAuthorizationDetails').every((c) => c.status === 403)).toBe(true);
    expect(count(denied.calls, 'GetRole')).toBe(roles.length);
    expect(count(denied.calls, 'ListAttachedRolePolicies')).toBe(roles.length);
    expect(roles.map(roleView)).toEqual(ofType(served.assets, 'AWS::IAM::Role').map(roleView));
    expect(ofType(denied.assets, 'AWS::ECR::Repository')).toEqual(ofType(served.assets, 'AWS::ECR::Repository'));
  });
});
