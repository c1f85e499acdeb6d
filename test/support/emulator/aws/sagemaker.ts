import type { Reply } from '../loopback.js';
import { InvalidTokenError, pageOf } from '../paging.js';
import type { SageMakerEstate } from './estate-sagemaker.js';
import { json11, json11Protocol } from './wire.js';

type Json = Record<string, unknown>;

/** SageMaker's List* calls return 10 items a page when the request names no MaxResults (the API default); 100 at most. */
export const SAGEMAKER_DEFAULT_PAGE = 10;
const MAX_PAGE = 100;
/** Describe calls whose missing resource is a modelled ResourceNotFound; the others answer ValidationException. */
const RESOURCE_NOT_FOUND = new Set(['DescribeDomain', 'DescribeUserProfile', 'DescribeTrainingJob']);

/** Answers one SageMaker JSON 1.1 operation, or undefined when the emulator does not serve it. */
export function answerSageMaker(estate: SageMakerEstate, op: string, input: Json, repeatToken: string | undefined): Reply | undefined {
  const validation = (message: string) => json11Protocol.error(400, 'ValidationException', message);
  const paged = (listing: string, member: string, items: readonly unknown[], defaultPage: number): Reply => {
    const max = input.MaxResults;
    if (max !== undefined && (typeof max !== 'number' || max < 1 || max > MAX_PAGE)) return validation(`1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${MAX_PAGE}`);
    try {
      // The listing the repeated-token fault targets also answers short pages (a service may return
      // fewer than asked), so that it has a page 2 to repeat whatever page size the scan asks for.
      const faulty = repeatToken === op;
      const page = pageOf(items, { listing, pageSize: typeof max === 'number' && !faulty ? max : defaultPage, token: input.NextToken as string | undefined, repeat: faulty });
      return json11({ [member]: page.items, ...(page.next ? { NextToken: page.next } : {}) });
    } catch (error) {
      if (error instanceof InvalidTokenError) return validation(error.message);
      throw error;
    }
  };

  if (op === 'ListTags') {
    const tags = estate.tags.get(String(input.ResourceArn));
    if (!tags) return validation(`Resource ${String(input.ResourceArn)} does not exist.`);
    return paged(`${op}|${String(input.ResourceArn)}`, 'Tags', tags, 50);
  }
  if (op === 'ListModelPackages') {
    const group = String(input.ModelPackageGroupName);
    return paged(`${op}|${group}`, 'ModelPackageSummaryList', estate.packagesByGroup.get(group) ?? [], SAGEMAKER_DEFAULT_PAGE);
  }
  // No group of the emulated estate carries a resource policy: SageMaker's answer for such a group.
  if (op === 'GetModelPackageGroupPolicy') return validation(`Cannot find resource policy for: ${String(input.ModelPackageGroupName)}`);
  const list = estate.lists[op];
  if (list) return paged(op, list.member, list.items, SAGEMAKER_DEFAULT_PAGE);
  const describe = estate.describes[op];
  if (describe) {
    const key = describe.keys.map((k) => String(input[k])).join('/');
    const body = describe.bodies.get(key);
    if (body) return json11(body);
    return RESOURCE_NOT_FOUND.has(op) ? json11Protocol.error(400, 'ResourceNotFound', `${key} does not exist.`) : validation(`Could not find resource "${key}".`);
  }
  return undefined;
}
