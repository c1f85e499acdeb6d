import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'exposure/security-group-admin-ports-open',
    title: 'Security group protecting ML compute admits admin ports from the internet',
    family: 'exposure',
    concern: 'security-group-admin-ports-open',
    severity: 'high',
    appliesTo: ['security-group'],
    rationale:
      'SSH (22), RDP (3389) or all ports open to 0.0.0.0/0 on ML subnets invite brute-force and exploit traffic straight to nodes that hold training data and identity tokens.',
    remediation: {
      text: 'Remove inbound rules that admit 22, 3389 or all ports from 0.0.0.0/0, ::/0 or the Internet service tag; reach nodes through a bastion or session manager instead.',
      cli: '# AWS\naws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 22 --cidr 0.0.0.0/0\n# Azure\naz network nsg rule delete --resource-group <rg> --nsg-name <nsg> --name <rule>',
      terraform:
        'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.ml.id\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n  cidr_ipv4         = var.bastion_cidr # never 0.0.0.0/0\n}',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html',
    },
    references: {
      catalog: ['AZ-NET-01', 'AWS-NET-01'],
      'aws-securityhub': ['EC2.19'],
      'azure-policy': ['e71308d3-144b-4262-b144-efdc3cc90517'],
      mcsb: ['NS-1'],
    },
    messages: {
      open: 'Security group {{name}} protecting ML resources admits admin ports from the internet.',
      closed: 'Security group {{name}} protecting ML resources admits no admin ports from the internet.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'adminPortsOpenToInternet', false, { pass: 'closed', fail: 'open' }),
});
