import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'integrity/registry-tags-mutable',
    title: 'Image tags for ML training and inference can be overwritten',
    family: 'integrity',
    concern: 'registry-tags-mutable',
    severity: 'medium',
    appliesTo: ['container-registry'],
    rationale:
      'Deployments and training jobs usually reference images by tag; when tags are mutable, whoever can push can silently replace the image behind a released tag, and the next scale-out or retraining runs it.',
    remediation: {
      text: 'AWS: set ECR image tag mutability to IMMUTABLE. Azure: lock released images (write-enabled false) and deploy by digest.',
      cli: '# AWS\naws ecr put-image-tag-mutability --repository-name <repo> --image-tag-mutability IMMUTABLE\n# Azure\naz acr repository update --name <registry> --image <repository>:<tag> --write-enabled false',
      terraform: 'resource "aws_ecr_repository" "ml" {\n  image_tag_mutability = "IMMUTABLE"\n}',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    },
    references: {
      catalog: ['AWS-SM-MDL-03'],
      'aws-securityhub': ['ECR.2'],
      mcsb: ['DS-2'],
      checkov: ['CKV_AWS_51'],
    },
    messages: {
      mutable: 'Registry {{name}} used by ML lets image tags be overwritten.',
      immutable: 'Registry {{name}} used by ML keeps image tags immutable.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'tagImmutability', true, { pass: 'immutable', fail: 'mutable' }),
});
