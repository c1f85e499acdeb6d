import { describe, expect, it } from 'vitest';
import { createAwsSource } from '../../../providers/aws/index.js';
import { domains, notebookInstances, userProfiles } from '../../../providers/aws/collectors/sagemaker-studio.js';
import { awsWorkspace, narrowToWorkspace } from '../../../providers/aws/workspace-scope.js';
import { makeAsset } from '../../support/assets.js';
import { patched, wire } from '../../support/wire-assets.js';
import { ACCOUNT, REGION, collect, sagemaker, stsCallerIdentity, useNock } from './support.js';

const SM = (region: string, resource: string) => `arn:aws:sagemaker:${region}:${ACCOUNT}:${resource}`;
const DOMAIN = 'd-7qhzb4oe8xkp';
const OTHER = 'd-0therd0main1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-ExecutionRole-fraud`;
const OTHER_ROLE = `arn:aws:iam::${ACCOUNT}:role/other`;

describe('narrowing an AWS inventory to one workspace', () => {
  const domain = makeAsset({ id: SM(REGION, `domain/${DOMAIN}`), kind: 'workspace', provider: 'aws', account: ACCOUNT, region: REGION });
  const profile = makeAsset({ id: SM(REGION, `user-profile/${DOMAIN}/alice`), kind: 'identity', provider: 'aws', account: ACCOUNT, region: REGION });
  const space = makeAsset({ id: SM(REGION, `space/${DOMAIN}/shared`), kind: 'compute', provider: 'aws', account: ACCOUNT, region: REGION });
  const role = makeAsset({ id: ROLE, kind: 'role', provider: 'aws', account: ACCOUNT, region: 'global' });
  const other = makeAsset({ id: SM(REGION, `domain/${OTHER}`), kind: 'workspace', provider: 'aws', account: ACCOUNT, region: REGION });
  const otherRole = makeAsset({ id: OTHER_ROLE, kind: 'role', provider: 'aws', account: ACCOUNT, region: 'global' });
  const notebook = makeAsset({ id: SM(REGION, 'notebook-instance/fraud-nb'), name: 'Fraud-NB', kind: 'notebook', provider: 'aws', account: ACCOUNT, region: REGION });
  const inventory = {
    assets: [domain, profile, space, role, other, otherRole, notebook],
    edges: [
      { from: domain.id, to: profile.id, kind: 'contains' as const },
      { from: profile.id, to: ROLE, kind: 'assumes' as const },
      { from: other.id, to: OTHER_ROLE, kind: 'assumes' as const },
      { from: notebook.id, to: OTHER_ROLE, kind: 'assumes' as const },
    ],
    gaps: [{ provider: 'aws' as const, account: ACCOUNT, service: 'iam', errorCode: 'AccessDenied', kinds: ['role' as const] }],
  };

  it('keeps the domain, what lives in it (by edge or by its id in the ARN) and what they reach; the gaps stay', () => {
    const narrowed = narrowToWorkspace(inventory, awsWorkspace({ domain: DOMAIN })!);
    expect(narrowed.assets.map((a) => a.id)).toEqual([domain.id, profile.id, space.id, ROLE]);
    expect(narrowed.edges).toEqual(inventory.edges.slice(0, 2));
    expect(narrowed.gaps).toEqual(inventory.gaps);
  });

  it('keeps a notebook by name, whatever its case, and what it reaches', () => {
    const narrowed = narrowToWorkspace(inventory, awsWorkspace({ notebook: 'Fraud-NB' })!);
    expect(narrowed.assets.map((a) => a.id)).toEqual([otherRole.id, notebook.id]);
  });

  it('a workspace ARN names its account and region; an ARN of another account keeps nothing here', () => {
    expect(awsWorkspace({ domain: SM('eu-central-1', `domain/${DOMAIN}`) })).toEqual({ kind: 'domain', name: DOMAIN, account: ACCOUNT, region: 'eu-central-1' });
    const elsewhere = awsWorkspace({ domain: `arn:aws:sagemaker:${REGION}:444455556666:domain/${DOMAIN}` })!;
    expect(narrowToWorkspace(inventory, elsewhere).assets).toEqual([]);
  });

  it('a workspace found nowhere is a coverage gap in each account read completely, never an empty clean result', () => {
    const scanned = { ...inventory, accounts: [{ provider: 'aws' as const, id: ACCOUNT }, { provider: 'aws' as const, id: '444455556666' }] };
    const narrowed = narrowToWorkspace(scanned, awsWorkspace({ domain: 'd-mistyped0id' })!);
    expect(narrowed.assets).toEqual([]);
    expect(narrowed.gaps).toEqual([
      ...inventory.gaps,
      ...[ACCOUNT, '444455556666'].map((account) => ({
        provider: 'aws',
        account,
        service: 'sagemaker',
        errorCode: 'WorkspaceNotFound',
        message: 'Studio domain d-mistyped0id was not found in the regions scanned: nothing about it is reported',
        kinds: ['workspace'],
      })),
    ]);
    const elsewhere = narrowToWorkspace(inventory, awsWorkspace({ notebook: `arn:aws:sagemaker:eu-central-1:444455556666:notebook-instance/nb` })!);
    expect(elsewhere.gaps.slice(1)).toEqual([expect.objectContaining({ account: '444455556666', region: 'eu-central-1', errorCode: 'WorkspaceNotFound', kinds: ['notebook'] })]);
  });

  it('an account whose listing of that kind failed keeps its own gap and gets no "not found" one; a found workspace adds none', () => {
    const denied = { provider: 'aws' as const, account: ACCOUNT, region: REGION, service: 'sagemaker', errorCode: 'AccessDeniedException', kinds: ['workspace' as const] };
    const blind = { ...inventory, gaps: [denied], accounts: [{ provider: 'aws' as const, id: ACCOUNT }] };
    expect(narrowToWorkspace(blind, awsWorkspace({ domain: 'd-mistyped0id' })!).gaps).toEqual([denied]);
    const unentered = { provider: 'aws' as const, account: ACCOUNT, service: 'sts', errorCode: 'AccessDenied', message: 'AssumeRole into scanner: denied' };
    expect(narrowToWorkspace({ ...blind, gaps: [unentered] }, awsWorkspace({ domain: 'd-mistyped0id' })!).gaps).toEqual([unentered]);
    expect(narrowToWorkspace({ ...inventory, accounts: blind.accounts }, awsWorkspace({ domain: DOMAIN })!).gaps).toEqual(inventory.gaps);
  });

  it('rejects a malformed reference or both at once, naming the field', () => {
    expect(() => createAwsSource({ domain: 'studio-prod' })).toThrow(/aws options: domain: a SageMaker Studio domain id \(d-\.\.\.\) or domain ARN/);
    expect(() => createAwsSource({ notebook: 'bad name!' })).toThrow(/aws options: notebook: a SageMaker notebook instance name or ARN/);
    expect(() => createAwsSource({ domain: DOMAIN, notebook: 'nb' })).toThrow(/aws options: notebook: give either a domain or a notebook, not both/);
  });
});

describe('--aws-domain and --aws-notebook on the wire', () => {
  useNock();

  it('collects the region and keeps one Studio domain with its user profiles, not the other domain', async () => {
    stsCallerIdentity();
    const listed = wire<{ Domains: Record<string, unknown>[] }>('aws/sagemaker/ListDomains.json');
    const otherSummary = { ...listed.Domains[0]!, DomainArn: SM(REGION, `domain/${OTHER}`), DomainId: OTHER, DomainName: 'sandbox-studio' };
    sagemaker(REGION, 'ListDomains', undefined, { Domains: [listed.Domains[0]!, otherSummary] });
    sagemaker(REGION, 'DescribeDomain', { DomainId: DOMAIN }, wire('aws/sagemaker/DescribeDomain.json'));
    sagemaker(REGION, 'DescribeDomain', { DomainId: OTHER }, patched(wire('aws/sagemaker/DescribeDomain.json'), { DomainArn: SM(REGION, `domain/${OTHER}`), DomainId: OTHER, DomainName: 'sandbox-studio' }));
    sagemaker(REGION, 'ListTags', { ResourceArn: SM(REGION, `domain/${DOMAIN}`) }, { Tags: [] });
    sagemaker(REGION, 'ListTags', { ResourceArn: SM(REGION, `domain/${OTHER}`) }, { Tags: [] });
    const profile = (domainId: string, name: string) => ({ DomainId: domainId, UserProfileName: name, Status: 'InService', CreationTime: 1717410600, LastModifiedTime: 1717410600 });
    sagemaker(REGION, 'ListUserProfiles', undefined, { UserProfiles: [profile(DOMAIN, 'alice'), profile(OTHER, 'bob')] });
    for (const [domainId, name] of [[DOMAIN, 'alice'], [OTHER, 'bob']] as const) {
      sagemaker(REGION, 'DescribeUserProfile', { DomainId: domainId, UserProfileName: name }, {
        DomainId: domainId,
        UserProfileArn: SM(REGION, `user-profile/${domainId}/${name}`),
        UserProfileName: name,
        Status: 'InService',
        UserSettings: { ExecutionRole: domainId === DOMAIN ? ROLE : OTHER_ROLE },
      });
    }

    const inventory = await collect({ collectors: [domains, userProfiles], options: { domain: DOMAIN } });

    expect(inventory.assets.map((a) => a.id).sort()).toEqual([SM(REGION, `domain/${DOMAIN}`), SM(REGION, `user-profile/${DOMAIN}/alice`)]);
    expect(inventory.edges.every((e) => inventory.assets.some((a) => a.id === e.from))).toBe(true);
    expect(inventory.edges).toContainEqual({ from: SM(REGION, `user-profile/${DOMAIN}/alice`), to: ROLE, kind: 'assumes' });
    expect(inventory.gaps).toEqual([]);
  });

  it('a notebook ARN scans only its account and region (no region listing) and keeps that notebook', async () => {
    const region = 'eu-central-1';
    stsCallerIdentity(ACCOUNT, REGION);
    const nb = (name: string) => ({ NotebookInstanceName: name, NotebookInstanceArn: SM(region, `notebook-instance/${name.toLowerCase()}`), NotebookInstanceStatus: 'InService' });
    sagemaker(region, 'ListNotebookInstances', undefined, { NotebookInstances: [nb('Fraud-NB'), nb('scratch')] });
    for (const name of ['Fraud-NB', 'scratch']) {
      sagemaker(region, 'DescribeNotebookInstance', { NotebookInstanceName: name }, patched(wire('aws/sagemaker/DescribeNotebookInstance.json'), { ...nb(name), NotebookInstanceLifecycleConfigName: undefined }));
      sagemaker(region, 'ListTags', { ResourceArn: nb(name).NotebookInstanceArn }, { Tags: [] });
    }

    const inventory = await collect({ collectors: [notebookInstances], options: { notebook: SM(region, 'notebook-instance/fraud-nb'), regions: undefined } });

    expect(inventory.assets.map((a) => [a.id, a.region])).toEqual([[SM(region, 'notebook-instance/fraud-nb'), region]]);
  });
});
