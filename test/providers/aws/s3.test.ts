import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { buckets } from '../../../providers/aws/collectors/s3.js';
import { ACCOUNT, REGION, awsError, collect, json11, stsCallerIdentity, useNock } from './support.js';

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

const GET_RESOURCES = 'ResourceGroupsTaggingAPI_20170126.GetResources';
const denyGetResources = (region: string) => json11(`tagging.${region}.amazonaws.com`, GET_RESOURCES, undefined, awsError('AccessDeniedException', 'not authorized to perform: tag:GetResources'), 400);

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
    // The Tagging API is not granted here: GetBucketTagging answers (tests below read tags in bulk).
    denyGetResources(REGION);
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

/** ListBuckets naming `buckets` (name and home region), and every sub-resource but tags of each answered plainly. */
function mockBuckets(buckets: Array<[name: string, region: string]>): void {
  stsCallerIdentity();
  const listed = buckets.map(([n, r]) => `<Bucket><Name>${n}</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate><BucketRegion>${r}</BucketRegion></Bucket>`).join('');
  nock(S3).get('/').query({ 'max-buckets': '1000', 'x-id': 'ListBuckets' }).reply(200, `<ListAllMyBucketsResult><Owner><ID>o</ID></Owner><Buckets>${listed}</Buckets></ListAllMyBucketsResult>`, xml);
  nock(`https://${ACCOUNT}.s3-control.${REGION}.amazonaws.com`).get('/v20180820/configuration/publicAccessBlock').reply(404, s3Error('NoSuchPublicAccessBlockConfiguration'), xml);
  for (const [b, region] of buckets) {
    const at = (sub: string, status: number, body: string) =>
      nock(`https://s3.${region}.amazonaws.com`)
        .get((uri) => uri.startsWith(`/${b}`) && new URLSearchParams(uri.split('?')[1]).has(sub))
        .reply(status, body, xml);
    at('publicAccessBlock', 404, s3Error('NoSuchPublicAccessBlockConfiguration'));
    at('policyStatus', 404, s3Error('NoSuchBucketPolicy'));
    at('policy', 404, s3Error('NoSuchBucketPolicy'));
    at('acl', 200, '<AccessControlPolicy><Owner><ID>o</ID></Owner><AccessControlList></AccessControlList></AccessControlPolicy>');
    at('ownershipControls', 200, '<OwnershipControls><Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule></OwnershipControls>');
    at('encryption', 200, '<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>');
    at('versioning', 200, '<VersioningConfiguration/>');
    at('logging', 200, '<BucketLoggingStatus/>');
    at('object-lock', 404, s3Error('ObjectLockConfigurationNotFoundError'));
  }
}

/** One page of GetResources in `region` (ResourceTypeFilters `s3:bucket`, 100 a page) naming `tagged`. */
function getResources(region: string, tagged: Record<string, Array<{ Key: string; Value: string }>>): nock.Scope {
  const mappings = Object.entries(tagged).map(([name, Tags]) => ({ ResourceARN: `arn:aws:s3:::${name}`, Tags }));
  return json11(`tagging.${region}.amazonaws.com`, GET_RESOURCES, { ResourceTypeFilters: ['s3:bucket'], ResourcesPerPage: 100 }, { ResourceTagMappingList: mappings, PaginationToken: '' });
}

async function bucketTags(): Promise<{ tags: Record<string, unknown>; gaps: unknown[]; sent: Set<string> }> {
  const sent = new Set<string>();
  const inventory = await collect({ collectors: [buckets], sent, options: { regions: [REGION, 'us-east-1'] } });
  const tags = Object.fromEntries(inventory.assets.map((a) => [a.name, a.facts?.tagsRead === true ? a.tags : 'unread']));
  return { tags, gaps: inventory.gaps, sent };
}

describe('S3 bucket tags read in bulk (Resource Groups Tagging API)', () => {
  useNock();
  const CLASSIFIED = [{ Key: 'data-classification', Value: 'confidential' }];
  const OWNED = [{ Key: 'team', Value: 'ml-platform' }];

  it('takes each bucket\'s tags from GetResources in the region it is homed in, and asks no GetBucketTagging', async () => {
    mockBuckets([['ml-datasets', REGION], ['ml-models', 'us-east-1'], ['ml-features', REGION]]);
    getResources(REGION, { 'ml-datasets': CLASSIFIED });
    getResources('us-east-1', { 'ml-models': OWNED });
    const { tags, gaps, sent } = await bucketTags();
    expect(gaps).toEqual([]);
    // ml-features was never tagged: GetResources does not name it, so it has no tags.
    expect(tags).toEqual({ 'ml-datasets': { 'data-classification': 'confidential' }, 'ml-models': { team: 'ml-platform' }, 'ml-features': {} });
    expect(sent.has('tag:GetResources')).toBe(true);
    expect(sent.has('s3:GetBucketTagging')).toBe(false);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('falls back to GetBucketTagging where GetResources is denied: the same tags, no gap', async () => {
    mockBuckets([['ml-datasets', REGION], ['ml-models', 'us-east-1']]);
    denyGetResources(REGION);
    getResources('us-east-1', { 'ml-models': OWNED });
    nock(S3)
      .get((uri) => uri.startsWith('/ml-datasets') && new URLSearchParams(uri.split('?')[1]).has('tagging'))
      .reply(200, '<Tagging><TagSet><Tag><Key>data-classification</Key><Value>confidential</Value></Tag></TagSet></Tagging>', xml);
    const { tags, gaps, sent } = await bucketTags();
    expect(gaps).toEqual([]);
    expect(tags).toEqual({ 'ml-datasets': { 'data-classification': 'confidential' }, 'ml-models': { team: 'ml-platform' } });
    expect(sent.has('s3:GetBucketTagging')).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('names GetBucketTagging in a gap when both reads are denied, and leaves the tags unread', async () => {
    mockBuckets([['ml-datasets', REGION]]);
    denyGetResources(REGION);
    nock(S3)
      .get((uri) => uri.startsWith('/ml-datasets') && new URLSearchParams(uri.split('?')[1]).has('tagging'))
      .reply(403, s3Error('AccessDenied'), xml);
    const { tags, gaps } = await bucketTags();
    expect(tags).toEqual({ 'ml-datasets': 'unread' });
    expect(gaps).toHaveLength(1);
    expect(JSON.stringify(gaps[0])).toContain('GetBucketTagging');
  });
});
