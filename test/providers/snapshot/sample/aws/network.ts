import { detailOf, recordOf } from '../../../../../src/model/index.js';
import type { DescribedRecord, NamedRef } from '../estate-builder.js';
import { addAwsRecord, arn, providerRecord, type AwsScope } from './scope.js';

const ec2Tags = (name: string) => [{ Key: 'Name', Value: name }];
const vpcIdOf = (vpc: DescribedRecord) => recordOf<{ VpcId: string }>(vpc)!.VpcId;

/**
 * A VPC (DescribeVpcs) with its VPC endpoints and flow logs under `details`, as the provider
 * reads them. vpcEndpoint() adds each endpoint it creates to this list.
 */
export function vpc(scope: AwsScope, o: { vpcId: string; name: string; cidr: string; isDefault?: boolean; flowLogsTo?: NamedRef }): DescribedRecord {
  const network = addAwsRecord(scope, {
    id: arn(scope, 'ec2', `vpc/${o.vpcId}`),
    name: o.name,
    nativeType: 'AWS::EC2::VPC',
    raw: providerRecord(
      {
        VpcId: o.vpcId,
        OwnerId: scope.account,
        CidrBlock: o.cidr,
        State: 'available',
        IsDefault: o.isDefault ?? false,
        InstanceTenancy: 'default',
        DhcpOptionsId: 'dopt-0c41a9e2b7d853f16',
        Tags: ec2Tags(o.name),
      },
      {
        endpoints: [],
        flowLogs: o.flowLogsTo
          ? [{ FlowLogId: `fl-0${o.vpcId.slice(5, 21)}`, ResourceId: o.vpcId, TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs', LogGroupName: o.flowLogsTo.name, FlowLogStatus: 'ACTIVE', MaxAggregationInterval: 600 }]
          : [],
      },
    ),
  });
  return network;
}

export interface SubnetOptions {
  subnetId: string;
  name: string;
  vpc: DescribedRecord;
  cidr: string;
  az: string;
  /** The subnet's route table sends 0.0.0.0/0 to an internet gateway. */
  routesToInternetGateway: boolean;
  mapPublicIp?: boolean;
}

/** A subnet (DescribeSubnets) with the route tables that apply to it. */
export function subnet(scope: AwsScope, o: SubnetOptions): DescribedRecord {
  const id = arn(scope, 'ec2', `subnet/${o.subnetId}`);
  const routes = [
    { DestinationCidrBlock: recordOf<{ CidrBlock: string }>(o.vpc)!.CidrBlock, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
    ...(o.routesToInternetGateway ? [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0e4a2c6b8d1f3a579', Origin: 'CreateRoute', State: 'active' }] : []),
  ];
  const asset = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::EC2::Subnet',
    raw: providerRecord(
      {
        SubnetId: o.subnetId,
        SubnetArn: id,
        VpcId: vpcIdOf(o.vpc),
        OwnerId: scope.account,
        CidrBlock: o.cidr,
        AvailabilityZone: o.az,
        MapPublicIpOnLaunch: o.mapPublicIp ?? false,
        State: 'available',
        Tags: ec2Tags(o.name),
      },
      {
        routeTables: [
          {
            RouteTableId: `rtb-0${o.subnetId.slice(8, 24)}`,
            VpcId: vpcIdOf(o.vpc),
            Associations: [{ SubnetId: o.subnetId, Main: false }],
            Routes: routes,
          },
        ],
      },
    ),
  });
  return asset;
}

export interface IngressRule {
  protocol: 'tcp' | '-1';
  from?: number;
  to?: number;
  cidr: string;
  description?: string;
}

/** A security group (DescribeSecurityGroups). */
export function securityGroup(
  scope: AwsScope,
  o: { groupId: string; name: string; description: string; vpc: DescribedRecord; ingress: IngressRule[]; egressAnywhere: boolean },
): DescribedRecord {
  const permission = (r: IngressRule) => ({
    IpProtocol: r.protocol,
    ...(r.protocol === 'tcp' && { FromPort: r.from, ToPort: r.to }),
    IpRanges: [{ CidrIp: r.cidr, ...(r.description && { Description: r.description }) }],
  });
  const asset = addAwsRecord(scope, {
    id: arn(scope, 'ec2', `security-group/${o.groupId}`),
    name: o.name,
    nativeType: 'AWS::EC2::SecurityGroup',
    raw: providerRecord({
      GroupId: o.groupId,
      GroupName: o.name,
      Description: o.description,
      VpcId: vpcIdOf(o.vpc),
      OwnerId: scope.account,
      IpPermissions: o.ingress.map(permission),
      IpPermissionsEgress: o.egressAnywhere
        ? [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]
        : [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: recordOf<{ CidrBlock: string }>(o.vpc)!.CidrBlock, Description: 'VPC endpoints only' }] }],
    }),
  });
  return asset;
}

/**
 * An interface or gateway VPC endpoint: an entry of the VPC's DescribeVpcEndpoints answer, where
 * the provider reads it (no collector makes endpoints assets). Its id names it in policies.
 */
export function vpcEndpoint(
  scope: AwsScope,
  o: { endpointId: string; service: string; type: 'Interface' | 'Gateway'; vpc: DescribedRecord; subnets?: DescribedRecord[]; groups?: DescribedRecord[] },
): NamedRef {
  const record = {
    VpcEndpointId: o.endpointId,
    VpcEndpointType: o.type,
    VpcId: vpcIdOf(o.vpc),
    ServiceName: `com.amazonaws.${scope.region}.${o.service}`,
    State: 'available',
    PrivateDnsEnabled: o.type === 'Interface',
    SubnetIds: (o.subnets ?? []).map((s) => recordOf<{ SubnetId: string }>(s)!.SubnetId),
    Groups: (o.groups ?? []).map((g) => ({ GroupId: recordOf<{ GroupId: string }>(g)!.GroupId, GroupName: g.name })),
    OwnerId: scope.account,
    CreationTimestamp: '2024-02-05T08:30:00.000Z',
  };
  detailOf<unknown[]>(o.vpc, 'endpoints')!.push(record);
  return { id: arn(scope, 'ec2', `vpc-endpoint/${o.endpointId}`), name: o.endpointId };
}
