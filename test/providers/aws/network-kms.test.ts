import { describe, expect, it } from 'vitest';
import { resolveKeyEncryption, keys } from '../../../providers/aws/collectors/kms.js';
import { securityGroups, subnets, vpcs } from '../../../providers/aws/collectors/network.js';
import { notebookInstances } from '../../../providers/aws/collectors/sagemaker.js';
import { ACCOUNT, REGION, collect, json11, query, sagemaker, stsCallerIdentity, useNock } from './support.js';

const EC2 = `ec2.${REGION}.amazonaws.com`;
const NB = `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/nb`;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0f1e2d3c-0000-4000-8000-000000000001`;
const ec2Xml = (op: string, inner: string) => `<${op}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId>${inner}</${op}Response>`;

describe('network and KMS around a notebook', () => {
  useNock();

  it('follows the notebook to its subnet, security group, VPC and key (alias resolved, rotation and policy read)', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListNotebookInstances', undefined, { NotebookInstances: [{ NotebookInstanceName: 'nb', NotebookInstanceArn: NB }] });
    sagemaker(REGION, 'DescribeNotebookInstance', undefined, {
      NotebookInstanceArn: NB,
      NotebookInstanceName: 'nb',
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Disabled',
      SubnetId: 'subnet-0a',
      SecurityGroups: ['sg-0a'],
      KmsKeyId: 'alias/ml-key',
    });
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });

    query(
      EC2,
      'DescribeSubnets',
      { 'SubnetId.1': 'subnet-0a' },
      ec2Xml(
        'DescribeSubnets',
        `<subnetSet><item><subnetId>subnet-0a</subnetId><subnetArn>arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-0a</subnetArn><vpcId>vpc-0a</vpcId><mapPublicIpOnLaunch>false</mapPublicIpOnLaunch><tagSet><item><key>Name</key><value>ml-a</value></item></tagSet></item></subnetSet>`,
      ),
    );
    query(
      EC2,
      'DescribeRouteTables',
      { 'Filter.1.Name': 'vpc-id', 'Filter.1.Value.1': 'vpc-0a' },
      ec2Xml(
        'DescribeRouteTables',
        `<routeTableSet>` +
          `<item><routeTableId>rtb-main</routeTableId><vpcId>vpc-0a</vpcId><associationSet><item><main>true</main></item></associationSet><routeSet><item><destinationCidrBlock>10.0.0.0/16</destinationCidrBlock><gatewayId>local</gatewayId></item></routeSet></item>` +
          `<item><routeTableId>rtb-pub</routeTableId><vpcId>vpc-0a</vpcId><associationSet><item><main>false</main><subnetId>subnet-0a</subnetId></item></associationSet><routeSet><item><destinationCidrBlock>0.0.0.0/0</destinationCidrBlock><gatewayId>igw-0a</gatewayId></item></routeSet></item>` +
          `</routeTableSet>`,
      ),
    );
    query(
      EC2,
      'DescribeSecurityGroups',
      { 'GroupId.1': 'sg-0a' },
      ec2Xml(
        'DescribeSecurityGroups',
        `<securityGroupInfo><item><groupId>sg-0a</groupId><groupName>nb-sg</groupName><vpcId>vpc-0a</vpcId><securityGroupArn>arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0a</securityGroupArn>` +
          `<ipPermissions><item><ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges></item></ipPermissions>` +
          `<ipPermissionsEgress><item><ipProtocol>-1</ipProtocol><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges></item></ipPermissionsEgress></item></securityGroupInfo>`,
      ),
    );
    query(EC2, 'DescribeVpcs', { 'VpcId.1': 'vpc-0a' }, ec2Xml('DescribeVpcs', `<vpcSet><item><vpcId>vpc-0a</vpcId><cidrBlock>10.0.0.0/16</cidrBlock><tagSet/></item></vpcSet>`));
    query(
      EC2,
      'DescribeVpcEndpoints',
      { 'Filter.1.Name': 'vpc-id' },
      ec2Xml('DescribeVpcEndpoints', `<vpcEndpointSet><item><vpcEndpointId>vpce-1</vpcEndpointId><serviceName>com.amazonaws.${REGION}.s3</serviceName><state>available</state></item></vpcEndpointSet>`),
    );
    query(EC2, 'DescribeFlowLogs', { 'Filter.1.Name': 'resource-id' }, ec2Xml('DescribeFlowLogs', '<flowLogSet/>'));

    const kms = `kms.${REGION}.amazonaws.com`;
    json11(kms, 'TrentService.DescribeKey', { KeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/ml-key` }, {
      KeyMetadata: { AWSAccountId: ACCOUNT, KeyId: KEY.split('/')[1], Arn: KEY, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled', Origin: 'AWS_KMS', Enabled: true },
    });
    json11(kms, 'TrentService.GetKeyRotationStatus', { KeyId: KEY }, { KeyRotationEnabled: false });
    json11(kms, 'TrentService.GetKeyPolicy', { KeyId: KEY, PolicyName: 'default' }, {
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' }] }),
    });

    const inventory = await collect({ collectors: [notebookInstances, subnets, securityGroups, vpcs, keys], linkers: [resolveKeyEncryption] });

    expect(inventory.gaps).toEqual([]);
    const byId = new Map(inventory.assets.map((a) => [a.id, a]));
    const subnet = byId.get(`arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-0a`)!;
    expect(subnet).toMatchObject({ kind: 'subnet', name: 'ml-a', facts: { subnetPublic: true, publicIp: false, inVirtualNetwork: true } });
    expect(byId.get(`arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0a`)!.facts).toMatchObject({
      ingressOpenToInternet: true,
      adminPortsOpenToInternet: true,
      outboundRestricted: false,
    });
    expect(byId.get(`arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-0a`)!.facts).toMatchObject({ privateEndpoints: 1, loggingEnabled: false });
    expect(byId.get(KEY)!).toMatchObject({ kind: 'kms-key', name: 'alias/ml-key', facts: { keyManager: 'customer', keyRotation: false, externalPrincipals: ['*'] } });
    // The notebook named the key by alias; its edge now points at the key's ARN.
    expect(inventory.edges).toContainEqual({ from: NB, to: KEY, kind: 'encrypted-by' });
    expect(inventory.edges).toContainEqual({ from: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-0a`, to: subnet.id, kind: 'contains' });
    expect(byId.get(NB)!.facts).toMatchObject({ encryption: 'cmk', inVirtualNetwork: true });
  });
});
