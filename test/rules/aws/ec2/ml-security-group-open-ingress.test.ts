import rule from '../../../../rules/aws/ec2/ml-security-group-open-ingress.js';
import { testRule } from '../../../support/rule-tester.js';
import { NOTEBOOK, SECURITY_GROUP, awsAsset } from '../_support.js';

const nb = awsAsset('notebook', NOTEBOOK);
const sg = (open: boolean) => awsAsset('security-group', SECURITY_GROUP, { facts: { ingressOpenToInternet: open } });
const closed = sg(false);
const open = sg(true);

testRule(rule, {
  valid: [{ name: 'no internet ingress', asset: closed, related: [nb], edges: [{ from: nb.id, to: closed.id, kind: 'protected-by' }] }],
  invalid: [{ name: '0.0.0.0/0 ingress', asset: open, related: [nb], edges: [{ from: nb.id, to: open.id, kind: 'protected-by' }], expected: [{ status: 'fail', messageId: 'open' }] }],
});
