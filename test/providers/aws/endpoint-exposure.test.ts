import { describe, expect, it } from 'vitest';
import rule from '../../../rules/exposure/endpoint-public-network-access.js';
import { endpoints } from '../../../providers/aws/collectors/sagemaker.js';
import { invokeGrantEntries, invokeRestriction, linkEndpointExposure, type InvokeGrantEntry } from '../../../providers/aws/endpoint-exposure.js';
import { evaluateOne } from '../../../src/engine/index.js';
import { AssetGraph } from '../../../src/graph/index.js';
import { AssetSchema, detailOf } from '../../../src/model/index.js';
import { mockAuthorizationDetails, mockAuthorizationDetailsDenied } from '../../fixtures/aws/authorization-details.js';
import { ACCOUNT, REGION, collect, sagemaker, stsCallerIdentity, useNock } from './support.js';

const endpointArn = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:endpoint/${name}`;
const LOCKED = endpointArn('fraud-locked');
const OPEN = endpointArn('churn-open');
const VPCE = 'vpce-0b2c3d4e5f6071829';
const OPS = `arn:aws:iam::${ACCOUNT}:policy/sagemaker-ops`;
const DENY = `arn:aws:iam::${ACCOUNT}:policy/deny-invoke-outside-vpce`;
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

/** Two endpoints on the SageMaker wire (JSON 1.1, X-Amz-Target), each with its describe and tags. */
function mockEndpoints(region = REGION, withCaller = true): void {
  if (withCaller) stsCallerIdentity();
  const time = 1732100000;
  const arn = (n: string) => `arn:aws:sagemaker:${region}:${ACCOUNT}:endpoint/${n}`;
  sagemaker(region, 'ListEndpoints', undefined, {
    Endpoints: ['fraud-locked', 'churn-open'].map((n) => ({ EndpointName: n, EndpointArn: arn(n), EndpointStatus: 'InService', CreationTime: time, LastModifiedTime: time })),
  });
  for (const n of ['fraud-locked', 'churn-open']) {
    sagemaker(region, 'DescribeEndpoint', { EndpointName: n }, { EndpointName: n, EndpointArn: arn(n), EndpointConfigName: `${n}-config`, EndpointStatus: 'InService', CreationTime: time, LastModifiedTime: time });
    sagemaker(region, 'ListTags', { ResourceArn: arn(n) }, { Tags: [] });
  }
}

/**
 * The account's identities over two pages: an application role allowed InvokeEndpoint only through
 * the runtime VPC endpoint; ml-exec and the scientists group (through which the analyst user) hold
 * sagemaker:* everywhere, with a Deny of InvokeEndpoint on fraud-locked unless aws:SourceVpce
 * matches. The managed policies come on the second page, as IAM pages them.
 */
function mockIdentities(): void {
  mockAuthorizationDetails([
    {
      principals: [
        {
          type: 'role',
          name: 'app-invoker',
          arn: role('app-invoker'),
          inline: { 'invoke-via-vpce': [{ Effect: 'Allow', Action: 'sagemaker:InvokeEndpoint', Resource: endpointArn('*'), Condition: { StringEquals: { 'aws:SourceVpce': VPCE } } }] },
        },
        { type: 'role', name: 'ml-exec', arn: role('ml-exec'), attached: [OPS, DENY], trustedAccounts: ['444455556666'] },
        { type: 'user', name: 'analyst', arn: `arn:aws:iam::${ACCOUNT}:user/analyst`, groups: ['scientists'] },
        { type: 'group', name: 'scientists', arn: `arn:aws:iam::${ACCOUNT}:group/scientists`, attached: [OPS, DENY, 'arn:aws:iam::aws:policy/ReadOnlyAccess'] },
      ],
      policies: [],
    },
    {
      principals: [],
      policies: [
        { arn: OPS, statements: [{ Effect: 'Allow', Action: ['sagemaker:*', 's3:GetObject'], Resource: '*' }] },
        { arn: DENY, statements: [{ Effect: 'Deny', Action: 'sagemaker:InvokeEndpoint', Resource: LOCKED, Condition: { StringNotEquals: { 'aws:SourceVpce': VPCE } } }] },
        { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', statements: [{ Effect: 'Allow', Action: ['s3:Get*', 'sagemaker:Describe*'], Resource: '*' }] },
      ],
    },
  ]);
}

async function verdicts() {
  const inventory = await collect({ collectors: [endpoints], linkers: [linkEndpointExposure] });
  const graph = new AssetGraph(inventory.assets.map((a) => AssetSchema.parse(a)), inventory.edges);
  const verdictOf = async (id: string) => (await evaluateOne(rule, graph.get(id)!, graph, 5_000))![0]!;
  return { inventory, byId: new Map(inventory.assets.map((a) => [a.id, a])), locked: await verdictOf(LOCKED), open: await verdictOf(OPEN) };
}

describe('SageMaker endpoint exposure from the account identity policies (wire)', () => {
  useNock();

  it('passes on an endpoint locked to a VPC endpoint by aws:SourceVpce and fails on an open one', async () => {
    mockEndpoints();
    mockIdentities();
    const { inventory, byId, locked, open } = await verdicts();
    expect(inventory.gaps).toEqual([]);

    expect(byId.get(LOCKED)!.facts?.publicNetworkAccess).toBe(false);
    expect(detailOf(byId.get(LOCKED)!, 'invokeRestriction')).toMatchObject({ decision: 'restricted', confinedBy: ['aws:SourceVpce'] });
    expect(locked).toMatchObject({ status: 'pass', messageId: 'private' });

    expect(byId.get(OPEN)!.facts?.publicNetworkAccess).toBe(true);
    expect(detailOf(byId.get(OPEN)!, 'invokeRestriction')).toMatchObject({ decision: 'open', openTo: [role('ml-exec'), `arn:aws:iam::${ACCOUNT}:user/analyst`], openToOtherAccounts: [role('ml-exec')] });
    expect(open).toMatchObject({ status: 'fail', messageId: 'public' });

    // The account's grant list decided both endpoints; neither keeps a copy of it in its raw record.
    for (const id of [LOCKED, OPEN]) expect(detailOf(byId.get(id)!, 'invokeGrants'), id).toBeUndefined();
  });

  it('keeps of the authorization details only what concerns InvokeEndpoint', () => {
    const readOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'sagemaker:Describe*'], Resource: '*' }] });
    const entries: InvokeGrantEntry[] = invokeGrantEntries({ Policies: [{ Arn: readOnly, DefaultVersionId: 'v1', PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: encodeURIComponent(document) }] }] });
    // The policy stays (an attachment must resolve), its statements go: none concerns InvokeEndpoint.
    expect(entries).toEqual([{ type: 'policy', arn: readOnly, statements: [] }]);
  });

  it('is unknown, with the reason, when the identity policies cannot be read', async () => {
    mockEndpoints();
    mockAuthorizationDetailsDenied(ACCOUNT);
    const { inventory, byId, locked, open } = await verdicts();
    expect(inventory.gaps).toContainEqual(expect.objectContaining({ service: 'iam', errorCode: 'AccessDenied' }));
    for (const [id, verdict] of [[LOCKED, locked], [OPEN, open]] as const) {
      expect(byId.get(id)!.facts?.publicNetworkAccess).toBeUndefined();
      expect(verdict.status).toBe('unknown');
      expect(verdict.missingFacts).toEqual(['publicNetworkAccess']);
      expect(String(verdict.evidence?.invokeRestriction)).toMatch(/identity policies were not read \(iam:GetAccountAuthorizationDetails AccessDenied/);
    }
  });
  it('reads the account identity policies once for all regions (IAM is global)', async () => {
    mockEndpoints(REGION);
    mockEndpoints('us-east-1', false);
    mockIdentities(); // each page is answered once: a second read would fail and leave a gap
    const inventory = await collect({ collectors: [endpoints], linkers: [linkEndpointExposure], options: { regions: [REGION, 'us-east-1'] } });
    expect(inventory.gaps).toEqual([]);
    const exposure = new Map(inventory.assets.map((a) => [a.id, a.facts?.publicNetworkAccess]));
    expect(exposure.get(LOCKED)).toBe(false);
    expect(exposure.get(OPEN)).toBe(true);
    // ml-exec's sagemaker:* covers every region's endpoints; the Deny names only eu-west-1's fraud-locked.
    expect(exposure.get(`arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/fraud-locked`)).toBe(true);
  });
});

describe('invokeRestriction (statement semantics)', () => {
  const ep = LOCKED;
  const principal = (statements: InvokeGrantEntry['statements'], extra: Partial<InvokeGrantEntry> = {}): InvokeGrantEntry => ({ type: 'role', arn: role('r'), statements, ...extra });
  const allow = (Condition?: Record<string, Record<string, unknown>>) => ({ Effect: 'Allow', Action: 'sagemaker:Invoke*', Resource: '*', ...(Condition ? { Condition } : {}) });

  it('an IfExists match does not confine (the key is absent on the public runtime host)', () => {
    expect(invokeRestriction(ep, [principal([allow({ StringEqualsIfExists: { 'aws:SourceVpce': VPCE } })])]).decision).toBe('open');
  });

  it('aws:SourceVpc and a named aws:SourceIp range confine; 0.0.0.0/0 does not', () => {
    expect(invokeRestriction(ep, [principal([allow({ StringEquals: { 'aws:SourceVpc': 'vpc-0c3d4e5f607182930' } })])]).decision).toBe('restricted');
    expect(invokeRestriction(ep, [principal([allow({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } })])]).decision).toBe('restricted');
    expect(invokeRestriction(ep, [principal([allow({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })])]).decision).toBe('open');
  });

  it('a Deny with another condition besides the network one does not confine every call', () => {
    const deny = { Effect: 'Deny', Action: 'sagemaker:InvokeEndpoint', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': VPCE }, Bool: { 'aws:ViaAWSService': 'false' } } };
    expect(invokeRestriction(ep, [principal([allow(), deny])]).decision).toBe('open');
  });

  it('an Allow on another endpoint, or through NotAction, is read by what it covers', () => {
    expect(invokeRestriction(ep, [principal([{ Effect: 'Allow', Action: 'sagemaker:InvokeEndpoint', Resource: endpointArn('other') }])]).decision).toBe('restricted');
    expect(invokeRestriction(ep, [principal([{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }])]).decision).toBe('open');
  });

  it('a managed policy or boundary it cannot resolve leaves it unknown; a boundary without the action closes it', () => {
    expect(invokeRestriction(ep, [principal([], { policies: [OPS] })])).toMatchObject({ decision: 'unknown', reason: expect.stringContaining('could not be resolved') });
    expect(invokeRestriction(ep, [principal([allow()], { boundary: OPS })]).decision).toBe('unknown');
    const boundary: InvokeGrantEntry = { type: 'policy', arn: OPS, statements: [] };
    expect(invokeRestriction(ep, [principal([allow()], { boundary: OPS }), boundary]).decision).toBe('restricted');
  });
});
