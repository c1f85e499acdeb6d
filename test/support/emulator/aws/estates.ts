import type { Incoming, Reply, Routed } from '../loopback.js';
import { awsEstate, type AwsEstate } from './estate.js';
import { STS_NS } from './query-services.js';
import { formOf, queryProtocol, queryReply } from './wire.js';

/**
 * An emulated AWS organisation: `accounts` accounts, each with the estate of estate.ts in every
 * one of `regions` (the first is the home region). Calls reach the estate of the account whose
 * credentials signed them (the caller's own keys: the first account; the keys AssumeRole hands
 * out name their account) and of the region in their SigV4 scope; account-wide services (IAM,
 * S3, S3 Control, STS) are answered from the home region's estate.
 */
export interface AwsEstates {
  accounts: string[];
  regions: string[];
  /** By `account|region`. */
  estates: Map<string, AwsEstate>;
  /** The caller's account in the home region. */
  home: AwsEstate;
  /** Asset ids a complete scan of every account and region reports, sorted. */
  expected: string[];
}

export const CALLER_ACCOUNT = '111122223333';
const ACCOUNT_WIDE = new Set(['iam', 's3', 's3control', 'sts']);

/** The first account is the caller's (the single-account estate's); the others are members. */
export function accountIdOf(index: number): string {
  return index === 0 ? CALLER_ACCOUNT : String(200_000_000_000 + index);
}

export function awsEstates(options: { scale?: number; accounts?: number; regions?: readonly string[] } = {}): AwsEstates {
  const accounts = Array.from({ length: Math.max(1, options.accounts ?? 1) }, (_, i) => accountIdOf(i));
  const regions = options.regions?.length ? [...options.regions] : ['eu-west-1'];
  const estates = new Map<string, AwsEstate>();
  const expected = new Set<string>();
  for (const account of accounts) {
    for (const region of regions) {
      const estate = awsEstate({ ...(options.scale !== undefined ? { scale: options.scale } : {}), account, region });
      estates.set(`${account}|${region}`, estate);
      // Roles and buckets are account-wide: the same ids in every region's estate.
      for (const id of estate.expected) expected.add(id);
    }
  }
  return { accounts, regions, estates, home: estates.get(`${accounts[0]}|${regions[0]}`)!, expected: [...expected].sort() };
}

/** AssumeRole hands out keys that name the account: `ASIA` + the 12-digit account + `EMUL`. */
const assumedKey = (account: string): string => `ASIA${account}EMUL`;

/** The estate a signed request reaches: its credentials' account, its scope's region (the home region for account-wide services). */
export function estateFor(all: AwsEstates, request: Incoming, service: string): AwsEstate {
  const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\//.exec(String(request.headers.authorization ?? ''));
  const key = scope?.[1] ?? '';
  const account = /^ASIA\d{12}EMUL$/.test(key) ? key.slice(4, 16) : all.accounts[0]!;
  const region = ACCOUNT_WIDE.has(service) ? all.regions[0]! : (scope?.[2] ?? all.regions[0]!);
  return all.estates.get(`${account}|${region}`) ?? all.home;
}

/** STS AssumeRole into a role of an emulated account (any role name); another account is denied, as its trust policy would. */
export function answerAssumeRole(all: AwsEstates, body: string): Reply {
  const roleArn = formOf(body).get('RoleArn') ?? '';
  const match = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(roleArn);
  if (!match || !all.accounts.includes(match[1]!)) {
    return queryProtocol(STS_NS).error(403, 'AccessDenied', `User: arn:aws:iam::${all.accounts[0]}:user/scanner is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
  }
  const [, account, role] = match;
  return queryReply(STS_NS, 'AssumeRole', {
    Credentials: { AccessKeyId: assumedKey(account!), SecretAccessKey: 'emulator-assumed-secret-not-real', SessionToken: 'emulator-session-token', Expiration: new Date(Date.now() + 3_600_000) },
    AssumedRoleUser: { AssumedRoleId: 'AROAEMULATOR00000000:mlscan', Arn: `arn:aws:sts::${account}:assumed-role/${role}/mlscan` },
  });
}

/** The route of an STS AssumeRole request (answered before the per-estate routes), or undefined for any other request. */
export function assumeRoleRoute(all: AwsEstates, request: Incoming, service: string): Routed | undefined {
  if (service !== 'sts' || formOf(request.body).get('Action') !== 'AssumeRole') return undefined;
  return { service, operation: 'AssumeRole', protocol: queryProtocol(STS_NS), reply: answerAssumeRole(all, request.body) };
}

/** `mlscan scan` flags for every account (entered with a role) and region of the organisation. */
export function scanArgs(all: AwsEstates): string[] {
  const accounts = all.accounts.length > 1 ? ['--aws-accounts', all.accounts.join(','), '--aws-role', 'MlscanReadOnly'] : [];
  return ['--aws', '--aws-regions', all.regions.join(','), ...accounts];
}
