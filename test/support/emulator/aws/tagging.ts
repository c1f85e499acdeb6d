import type { Reply } from '../loopback.js';
import { InvalidTokenError, pageOf, pageSizeOf } from '../paging.js';
import type { AwsEstate } from './estate.js';
import { json11, json11Protocol } from './wire.js';

type Json = Record<string, unknown>;

/** GetResources returns at most 100 resources a page (`ResourcesPerPage` 1..100); 50 when the request names none. */
const TAGGING_PAGE = { default: 50, max: 100 };

/**
 * Every tagged resource of the estate's region with its tags (the tag index the Tagging API reads),
 * by ARN; `buckets` are the account's buckets (S3 is account-wide), of which GetResources in a
 * region returns the tagged ones homed there, as `arn:aws:s3:::name`.
 */
function taggedResources(estate: AwsEstate, buckets: AwsEstate['buckets']): Array<{ ResourceARN: string; Tags: Array<{ Key: string; Value: string }> }> {
  // ECR repositories carry the tag ListTagsForResource answers for them (json-services.ts).
  const repositories = [...estate.ecr.values()].map((r) => [String(r.repositoryArn), [{ Key: 'team', Value: 'ml-platform' }]] as const);
  const homed = buckets.filter((b) => b.region === estate.region && b.tags.length > 0).map((b) => [`arn:aws:s3:::${b.name}`, b.tags] as const);
  return [...estate.sagemaker.tags, ...repositories, ...homed].map(([arn, tags]) => ({ ResourceARN: arn, Tags: [...tags] })).sort((a, b) => a.ResourceARN.localeCompare(b.ResourceARN));
}

/**
 * `service[:resourceType]` matches an ARN whose service (and resource type, before `/` or `:`) is
 * that. A bucket's ARN names no type (`arn:aws:s3:::name`): it is the `s3:bucket` type.
 */
function matchesFilter(arn: string, filter: string): boolean {
  const [, , service, region, , resource = ''] = arn.split(':');
  const [wantService, wantType] = filter.split(':');
  if (service !== wantService) return false;
  if (service === 's3' && region === '' && !resource.includes('/')) return wantType === undefined || wantType === 'bucket';
  return wantType === undefined || resource.split(/[/:]/)[0] === wantType;
}

/**
 * The Resource Groups Tagging API (JSON 1.1, `ResourceGroupsTaggingAPI_20170126.GetResources`):
 * tagged resources of the estate, filtered by `ResourceTypeFilters`, paged with `PaginationToken`
 * (an empty string on the last page, as AWS sends it). Undefined: not served.
 */
export function answerTagging(estate: AwsEstate, op: string, input: Json, repeatToken: string | undefined, buckets: AwsEstate['buckets'] = []): Reply | undefined {
  if (op !== 'GetResources') return undefined;
  const invalid = (message: string) => json11Protocol.error(400, 'InvalidParameterException', message);
  const size = pageSizeOf(input.ResourcesPerPage, TAGGING_PAGE);
  if (size === undefined) return invalid(`ResourcesPerPage must be between 1 and ${TAGGING_PAGE.max}`);
  const filters = Array.isArray(input.ResourceTypeFilters) ? (input.ResourceTypeFilters as string[]) : [];
  const items = taggedResources(estate, buckets).filter((r) => filters.length === 0 || filters.some((f) => matchesFilter(r.ResourceARN, f)));
  const token = typeof input.PaginationToken === 'string' && input.PaginationToken !== '' ? input.PaginationToken : undefined;
  try {
    const page = pageOf(items, { listing: `${op}|${filters.join(',')}`, pageSize: size, token, repeat: repeatToken === op });
    return json11({ PaginationToken: page.next ?? '', ResourceTagMappingList: page.items });
  } catch (error) {
    if (error instanceof InvalidTokenError) return invalid(error.message);
    throw error;
  }
}
