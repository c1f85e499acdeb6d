import type { FeatureGroup } from '../_lib/shapes.js';
import { awsRule, describeOf } from '../_lib/aws-rule.js';
import { keyIsAwsManaged } from '../_lib/keys.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/feature-group-not-cmk',
    title: 'SageMaker Feature Store group is not encrypted with a customer-managed key',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['feature-store'],
    rationale:
      'Feature groups hold curated, often personal, training and inference features; both the online store and the offline S3 store need a customer-managed key for controlled, audited decryption.',
    remediation: {
      text: 'Create feature groups with OnlineStoreConfig.SecurityConfig.KmsKeyId and OfflineStoreConfig.S3StorageConfig.KmsKeyId set to customer-managed keys.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/feature-store-security.html',
    },
    controls: { 'ms-ai-risk': ['5.2.3'], 'mitre-atlas': ['AML.M0012'] },
    references: { catalog: ['AWS-SM-FS-01'], 'aws-config': ['sagemaker-featuregroup-online-store-encryption'] },
    messages: {
      missing: 'Feature group {{name}} has no customer-managed key for its {{store}} store.',
      cmk: 'Feature group {{name}} encrypts its stores with customer-managed keys.',
    },
  },
  nativeTypes: ['AWS::SageMaker::FeatureGroup'],
  evaluate(asset, ctx) {
    const d = describeOf<FeatureGroup>(asset);
    if (!d) return ctx.unknown(['OnlineStoreConfig', 'OfflineStoreConfig']);
    const stores: Array<[string, string | undefined]> = [];
    if (d.OnlineStoreConfig?.EnableOnlineStore) stores.push(['online', d.OnlineStoreConfig.SecurityConfig?.KmsKeyId]);
    if (d.OfflineStoreConfig) stores.push(['offline', d.OfflineStoreConfig.S3StorageConfig?.KmsKeyId]);
    const weak = stores.filter(([, key]) => !key || keyIsAwsManaged(ctx.graph, asset, key) === true).map(([store]) => store);
    const evidence = Object.fromEntries(stores.map(([store, key]) => [`${store}KmsKeyId`, key ?? null]));
    if (weak.length) return ctx.fail('missing', { evidence, data: { store: weak.join(' and ') } });
    if (stores.some(([, key]) => keyIsAwsManaged(ctx.graph, asset, key!) === undefined)) return ctx.unknown(['KeyManager'], { evidence });
    return ctx.pass('cmk', { evidence });
  },
});
