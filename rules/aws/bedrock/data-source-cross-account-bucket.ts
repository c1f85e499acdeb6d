import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { DATA_SOURCE } from './_lib.js';

interface DataSource {
  dataSourceConfiguration?: { type?: string; s3Configuration?: { bucketArn?: string; bucketOwnerAccountId?: string } };
}

export default providerRule({
  meta: {
    id: 'aws/bedrock/data-source-cross-account-bucket',
    title: 'Bedrock knowledge base ingests from a bucket owned by another account',
    family: 'integrity',
    severity: 'medium',
    appliesTo: ['datastore'],
    rationale:
      'Documents in another account\'s bucket are written under that account\'s controls: who may change them, and whether changes are logged, is outside this estate, yet the model treats them as trusted context.',
    remediation: {
      text: 'Copy the documents into a bucket of this account with reviewed write access (replication or a sync job), or record the other account as a trusted supplier with its own controls.',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/s3-data-source-connector.html',
    },
    messages: {
      crossAccount: 'Data source {{name}} ingests from bucket {{bucket}} of account {{owner}}.',
      ownAccount: 'Data source {{name}} ingests from a bucket of its own account.',
    },
  },
  provider: 'aws',
  nativeTypes: [DATA_SOURCE],
  evaluate(asset, ctx) {
    const d = describeOf<DataSource>(asset);
    if (!d) return ctx.unknown(['GetDataSource']);
    const s3 = d.dataSourceConfiguration?.s3Configuration;
    if (!s3) return ctx.notApplicable(`a ${d.dataSourceConfiguration?.type ?? 'non-S3'} data source reads no bucket`);
    const owner = s3.bucketOwnerAccountId ?? asset.account;
    const options = { evidence: { bucketArn: s3.bucketArn ?? null, bucketOwnerAccountId: s3.bucketOwnerAccountId ?? null }, data: { bucket: s3.bucketArn ?? '?', owner } };
    return owner !== asset.account ? ctx.fail('crossAccount', options) : ctx.pass('ownAccount', options);
  },
});
