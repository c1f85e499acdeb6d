import {
  DescribeFlowLogsCommand,
  type DescribeFlowLogsRequest,
  type DescribeFlowLogsResult,
  DescribeRouteTablesCommand,
  type DescribeRouteTablesRequest,
  type DescribeRouteTablesResult,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  type DescribeVpcEndpointsRequest,
  type DescribeVpcEndpointsResult,
  DescribeVpcsCommand,
  type IpPermission,
  type RouteTable,
  type SecurityGroup,
  type Subnet,
  type Vpc,
  type VpcEndpoint,
} from '@aws-sdk/client-ec2';
import type { Facts } from '../../../src/model/index.js';
import { ec2Arn } from '../arn.js';
import { defineCollector, detail } from '../collector.js';
import { op } from '../operations.js';
import { tagMap } from './common.js';

const idOf = (arn: string) => arn.split('/').pop()!;
const NEXT = { input: 'NextToken', output: 'NextToken' } as const;

export const subnets = defineCollector<Subnet>({
  name: 'ec2/subnets',
  kind: 'subnet',
  nativeType: 'AWS::EC2::Subnet',
  facts: ['publicIp', 'subnetPublic', 'inVirtualNetwork', 'mlRelated'],
  scope: 'regional',
  phase: 2,
  refs: {
    match: (ref, s) => ref.startsWith(`arn:${s.partition}:ec2:${s.region}:${s.account}:subnet/`),
    op: op('ec2', DescribeSubnetsCommand),
    batch: 100,
    input: (refs) => ({ SubnetIds: refs.map(idOf) }),
    items: (o) => o.Subnets,
    absent: ['InvalidSubnetID.NotFound'],
  },
  details: [
    detail<Subnet, DescribeRouteTablesRequest, DescribeRouteTablesResult>({
      key: 'routeTables',
      op: op('ec2', DescribeRouteTablesCommand),
      input: (r) => ({ Filters: [{ Name: 'vpc-id', Values: [r.VpcId ?? ''] }] }),
      page: { ...NEXT, items: (o) => o.RouteTables },
    }),
  ],
  normalize(r, ctx) {
    const facts: Facts = { mlRelated: true, inVirtualNetwork: true };
    if (r.MapPublicIpOnLaunch !== undefined) facts.publicIp = r.MapPublicIpOnLaunch;
    const tables = ctx.details.routeTables as RouteTable[] | undefined;
    if (tables) {
      const own = tables.find((t) => t.Associations?.some((a) => a.SubnetId === r.SubnetId));
      const main = tables.find((t) => t.Associations?.some((a) => a.Main === true));
      const table = own ?? main;
      facts.subnetPublic = Boolean(table?.Routes?.some((route) => route.GatewayId?.startsWith('igw-') && (route.DestinationCidrBlock === '0.0.0.0/0' || route.DestinationIpv6CidrBlock === '::/0')));
    }
    return {
      id: r.SubnetArn ?? ec2Arn(ctx, 'subnet', r.SubnetId!),
      name: tagMap(r.Tags)?.Name ?? r.SubnetId!,
      facts,
      tags: tagMap(r.Tags) ?? {},
      edges: r.VpcId ? [{ kind: 'contains', from: ec2Arn(ctx, 'vpc', r.VpcId) }] : [],
    };
  },
});

const OPEN_V4 = '0.0.0.0/0';
const OPEN_V6 = '::/0';
const ADMIN_PORTS = [22, 3389];

function openRules(perms: readonly IpPermission[] | undefined): IpPermission[] {
  return (perms ?? []).filter((p) => p.IpRanges?.some((r) => r.CidrIp === OPEN_V4) || p.Ipv6Ranges?.some((r) => r.CidrIpv6 === OPEN_V6));
}

function coversPort(p: IpPermission, port: number): boolean {
  if (p.IpProtocol === '-1') return true;
  if (p.IpProtocol !== 'tcp' && p.IpProtocol !== '6') return false;
  return (p.FromPort ?? 0) <= port && port <= (p.ToPort ?? 65535);
}

export const securityGroups = defineCollector<SecurityGroup>({
  name: 'ec2/security-groups',
  kind: 'security-group',
  nativeType: 'AWS::EC2::SecurityGroup',
  facts: ['ingressOpenToInternet', 'adminPortsOpenToInternet', 'outboundRestricted', 'mlRelated'],
  scope: 'regional',
  phase: 2,
  refs: {
    match: (ref, s) => ref.startsWith(`arn:${s.partition}:ec2:${s.region}:${s.account}:security-group/`),
    op: op('ec2', DescribeSecurityGroupsCommand),
    batch: 100,
    input: (refs) => ({ GroupIds: refs.map(idOf) }),
    items: (o) => o.SecurityGroups,
    absent: ['InvalidGroup.NotFound'],
  },
  normalize(r, ctx) {
    const ingress = openRules(r.IpPermissions);
    const egress = openRules(r.IpPermissionsEgress);
    const facts: Facts = {
      mlRelated: true,
      ingressOpenToInternet: ingress.length > 0,
      adminPortsOpenToInternet: ingress.some((p) => ADMIN_PORTS.some((port) => coversPort(p, port))),
      outboundRestricted: egress.length === 0,
    };
    return {
      id: r.SecurityGroupArn ?? ec2Arn(ctx, 'security-group', r.GroupId!),
      name: r.GroupName ?? r.GroupId!,
      facts,
      tags: tagMap(r.Tags) ?? {},
      edges: r.VpcId ? [{ kind: 'in-network', to: ec2Arn(ctx, 'vpc', r.VpcId) }] : [],
    };
  },
});

/** Interface/gateway endpoint services that keep SageMaker and S3 traffic off the internet. */
export const ML_ENDPOINT_SERVICES = ['sagemaker.api', 'sagemaker.runtime', 's3'] as const;

export function mlEndpointServices(endpoints: readonly VpcEndpoint[]): string[] {
  const out = new Set<string>();
  for (const e of endpoints) {
    if (e.State && !['available', 'Available', 'pendingAcceptance'].includes(e.State)) continue;
    const suffix = ML_ENDPOINT_SERVICES.find((s) => e.ServiceName?.endsWith(`.${s}`));
    if (suffix) out.add(suffix);
  }
  return [...out].sort();
}

export const vpcs = defineCollector<Vpc>({
  name: 'ec2/vpcs',
  kind: 'network',
  nativeType: 'AWS::EC2::VPC',
  facts: ['privateEndpoints', 'loggingEnabled', 'mlRelated'],
  scope: 'regional',
  phase: 3,
  refs: {
    match: (ref, s) => ref.startsWith(`arn:${s.partition}:ec2:${s.region}:${s.account}:vpc/`),
    op: op('ec2', DescribeVpcsCommand),
    batch: 100,
    input: (refs) => ({ VpcIds: refs.map(idOf) }),
    items: (o) => o.Vpcs,
    absent: ['InvalidVpcID.NotFound'],
  },
  details: [
    detail<Vpc, DescribeVpcEndpointsRequest, DescribeVpcEndpointsResult>({
      key: 'endpoints',
      op: op('ec2', DescribeVpcEndpointsCommand),
      input: (r) => ({ Filters: [{ Name: 'vpc-id', Values: [r.VpcId ?? ''] }] }),
      page: { ...NEXT, items: (o) => o.VpcEndpoints },
    }),
    detail<Vpc, DescribeFlowLogsRequest, DescribeFlowLogsResult>({
      key: 'flowLogs',
      op: op('ec2', DescribeFlowLogsCommand),
      input: (r) => ({ Filter: [{ Name: 'resource-id', Values: [r.VpcId ?? ''] }] }),
      page: { ...NEXT, items: (o) => o.FlowLogs },
    }),
  ],
  normalize(r, ctx) {
    const facts: Facts = { mlRelated: true };
    const endpoints = ctx.details.endpoints as VpcEndpoint[] | undefined;
    if (endpoints) facts.privateEndpoints = mlEndpointServices(endpoints).length;
    const flows = ctx.details.flowLogs as Array<{ FlowLogStatus?: string }> | undefined;
    if (flows) facts.loggingEnabled = flows.some((f) => f.FlowLogStatus === 'ACTIVE');
    return {
      id: ec2Arn(ctx, 'vpc', r.VpcId!),
      name: tagMap(r.Tags)?.Name ?? r.VpcId!,
      facts,
      tags: tagMap(r.Tags) ?? {},
    };
  },
});

export const networkCollectors = [subnets, securityGroups, vpcs];
