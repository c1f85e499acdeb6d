import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'logging/ml-storage-data-events-not-logged',
    title: 'Object-level read and write events on ML storage are not in the audit trail',
    family: 'logging',
    concern: 'ml-storage-data-events-not-logged',
    severity: 'high',
    appliesTo: ['storage'],
    rationale:
      'Management events show a bucket was created, not who changed a training file or downloaded a model; object-level data events in the central audit trail are what ties a poisoned sample or a stolen artifact to an identity.',
    remediation: {
      text: 'AWS: add CloudTrail data event selectors for the training-data and model buckets (S3 object read and write). Azure: send the blob StorageRead, StorageWrite and StorageDelete categories to the central Log Analytics workspace.',
      cli: "aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors '[{\"Name\":\"ML data\",\"FieldSelectors\":[{\"Field\":\"eventCategory\",\"Equals\":[\"Data\"]},{\"Field\":\"resources.type\",\"Equals\":[\"AWS::S3::Object\"]},{\"Field\":\"resources.ARN\",\"StartsWith\":[\"arn:aws:s3:::<bucket>/\"]}]}]'",
      terraform:
        'resource "aws_cloudtrail" "org" {\n  advanced_event_selector {\n    name = "ML data"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::S3::Object"]\n    }\n    field_selector {\n      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.training.arn}/"]\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
    },
    references: {
      catalog: ['AWS-CT-01', 'AZ-ST-10'],
      'aws-securityhub': ['S3.22', 'S3.23'],
      mcsb: ['LT-3'],
      'azure-policy': ['b4fe1a3b-0715-4c6c-a5ea-ffc33cf823cb'],
    },
    messages: {
      notLogged: 'Object-level reads and writes on storage {{name}} used by ML are not audited.',
      logged: 'Object-level reads and writes on storage {{name}} used by ML are audited.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'dataEventsLogged', true, { pass: 'logged', fail: 'notLogged' }),
});
