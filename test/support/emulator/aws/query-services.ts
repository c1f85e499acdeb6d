import type { Reply } from '../loopback.js';
import type { AwsEstate } from './estate.js';
import { ec2Protocol, ec2Reply, formOf, numbered, queryProtocol, queryReply } from './wire.js';

type Json = Record<string, unknown>;

export const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
export const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const iamError = queryProtocol(IAM_NS).error;

/** STS and IAM (query protocol, `member` lists). Undefined: not served. */
export function answerStsIam(estate: AwsEstate, service: 'sts' | 'iam', body: string): Reply | undefined {
  const form = formOf(body);
  const action = form.get('Action') ?? '';
  if (service === 'sts') {
    if (action !== 'GetCallerIdentity') return undefined;
    return queryReply(STS_NS, action, { Arn: `arn:aws:iam::${estate.account}:user/scanner`, UserId: 'AIDAEMULATOR0000000', Account: estate.account });
  }
  const reply = (result: Json) => queryReply(IAM_NS, action, result);
  const noRole = (name: string) => iamError(404, 'NoSuchEntity', `The role with name ${name} cannot be found.`);
  const roleName = form.get('RoleName') ?? '';
  const role = estate.iam.roles.get(roleName);
  switch (action) {
    case 'GetRole':
      return role ? reply({ Role: role.role }) : noRole(roleName);
    case 'ListAttachedRolePolicies':
      return role ? reply({ AttachedPolicies: role.attached, IsTruncated: false }) : noRole(roleName);
    case 'ListRolePolicies':
      return role ? reply({ PolicyNames: [...role.inline.keys()], IsTruncated: false }) : noRole(roleName);
    case 'GetRolePolicy': {
      const name = form.get('PolicyName') ?? '';
      const document = role?.inline.get(name);
      return document ? reply({ RoleName: roleName, PolicyName: name, PolicyDocument: document }) : iamError(404, 'NoSuchEntity', `The role policy with name ${name} cannot be found.`);
    }
    case 'GetPolicy':
    case 'GetPolicyVersion': {
      const arn = form.get('PolicyArn') ?? '';
      const policy = estate.iam.policies.get(arn);
      if (!policy) return iamError(404, 'NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
      if (action === 'GetPolicy') return reply({ Policy: policy.policy });
      if (form.get('VersionId') !== policy.policy.DefaultVersionId) return iamError(404, 'NoSuchEntity', `Policy ${arn} version ${form.get('VersionId')} does not exist.`);
      return reply({ PolicyVersion: { Document: policy.document, VersionId: policy.policy.DefaultVersionId, IsDefaultVersion: true, CreateDate: new Date(Date.UTC(2024, 0, 1)) } });
    }
    case 'ListAccountAliases':
      // One alias per emulated account, as an account named in the console has.
      return reply({ AccountAliases: [`ml-estate-${estate.account}`], IsTruncated: false });
    case 'GetAccountAuthorizationDetails':
      // Every role and managed policy of the estate on one page (the estate has no users or groups).
      return reply({
        UserDetailList: [],
        GroupDetailList: [],
        RoleDetailList: [...estate.iam.roles.values()].map((r) => ({
          ...r.role,
          RolePolicyList: [...r.inline].map(([PolicyName, PolicyDocument]) => ({ PolicyName, PolicyDocument })),
          AttachedManagedPolicies: r.attached,
        })),
        Policies: [...estate.iam.policies.values()].map((p) => ({
          ...p.policy,
          PolicyVersionList: [{ Document: p.document, VersionId: p.policy.DefaultVersionId, IsDefaultVersion: true, CreateDate: new Date(Date.UTC(2024, 0, 1)) }],
        })),
        IsTruncated: false,
      });
    default:
      return undefined;
  }
}

/** EC2 (query protocol, `item` lists, `Filter.N.Name` / `Filter.N.Value.M`). Undefined: not served. */
export function answerEc2(estate: AwsEstate, body: string): Reply | undefined {
  const form = formOf(body);
  const action = form.get('Action') ?? '';
  const e = estate.ec2;
  const byIds = (list: Json[], idKey: string, param: string, notFound: string, what: string, set: string): Reply => {
    const wanted = numbered(form, param);
    const missing = wanted.find((id) => !list.some((x) => x[idKey] === id));
    if (missing) return ec2Protocol.error(400, notFound, `The ${what} ID '${missing}' does not exist`);
    return ec2Reply(action, { [set]: wanted.length ? list.filter((x) => wanted.includes(x[idKey] as string)) : list });
  };
  const filtered = (list: Json[], set: string): Reply => ec2Reply(action, { [set]: list.filter((x) => filtersOf(form).every(([name, values]) => values.includes(String(x[FILTER_FIELDS[name] ?? name])))) });
  switch (action) {
    case 'DescribeSubnets':
      return byIds(e.subnets, 'subnetId', 'SubnetId', 'InvalidSubnetID.NotFound', 'subnet', 'subnetSet');
    case 'DescribeSecurityGroups':
      return byIds(e.securityGroups, 'groupId', 'GroupId', 'InvalidGroup.NotFound', 'security group', 'securityGroupInfo');
    case 'DescribeVpcs':
      return byIds(e.vpcs, 'vpcId', 'VpcId', 'InvalidVpcID.NotFound', 'vpc', 'vpcSet');
    case 'DescribeRouteTables':
      return filtered(e.routeTables, 'routeTableSet');
    case 'DescribeVpcEndpoints':
      return filtered(e.vpcEndpoints, 'vpcEndpointSet');
    case 'DescribeFlowLogs':
      return filtered(e.flowLogs, 'flowLogSet');
    case 'DescribeRegions':
      return ec2Reply(action, { regionInfo: [{ regionName: estate.region, regionEndpoint: `ec2.${estate.region}.amazonaws.com`, optInStatus: 'opt-in-not-required' }] });
    default:
      return undefined;
  }
}

/** EC2 filter names → the record member they test. */
const FILTER_FIELDS: Record<string, string> = { 'vpc-id': 'vpcId', 'resource-id': 'resourceId' };

function filtersOf(form: Map<string, string>): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  for (let i = 1; form.has(`Filter.${i}.Name`); i++) out.push([form.get(`Filter.${i}.Name`)!, numbered(form, `Filter.${i}.Value`)]);
  return out;
}
