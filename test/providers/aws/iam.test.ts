import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { roles, unfoldRoleAuthorization } from '../../../providers/aws/collectors/iam.js';
import { notebookInstances } from '../../../providers/aws/collectors/sagemaker.js';
import { rolePolicies } from '../../../rules/aws/_lib/roles.js';
import type { Asset } from '../../../src/model/index.js';
import { authorizationDetailsXml, type AuthPolicy } from '../../fixtures/aws/authorization-details.js';
import { ACCOUNT, REGION, collect, json11, query, sagemaker, stsCallerIdentity, useNock } from './support.js';

const IAM = 'iam.amazonaws.com';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ml-exec`;
const SAGEMAKER_FULL = 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess';
const DATA_READ = `arn:aws:iam::${ACCOUNT}:policy/ml-data-read`;
const NOTEBOOK = `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/fraud`;
const INLINE = [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::ml-datasets/*' }];
const POLICIES: AuthPolicy[] = [
  { arn: SAGEMAKER_FULL, statements: [{ Effect: 'Allow', Action: ['sagemaker:*'], Resource: '*' }] },
  { arn: DATA_READ, statements: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }] },
];
const doc = (statements: unknown[]) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements }));

const TRUST = [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }];

/** Every IAM action the scan sent, in order, one entry per request (what the interceptors answered). */
const iamCalls: string[] = [];
function iam(action: string, params: Record<string, string> | undefined, xml: string, status = 200): void {
  query(IAM, action, params, xml, status).on('request', (_req: unknown, _interceptor: unknown, body: string) => iamCalls.push(new URLSearchParams(body).get('Action') ?? '?'));
}

/** A notebook that assumes ml-exec (the reference the roles collector follows), with its tags read in bulk. */
function mockNotebook(): void {
  iamCalls.length = 0;
  stsCallerIdentity();
  sagemaker(REGION, 'ListNotebookInstances', undefined, { NotebookInstances: [{ NotebookInstanceName: 'fraud', NotebookInstanceArn: NOTEBOOK }] });
  sagemaker(REGION, 'DescribeNotebookInstance', { NotebookInstanceName: 'fraud' }, { NotebookInstanceArn: NOTEBOOK, NotebookInstanceName: 'fraud', RoleArn: ROLE, DirectInternetAccess: 'Disabled', RootAccess: 'Disabled' });
  json11(`tagging.${REGION}.amazonaws.com`, 'ResourceGroupsTaggingAPI_20170126.GetResources', undefined, { ResourceTagMappingList: [], PaginationToken: '' });
}

/** The role's own GetRole (asked only when the account-wide read did not answer). */
function mockGetRole(): void {
  iam(
    'GetRole',
    { RoleName: 'ml-exec' },
    `<GetRoleResponse><GetRoleResult><Role><Path>/</Path><RoleName>ml-exec</RoleName><RoleId>AIDMLEXEC</RoleId><Arn>${ROLE}</Arn><CreateDate>2024-02-19T15:22:40Z</CreateDate>` +
      `<AssumeRolePolicyDocument>${doc(TRUST)}</AssumeRolePolicyDocument>` +
      `<Tags><member><Key>team</Key><Value>fraud</Value></member></Tags></Role></GetRoleResult></GetRoleResponse>`,
  );
}

/** GetAccountAuthorizationDetails of every principal kind and managed policy (one page), holding ml-exec and `policies`. */
function mockAuthorization(policies: AuthPolicy[]): void {
  const xml = authorizationDetailsXml([{ type: 'role', name: 'ml-exec', arn: ROLE, attached: [SAGEMAKER_FULL, DATA_READ], inline: { 's3-data': INLINE }, tags: { team: 'fraud' } }], policies);
  const filter = { 'Filter.member.1': 'User', 'Filter.member.2': 'Role', 'Filter.member.3': 'Group', 'Filter.member.4': 'LocalManagedPolicy', 'Filter.member.5': 'AWSManagedPolicy' };
  iam('GetAccountAuthorizationDetails', { ...filter, MaxItems: '1000' }, xml);
}

/** GetPolicy and GetPolicyVersion of one managed policy. */
function mockPolicyReads(policy: AuthPolicy): void {
  const name = policy.arn.split('/').pop();
  iam('GetPolicy', { PolicyArn: policy.arn }, `<GetPolicyResponse><GetPolicyResult><Policy><PolicyName>${name}</PolicyName><Arn>${policy.arn}</Arn><DefaultVersionId>v2</DefaultVersionId></Policy></GetPolicyResult></GetPolicyResponse>`);
  iam(
    'GetPolicyVersion',
    { PolicyArn: policy.arn, VersionId: 'v2' },
    `<GetPolicyVersionResponse><GetPolicyVersionResult><PolicyVersion><Document>${doc(policy.statements)}</Document><VersionId>v2</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion></GetPolicyVersionResult></GetPolicyVersionResponse>`,
  );
}

/** The role's own reads: its attached and inline policy lists and the inline document. */
function mockRoleLists(): void {
  const attached = [SAGEMAKER_FULL, DATA_READ].map((arn) => `<member><PolicyName>${arn.split('/').pop()}</PolicyName><PolicyArn>${arn}</PolicyArn></member>`).join('');
  iam('ListAttachedRolePolicies', { RoleName: 'ml-exec' }, `<ListAttachedRolePoliciesResponse><ListAttachedRolePoliciesResult><AttachedPolicies>${attached}</AttachedPolicies><IsTruncated>false</IsTruncated></ListAttachedRolePoliciesResult></ListAttachedRolePoliciesResponse>`);
  iam('ListRolePolicies', { RoleName: 'ml-exec' }, `<ListRolePoliciesResponse><ListRolePoliciesResult><PolicyNames><member>s3-data</member></PolicyNames><IsTruncated>false</IsTruncated></ListRolePoliciesResult></ListRolePoliciesResponse>`);
  iam('GetRolePolicy', { RoleName: 'ml-exec', PolicyName: 's3-data' }, `<GetRolePolicyResponse><GetRolePolicyResult><RoleName>ml-exec</RoleName><PolicyName>s3-data</PolicyName><PolicyDocument>${doc(INLINE)}</PolicyDocument></GetRolePolicyResult></GetRolePolicyResponse>`);
}

/** The role's own reads and each managed policy's. */
function mockRoleByRole(): void {
  mockRoleLists();
  for (const policy of POLICIES) mockPolicyReads(policy);
}

async function scanRole() {
  const sent = new Set<string>();
  const inventory = await collect({ collectors: [notebookInstances, roles], linkers: [unfoldRoleAuthorization], sent });
  const role = inventory.assets.find((a) => a.id === ROLE);
  return { role, gaps: inventory.gaps, sent };
}

/** What the role's policies say, however they were read: sagemaker:* and s3:Get*, s3:List* on every resource. */
const EXPECTED = { principalType: 'role', roleName: 'ml-exec', externalPrincipals: [], privilege: 'broad', wildcardActions: ['s3:Get*', 's3:List*', 'sagemaker:*'] };
/** What the IAM rules read of the role's raw record (rules/aws/_lib/roles.ts), however it was read. */
const RULES_VIEW = {
  attached: [SAGEMAKER_FULL, DATA_READ],
  statements: [...INLINE, ...POLICIES.flatMap((p) => p.statements)],
  complete: true,
};
const rulesView = (role: unknown) => rolePolicies(role as Asset);
const ONE_BY_ONE = ['iam:ListAttachedRolePolicies', 'iam:ListRolePolicies', 'iam:GetRolePolicy', 'iam:GetPolicy', 'iam:GetPolicyVersion'];

/** What both ways of reading a role must agree on: facts, tags and the raw record (rules read `raw.details` through `rolePolicies`). */
const sameRole = (role: { id: string; name: string; facts?: unknown; tags?: unknown; raw?: { record?: unknown } } | undefined) => role && { id: role.id, name: role.name, facts: role.facts, tags: role.tags, record: role.raw?.record };
const DENIED_BULK = `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::${ACCOUNT}:user/scanner is not authorized to perform: iam:GetAccountAuthorizationDetails on resource: *</Message></Error><RequestId>r</RequestId></ErrorResponse>`;

describe('IAM execution roles read from GetAccountAuthorizationDetails', () => {
  useNock();

  it('takes every role and its policies from one account-wide read: no GetRole, nothing role by role', async () => {
    mockNotebook();
    mockAuthorization(POLICIES);
    const { role, gaps } = await scanRole();
    expect(iamCalls).toEqual(['GetAccountAuthorizationDetails']);
    expect(gaps).toEqual([]);
    expect(role?.facts).toMatchObject(EXPECTED);
    expect(role?.tags).toEqual({ team: 'fraud' });
    expect(role?.raw?.record).toMatchObject({ RoleName: 'ml-exec', Arn: ROLE, Path: '/', AssumeRolePolicyDocument: doc(TRUST) });
    expect(rulesView(role)).toEqual(RULES_VIEW);
    expect(role?.raw?.details).not.toHaveProperty('authorization');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('reads role by role when GetAccountAuthorizationDetails is denied: GetRole and each policy, the same role, no gap', async () => {
    mockNotebook();
    mockAuthorization(POLICIES);
    const bulk = (await scanRole()).role;
    nock.cleanAll();
    mockNotebook();
    iam('GetAccountAuthorizationDetails', undefined, DENIED_BULK, 403);
    mockGetRole();
    mockRoleByRole();
    const { role, gaps, sent } = await scanRole();
    expect(iamCalls.slice(0, 2)).toEqual(['GetAccountAuthorizationDetails', 'GetRole']);
    expect([...iamCalls].sort()).toEqual(['GetAccountAuthorizationDetails', 'GetPolicy', 'GetPolicy', 'GetPolicyVersion', 'GetPolicyVersion', 'GetRole', 'GetRolePolicy', 'ListAttachedRolePolicies', 'ListRolePolicies']);
    expect(gaps).toEqual([]);
    expect(ONE_BY_ONE.filter((action) => sent.has(action))).toEqual(ONE_BY_ONE);
    expect(sameRole(role)).toEqual(sameRole(bulk));
    expect(rulesView(role)).toEqual(RULES_VIEW);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('asks GetRole for a role the account-wide read does not hold, then reads its policies role by role', async () => {
    mockNotebook();
    iam('GetAccountAuthorizationDetails', undefined, authorizationDetailsXml([], POLICIES));
    mockGetRole();
    // The managed policies' documents are in the read: only the role's own lists and inline document are asked for.
    mockRoleLists();
    const { role, gaps } = await scanRole();
    expect(gaps).toEqual([]);
    expect(iamCalls).toEqual(['GetAccountAuthorizationDetails', 'GetRole', 'ListAttachedRolePolicies', 'ListRolePolicies', 'GetRolePolicy']);
    expect(role?.facts).toMatchObject(EXPECTED);
    expect(rulesView(role)).toEqual(RULES_VIEW);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('reads only the managed policy the account-wide read does not hold', async () => {
    mockNotebook();
    mockAuthorization([POLICIES[0]!]);
    mockPolicyReads(POLICIES[1]!);
    const { role, gaps } = await scanRole();
    expect(iamCalls).toEqual(['GetAccountAuthorizationDetails', 'GetPolicy', 'GetPolicyVersion']);
    expect(gaps).toEqual([]);
    expect(role?.facts).toMatchObject(EXPECTED);
    expect(rulesView(role)).toEqual(RULES_VIEW);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('leaves the privilege unknown when a managed policy could be read neither way', async () => {
    mockNotebook();
    mockAuthorization([POLICIES[0]!]);
    const denied = `<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform: iam:GetPolicy</Message></Error><RequestId>r</RequestId></ErrorResponse>`;
    iam('GetPolicy', { PolicyArn: DATA_READ }, denied, 403);
    const { role, gaps } = await scanRole();
    expect(role?.facts?.privilege).toBeUndefined();
    expect(role?.facts?.wildcardActions).toEqual(['sagemaker:*']);
    expect(rulesView(role)?.complete).toBe(false);
    expect(gaps.map((g) => g.errorCode)).toEqual(['AccessDenied']);
  });
});
