import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { buckets } from '../../../providers/aws/collectors/s3.js';
import { ACCOUNT, REGION, collect, stsCallerIdentity, useNock } from './support.js';

const S3 = `https://s3.${REGION}.amazonaws.com`;
const xml = { 'content-type': 'application/xml' };
const s3Error = (code: string) => `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message><RequestId>r</RequestId><HostId>h</HostId></Error>`;

/** A bucket sub-resource GET (`?acl`, `?policyStatus`, ...) in path style, answered with XML. */
function bucketGet(bucket: string, subresource: string, status: number, body: string): nock.Scope {
  return nock(S3)
    .get((uri) => (uri.startsWith(`/${bucket}?`) || uri.startsWith(`/${bucket}/?`)) && new URLSearchParams(uri.split('?')[1]).has(subresource))
    .matchHeader('x-amz-expected-bucket-owner', ACCOUNT)
    .reply(status, body, xml);
}

describe('S3 buckets used for ML', () => {
  useNock();

  it('reads public access from ACL grants, policy status and both public access blocks; SlowDown is retried', async () => {
    stsCallerIdentity();
    nock(S3)
      .get('/')
      .query({ 'max-buckets': '1000', 'x-id': 'ListBuckets' })
      .reply(
        200,
        `<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>owner</ID></Owner><Buckets>` +
          `<Bucket><Name>ml-training-data</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate><BucketRegion>${REGION}</BucketRegion></Bucket>` +
          `<Bucket><Name>website-assets</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate><BucketRegion>${REGION}</BucketRegion></Bucket>` +
          `</Buckets></ListAllMyBucketsResult>`,
        xml,
      );
    nock(`https://${ACCOUNT}.s3-control.${REGION}.amazonaws.com`)
      .get('/v20180820/configuration/publicAccessBlock')
      .reply(404, s3Error('NoSuchPublicAccessBlockConfiguration'), xml);
    const b = 'ml-training-data';
    bucketGet(b, 'publicAccessBlock', 404, s3Error('NoSuchPublicAccessBlockConfiguration'));
    bucketGet(b, 'policyStatus', 503, s3Error('SlowDown'));
    bucketGet(b, 'policyStatus', 404, s3Error('NoSuchBucketPolicy'));
    bucketGet(b, 'policy', 404, s3Error('NoSuchBucketPolicy'));
    bucketGet(
      b,
      'acl',
      200,
      `<AccessControlPolicy><Owner><ID>owner</ID></Owner><AccessControlList>` +
        `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>owner</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>` +
        `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee><Permission>READ</Permission></Grant>` +
        `</AccessControlList></AccessControlPolicy>`,
    );
    bucketGet(b, 'ownershipControls', 404, s3Error('OwnershipControlsNotFoundError'));
    bucketGet(
      b,
      'encryption',
      200,
      `<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>arn:aws:kms:${REGION}:${ACCOUNT}:key/abcd</KMSMasterKeyID></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`,
    );
    bucketGet(b, 'versioning', 200, `<VersioningConfiguration><Status>Enabled</Status><MfaDelete>Disabled</MfaDelete></VersioningConfiguration>`);
    bucketGet(b, 'logging', 200, `<BucketLoggingStatus xmlns="http://doc.s3.amazonaws.com/2006-03-01" />`);
    bucketGet(b, 'object-lock', 404, s3Error('ObjectLockConfigurationNotFoundError'));
    bucketGet(b, 'tagging', 404, s3Error('NoSuchTagSet'));

    const inventory = await collect({ collectors: [buckets] });

    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets).toHaveLength(1);
    const bucket = inventory.assets[0]!;
    expect(bucket).toMatchObject({ id: 'arn:aws:s3:::ml-training-data', kind: 'storage', nativeType: 'AWS::S3::Bucket', region: REGION, name: b });
    expect(bucket.facts).toEqual({
      mlRelated: true,
      publicRead: true,
      publicWrite: false,
      transitEncryption: false,
      externalPrincipals: [],
      publicNetworkAccess: true,
      encryptionKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/abcd`,
      versioning: true,
      mfaDelete: false,
      loggingEnabled: false,
      immutability: false,
      tagsRead: true,
    });
    expect(inventory.edges).toEqual([{ from: bucket.id, to: `arn:aws:kms:${REGION}:${ACCOUNT}:key/abcd`, kind: 'encrypted-by' }]);
  });

  it('follows ListBuckets ContinuationToken pages and reads nothing about buckets ML does not use', async () => {
    stsCallerIdentity();
    const page = (names: string[], token?: string) =>
      `<ListAllMyBucketsResult><Owner><ID>o</ID></Owner><Buckets>${names
        .map((n) => `<Bucket><Name>${n}</Name><CreationDate>2024-01-01T00:00:00Z</CreationDate><BucketRegion>${REGION}</BucketRegion></Bucket>`)
        .join('')}</Buckets>${token ? `<ContinuationToken>${token}</ContinuationToken>` : ''}</ListAllMyBucketsResult>`;
    nock(S3).get('/').query({ 'max-buckets': '1000', 'x-id': 'ListBuckets' }).reply(200, page(['corp-website'], 'tok-2'), xml);
    nock(S3).get('/').query({ 'max-buckets': '1000', 'continuation-token': 'tok-2', 'x-id': 'ListBuckets' }).reply(200, page(['payroll-exports']), xml);

    const inventory = await collect({ collectors: [buckets] });
    expect(inventory).toEqual({ assets: [], edges: [], gaps: [], accounts: [{ provider: 'aws', id: ACCOUNT }] });
  });
});
