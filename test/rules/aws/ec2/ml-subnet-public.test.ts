import rule from '../../../../rules/aws/ec2/ml-subnet-public.js';
import { testRule } from '../../../support/rule-tester.js';
import { NOTEBOOK, SUBNET, awsAsset } from '../_support.js';

const nb = awsAsset('notebook', NOTEBOOK);
const subnet = (subnetPublic?: boolean) => awsAsset('subnet', SUBNET, { facts: subnetPublic === undefined ? {} : { subnetPublic } });
const priv = subnet(false);
const pub = subnet(true);

testRule(rule, {
  valid: [{ name: 'private subnet', asset: priv, related: [nb], edges: [{ from: nb.id, to: priv.id, kind: 'in-network' }] }],
  invalid: [{ name: 'routes to an IGW', asset: pub, related: [nb], edges: [{ from: nb.id, to: pub.id, kind: 'in-network' }], expected: [{ status: 'fail', messageId: 'public' }] }],
  notApplicable: [{ name: 'subnet without ML workloads', asset: subnet(true) }],
});
