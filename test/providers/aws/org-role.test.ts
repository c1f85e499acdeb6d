import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../../src/cli/main.js';
import { UsageError } from '../../../src/errors.js';
import { awsReadActions, type PolicyDocument } from '../../../providers/aws/permissions.js';
import {
  awsOrgRole,
  INLINE_ROLE_POLICY_LIMIT,
  MANAGED_POLICIES_PER_ROLE,
  MANAGED_POLICY_LIMIT,
  policySize,
  splitPolicies,
  type OrgRoleDocument,
} from '../../../providers/aws/org-role.js';
import { READ_ONLY_ACTION } from './support.js';

const SCANNER = 'arn:aws:iam::111122223333:role/MlscanScanner';

interface Template {
  AWSTemplateFormatVersion: string;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  Outputs: { RoleArn: { Value: unknown } };
}

/** Every permission policy the template grants: the role's inline policies and the managed policies attached to it. */
function templatePolicies(template: Template): PolicyDocument[] {
  const out: PolicyDocument[] = [];
  for (const r of Object.values(template.Resources)) {
    if (r.Type === 'AWS::IAM::Role') for (const p of (r.Properties['Policies'] as Array<{ PolicyDocument: PolicyDocument }> | undefined) ?? []) out.push(p.PolicyDocument);
    if (r.Type === 'AWS::IAM::ManagedPolicy') out.push(r.Properties['PolicyDocument'] as PolicyDocument);
  }
  return out;
}

function expectReadOnlyExactly(policies: PolicyDocument[], actions: readonly string[]): void {
  const granted = policies.flatMap((p) => p.Statement.flatMap((s) => s.Action));
  expect(granted.sort()).toEqual([...actions].sort());
  for (const p of policies)
    for (const s of p.Statement) {
      expect(s).toMatchObject({ Effect: 'Allow', Resource: '*' });
      for (const a of s.Action) expect(a, a).toMatch(READ_ONLY_ACTION);
    }
}

describe('awsOrgRole (permissions aws --org)', () => {
  const doc = awsOrgRole({ trustPrincipal: SCANNER, externalId: 'mlscan-ext-1', role: 'security/MlscanReadOnly' });
  const template = parse(doc.template) as Template;

  it('the template parses as YAML and has the role, its path and an ARN output', () => {
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
    const roles = Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Role');
    expect(roles).toHaveLength(1);
    expect(roles[0]!.Properties).toMatchObject({ RoleName: 'MlscanReadOnly', Path: '/security/' });
    expect(template.Outputs.RoleArn.Value).toEqual({ 'Fn::GetAtt': ['MlscanRole', 'Arn'] });
  });

  it('the trust policy names the given principal only, with the ExternalId condition and no wildcard', () => {
    const role = Object.values(template.Resources).find((r) => r.Type === 'AWS::IAM::Role')!;
    expect(role.Properties['AssumeRolePolicyDocument']).toEqual(doc.trustPolicy);
    expect(doc.trustPolicy.Statement).toEqual([
      { Sid: 'MlscanScanner', Effect: 'Allow', Principal: { AWS: SCANNER }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'mlscan-ext-1' } } },
    ]);
    expect(JSON.stringify(doc.trustPolicy)).not.toContain('*');
    expect(awsOrgRole({ trustPrincipal: '111122223333' }).trustPolicy.Statement).toEqual([
      { Sid: 'MlscanScanner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' },
    ]);
  });

  it('its policies together grant exactly the generated read-only actions, each under the IAM size limit', () => {
    const policies = templatePolicies(template);
    expect(policies).toEqual(doc.policies);
    expectReadOnlyExactly(policies, awsReadActions());
    const limit = doc.policyKind === 'inline' ? INLINE_ROLE_POLICY_LIMIT : MANAGED_POLICY_LIMIT;
    for (const p of policies) expect(policySize(p)).toBeLessThanOrEqual(limit);
    if (doc.policyKind === 'inline') expect(policies.reduce((n, p) => n + policySize(p), 0)).toBeLessThanOrEqual(INLINE_ROLE_POLICY_LIMIT);
  });

  it('splits into managed policies under 6,144 characters each when one inline policy would be too big', () => {
    const letters = (i: number) => [...String(i).padStart(4, '0')].map((d) => String.fromCharCode(65 + Number(d))).join('');
    const many = Array.from({ length: 600 }, (_, i) => `sagemaker:DescribeSomethingRatherLong${letters(i)}`);
    const { kind, policies } = splitPolicies(many);
    expect(kind).toBe('managed');
    expect(policies.length).toBeGreaterThan(1);
    expect(policies.length).toBeLessThanOrEqual(MANAGED_POLICIES_PER_ROLE);
    for (const p of policies) expect(policySize(p)).toBeLessThanOrEqual(MANAGED_POLICY_LIMIT);
    expectReadOnlyExactly(policies, many);
  });

  it('gives the StackSet commands: service-managed, auto-deployment', () => {
    expect(doc.commands[0]).toContain('aws cloudformation create-stack-set');
    expect(doc.commands[0]).toContain('--permission-model SERVICE_MANAGED --auto-deployment Enabled=true');
    expect(doc.commands[0]).toContain('CAPABILITY_NAMED_IAM');
    expect(doc.commands[1]).toContain('aws cloudformation create-stack-instances');
    expect(doc.commands[2]).toContain('--aws-org --aws-role security/MlscanReadOnly');
  });

  it('a missing or broad principal, a bad role name or external id is a usage error', () => {
    expect(() => awsOrgRole({})).toThrow(UsageError);
    for (const trustPrincipal of ['*', 'arn:aws:iam::111122223333:role/*', 'arn:aws:iam::*:root', '1111'])
      expect(() => awsOrgRole({ trustPrincipal }), trustPrincipal).toThrow(UsageError);
    expect(() => awsOrgRole({ trustPrincipal: SCANNER, role: 'bad name' })).toThrow(UsageError);
    expect(() => awsOrgRole({ trustPrincipal: SCANNER, externalId: 'x' })).toThrow(UsageError);
  });
});

describe('mlscan permissions aws --org', () => {
  let stdout = '';
  beforeEach(() => {
    stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  it('--json prints one valid JSON document with the trust policy, template and commands', async () => {
    expect(await main(['permissions', 'aws', '--org', '--trust-principal', SCANNER, '--aws-role', 'Scanner', '--json'])).toBe(0);
    const out = JSON.parse(stdout) as OrgRoleDocument;
    expect(out.roleName).toBe('Scanner');
    expect(out.trustPolicy.Statement[0]!.Principal).toEqual({ AWS: SCANNER });
    expect(out.trustPolicy.Statement[0]!.Condition).toBeUndefined();
    expectReadOnlyExactly(templatePolicies(parse(out.template) as Template), awsReadActions());
  });

  it('prints text: the trust policy, the template and the how-to', async () => {
    expect(await main(['permissions', 'aws', '--org', '--trust-principal', '111122223333'])).toBe(0);
    expect(stdout).toContain('"AWS": "arn:aws:iam::111122223333:root"');
    expect(stdout).toContain('Type: AWS::IAM::Role');
    expect(stdout).toContain('--permission-model SERVICE_MANAGED --auto-deployment Enabled=true');
  });

  it('without --org prints the policy as before; an org flag without --org or the principal is exit 2', async () => {
    expect(await main(['permissions', 'aws'])).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('Statement');
    expect(await main(['permissions', 'aws', '--org'])).toBe(2);
    expect(await main(['permissions', 'aws', '--trust-principal', SCANNER])).toBe(2);
  });
});
