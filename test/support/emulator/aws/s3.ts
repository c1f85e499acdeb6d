import type { Incoming, Reply } from '../loopback.js';
import { InvalidTokenError, pageOf } from '../paging.js';
import type { AwsEstate } from './estate.js';
import { escapeXml, s3Protocol, s3Reply } from './wire.js';

const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
/** Bucket sub-resources the provider reads, by query key. */
const SUBRESOURCES = ['location', 'publicAccessBlock', 'policyStatus', 'policy', 'acl', 'ownershipControls', 'encryption', 'versioning', 'logging', 'object-lock', 'tagging'] as const;

/** The S3 operation a request stands for (call log and fault identity), or undefined. */
export function s3Operation(request: Incoming): string | undefined {
  const { pathname, searchParams } = request.url;
  if (pathname.startsWith('/v20180820/')) return pathname === '/v20180820/configuration/publicAccessBlock' ? 'GetPublicAccessBlock (s3control)' : undefined;
  if (pathname === '/') return 'ListBuckets';
  const sub = SUBRESOURCES.find((s) => searchParams.has(s));
  return sub ? `GetBucket:${sub}` : undefined;
}

/** S3 REST-XML, path style (what the SDK sends to an IP endpoint), and S3 Control. Undefined: not served. */
export function answerS3(estate: AwsEstate, request: Incoming, repeatToken: string | undefined): Reply | undefined {
  const { pathname, searchParams } = request.url;
  if (request.method !== 'GET') return undefined;
  if (pathname === '/v20180820/configuration/publicAccessBlock') {
    const account = String(request.headers['x-amz-account-id'] ?? request.headers.host?.split('.')[0]);
    if (account !== estate.account) return s3Protocol.error(403, 'AccessDenied', 'Access Denied');
    return s3Protocol.error(404, 'NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found');
  }
  if (pathname === '/') return listBuckets(estate, searchParams, repeatToken);
  const name = decodeURIComponent(pathname.split('/')[1] ?? '');
  const sub = SUBRESOURCES.find((s) => searchParams.has(s));
  if (!sub) return undefined;
  const bucket = estate.buckets.find((b) => b.name === name);
  if (!bucket) return s3Protocol.error(404, 'NoSuchBucket', 'The specified bucket does not exist');
  if (sub === 'location') return s3Reply(`<LocationConstraint xmlns="${S3_NS}">${bucket.region === 'us-east-1' ? '' : bucket.region}</LocationConstraint>`);
  const [status, body] = bucket.answers[sub] ?? [404, ''];
  if (sub === 'policy' && status === 200) return { status, headers: { 'content-type': 'application/json' }, body };
  return s3Reply(body, status);
}

function listBuckets(estate: AwsEstate, query: URLSearchParams, repeatToken: string | undefined): Reply {
  const max = query.get('max-buckets');
  try {
    const page = pageOf(estate.buckets, {
      listing: 'ListBuckets',
      pageSize: max ? Number(max) : estate.buckets.length,
      token: query.get('continuation-token') ?? undefined,
      repeat: repeatToken === 'ListBuckets',
    });
    const buckets = page.items
      .map((b) => `<Bucket><Name>${escapeXml(b.name)}</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate><BucketRegion>${b.region}</BucketRegion></Bucket>`)
      .join('');
    const next = page.next ? `<ContinuationToken>${page.next}</ContinuationToken>` : '';
    return s3Reply(`<ListAllMyBucketsResult xmlns="${S3_NS}"><Owner><ID>emu-owner</ID></Owner><Buckets>${buckets}</Buckets>${next}</ListAllMyBucketsResult>`);
  } catch (error) {
    if (error instanceof InvalidTokenError) return s3Protocol.error(400, 'InvalidArgument', error.message);
    throw error;
  }
}
