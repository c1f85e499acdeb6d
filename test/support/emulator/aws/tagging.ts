import type { Reply } from '../loopback.js';
import { InvalidTokenError, pageOf, pageSizeOf } from '../paging.js';
import type { AwsEstate } from './estate.js';
import { json11, json11Protocol } from './wire.js';

type Json = Record<string, unknown>;

/** GetResources returns at most 100 resources a page (`ResourcesPerPage` 1..100); 50 when the request names none. */
const TAGGING_PAGE = { default: 50, max: 100 };

/** Every tagged resource of the estate with its tags (the tag index the Tagging API reads), by ARN. */
function taggedResources(estate: AwsEstate): Array<{ ResourceARN: string; Tags: Array<{ Key: string; Value: string }> }> {
  // ECR repositories carry the tag ListTagsForResource answers for them (json-services.ts).
  const repositories = [...estate.ecr.values()].map((r) => [String(r.repositoryArn), [{ Key: 'team', Value: 'ml-platform' }]] as const);
  return [...estate.sagemaker.tags, ...repositories].map(([arn, tags]) => ({ ResourceARN: arn, Tags: [...tags] })).sort((a, b) => a.ResourceARN.localeCompare(b.ResourceARN));
}

/** `service[:resourceType]` matches an ARN whose service (and resource type, before `/` or `:`) is that. */
function matchesFilter(arn: string, filter: string): boolean {
  const [, , service, , , resource = ''] = arn.split(':');
  const [wantService, wantType] = filter.split(':');
  if (service !== wantService) return false;
  return wantType === undefined || resource.split(/[/:]/)[0] === wantType;
}

/**
 * The Resource Groups Tagging API (JSON 1.1, `ResourceGroupsTaggingAPI_20170126.GetResources`):
 * tagged resources of the estate, filtered by `ResourceTypeFilters`, paged with `PaginationToken`
 * (an empty string on the last page, as AWS sends it). Undefined: not served.
 */
export function answerTagging(estate: AwsEstate, op: string, input: Json, repeatToken: string | undefined): Reply | undefined {
  if (op !== 'GetResources') return undefined;
  const invalid = (message: string) => json11Protocol.error(400, 'InvalidParameterException', message);
  const size = pageSizeOf(input.ResourcesPerPage, TAGGING_PAGE);
  if (size === undefined) return invalid(`ResourcesPerPage must be between 1 and ${TAGGING_PAGE.max}`);
  const filters = Array.isArray(input.ResourceTypeFilters) ? (input.ResourceTypeFilters as string[]) : [];
  const items = taggedResources(estate).filter((r) => filters.length === 0 || filters.some((f) => matchesFilter(r.ResourceARN, f)));
  const token = typeof input.PaginationToken === 'string' && input.PaginationToken !== '' ? input.PaginationToken : undefined;
  try {
    const page = pageOf(items, { listing: `${op}|${filters.join(',')}`, pageSize: size, token, repeat: repeatToken === op });
    return json11({ PaginationToken: page.next ?? '', ResourceTagMappingList: page.items });
  } catch (error) {
    if (error instanceof InvalidTokenError) return invalid(error.message);
    throw error;
  }
}
