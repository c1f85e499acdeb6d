import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'integrity/registry-image-scanning-disabled',
    title: 'Images for ML training and inference are not scanned for vulnerabilities',
    family: 'integrity',
    concern: 'registry-image-scanning-disabled',
    severity: 'high',
    appliesTo: ['container-registry'],
    rationale:
      'Training and serving images bundle large stacks of third-party ML libraries; without scanning on push, known-vulnerable or trojanised packages run next to training data and serve production traffic unnoticed.',
    remediation: {
      text: 'AWS: turn on scan on push (or enhanced scanning with Amazon Inspector) for the ECR repositories or the registry. Azure: enable Microsoft Defender for Containers, which scans ACR images.',
      cli: '# AWS\naws ecr put-image-scanning-configuration --repository-name <repo> --image-scanning-configuration scanOnPush=true\n# Azure\naz security pricing create --name Containers --tier Standard',
      terraform:
        'resource "aws_ecr_repository" "ml" {\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    },
    references: {
      catalog: ['AWS-SM-MDL-03', 'AZ-ACR-03'],
      'aws-securityhub': ['ECR.1'],
      mcsb: ['DS-2', 'PV-5'],
      checkov: ['CKV_AWS_163'],
    },
    messages: {
      unscanned: 'Registry {{name}} used by ML does not scan images for vulnerabilities.',
      scanned: 'Registry {{name}} used by ML scans images for vulnerabilities.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'imageScanning', true, { pass: 'scanned', fail: 'unscanned' }),
});
