import { defineRule } from '../../src/engine/index.js';

export default defineRule({
  meta: {
    id: 'segmentation/compute-not-in-virtual-network',
    title: 'ML compute, notebook, training or other ML job runs outside a customer network',
    family: 'segmentation',
    concern: 'compute-not-in-virtual-network',
    severity: 'high',
    appliesTo: ['compute', 'notebook', 'training-job', 'ml-job'],
    rationale:
      'Compute outside a customer VPC or VNet cannot be reached through private endpoints, filtered by security groups or observed with flow logs, so training data and credentials travel over paths the organisation does not control.',
    remediation: {
      text: 'AWS: launch notebook instances with a private subnet and security groups, and give training, tuning, AutoML, processing and compilation jobs a VpcConfig. Azure: create compute in a VNet subnet or in the workspace managed virtual network.',
      cli: '# AWS\naws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <type> --role-arn <role-arn> --subnet-id <subnet> --security-group-ids <sg>\n# Azure\naz ml compute create --name <compute> --resource-group <rg> --workspace-name <workspace> --type AmlCompute --size <vm-size> --vnet-name <vnet> --subnet <subnet>',
      terraform:
        'resource "aws_sagemaker_notebook_instance" "nb" {\n  subnet_id       = aws_subnet.private.id\n  security_groups = [aws_security_group.nb.id]\n}\nresource "azurerm_machine_learning_compute_cluster" "train" {\n  subnet_resource_id = azurerm_subnet.ml.id\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-connect-to-resources.html',
    },
    references: {
      catalog: ['AZ-ML-CMP-04', 'AWS-SM-NB-03', 'AWS-SM-TRN-03'],
      'aws-securityhub': ['SageMaker.2'],
      'azure-policy': ['7804b5c7-01dc-4723-969b-ae300cc07ff1'],
      mcsb: ['NS-1'],
      checkov: ['CKV_AWS_306'],
      'aws-config': ['sagemaker-notebook-instance-inside-vpc'],
      prowler: ['sagemaker_training_jobs_vpc_settings_configured'],
    },
    messages: {
      outside: 'ML {{kind}} {{name}} does not run in a customer virtual network.',
      inside: 'ML {{kind}} {{name}} runs in a customer virtual network.',
    },
  },
  evaluate(asset, ctx) {
    const { inVirtualNetwork } = asset.facts;
    if (inVirtualNetwork !== undefined) {
      return inVirtualNetwork
        ? ctx.pass('inside', { evidence: { inVirtualNetwork } })
        : ctx.fail('outside', { evidence: { inVirtualNetwork } });
    }
    // The record lacked the flag, but an in-network edge is positive proof; its absence proves nothing.
    const networks = ctx.graph.targets(asset.id, 'in-network').filter((n) => n.kind === 'network' || n.kind === 'subnet');
    if (networks.length > 0) return ctx.pass('inside', { evidence: { networks: networks.map((n) => n.id) } });
    return ctx.requireFacts('inVirtualNetwork') ?? ctx.unknown(['inVirtualNetwork']);
  },
});
