import rule from '../../../rules/integrity/tracking-artifacts-publicly-writable.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { awsWireAsset, wire } from '../../support/wire-assets.js';

const STORE = 'arn:aws:s3:::ml-mlflow-artifacts';
const listing = wire('aws/sagemaker/ListMlflowTrackingServers.json');
const server = awsWireAsset('sagemaker/mlflow-tracking-servers', listing, { describe: wire('aws/sagemaker/DescribeMlflowTrackingServer.json') });
const unread = awsWireAsset('sagemaker/mlflow-tracking-servers', listing);
const store = (publicWrite: boolean) => makeAsset({ kind: 'storage', provider: 'aws', id: STORE, name: 'ml-mlflow-artifacts', nativeType: 'AWS::S3::Bucket', facts: { publicWrite } });
const edges = [{ from: server.id, to: STORE, kind: 'uses-storage' as const }];

testRule(rule, {
  valid: [{ name: 'artifact store refuses anonymous writes', asset: server, related: [store(false)], edges }],
  invalid: [
    {
      name: 'artifact store anyone can write',
      asset: server,
      related: [store(true)],
      edges,
      expected: [{ status: 'fail', messageId: 'writable', message: 'Tracking server fraud-experiments stores its artifacts in ml-mlflow-artifacts, which anyone can write.', path: [server.id, STORE] }],
    },
    { name: 'DescribeMlflowTrackingServer not read', asset: unread, expected: [{ status: 'unknown', missingFacts: ['ArtifactStoreUri'] }] },
  ],
});
