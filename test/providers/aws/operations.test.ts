import { ListNotebookInstancesCommand, ListTagsCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { getResources } from '../../../providers/aws/bulk-tags.js';
import type { AnyCollector } from '../../../providers/aws/collector.js';
import { awsCollectors } from '../../../providers/aws/collectors/index.js';
import { op, withPageSize, type Operation } from '../../../providers/aws/operations.js';
import { awsReadActions } from '../../../providers/aws/permissions.js';
import { scopeOps } from '../../../providers/aws/scope.js';

/** Paged reads that keep the service's default page: SageMaker ListTags documents a minimum (50) and no maximum. */
const DEFAULT_PAGE = new Set(['sagemaker:ListTags']);

function pagedOperations(c: AnyCollector): Operation[] {
  const ops = [c.list?.page ? c.list.op : undefined, c.refs?.page ? c.refs.op : undefined, ...(c.details ?? []).filter((d) => d.page).map((d) => d.op)];
  return ops.filter((o): o is Operation => o !== undefined);
}

describe('AWS operations: every paged read asks for the largest page', () => {
  it('each paged operation of every collector carries its page size, except the documented exceptions', () => {
    const missing = awsCollectors.flatMap((c) => pagedOperations(c).filter((o) => !o.pageSize && !DEFAULT_PAGE.has(o.action)).map((o) => `${c.name} ${o.action}`));
    expect(missing).toEqual([]);
  });

  it('knows the API references’ maxima: SageMaker 100, IAM 1,000, Organizations 20, Tagging 100', () => {
    expect(op('sagemaker', ListNotebookInstancesCommand).pageSize).toEqual({ member: 'MaxResults', max: 100 });
    expect(op('sagemaker', ListTagsCommand).pageSize).toBeUndefined();
    expect(scopeOps.listAccounts.pageSize).toEqual({ member: 'MaxResults', max: 20 });
    expect(getResources.pageSize).toEqual({ member: 'ResourcesPerPage', max: 100 });
    const iamPaged = awsCollectors.flatMap(pagedOperations).filter((o) => o.service === 'iam');
    expect(iamPaged.length).toBeGreaterThan(0);
    expect(iamPaged.every((o) => o.pageSize?.member === 'MaxItems' && o.pageSize.max === 1000)).toBe(true);
  });

  it('adds the page size to a request, and keeps one the request names', () => {
    const list = op('sagemaker', ListNotebookInstancesCommand);
    expect(withPageSize(list, { NameContains: 'x' })).toEqual({ NameContains: 'x', MaxResults: 100 });
    expect(withPageSize(list, { MaxResults: 25 })).toEqual({ MaxResults: 25 });
    expect(withPageSize(op('sagemaker', ListTagsCommand), { ResourceArn: 'a' })).toEqual({ ResourceArn: 'a' });
  });

  it('the generated policy holds the bulk tag read, derived from the declarations that use it', () => {
    const bulkActions = new Set(awsCollectors.flatMap((c) => (c.details ?? []).flatMap((d) => (d.bulkTags ? [d.bulkTags.via] : []))));
    expect([...bulkActions]).toEqual(['tag:GetResources']);
    expect(awsReadActions()).toContain('tag:GetResources');
    // The fallback stays in the policy too.
    expect(awsReadActions()).toEqual(expect.arrayContaining(['sagemaker:ListTags', 'ecr:ListTagsForResource']));
  });
});
