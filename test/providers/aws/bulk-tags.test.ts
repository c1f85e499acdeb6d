import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { notebookInstances } from '../../../providers/aws/collectors/sagemaker.js';
import { ACCOUNT, REGION, awsError, collect, json11, sagemaker, stsCallerIdentity, useNock } from './support.js';

const NB = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/${name}`;
const TAGGING_HOST = `tagging.${REGION}.amazonaws.com`;
const GET_RESOURCES = 'ResourceGroupsTaggingAPI_20170126.GetResources';

/** Two notebooks, listed in one page of 100 and described; `tagged` is tagged, `bare` never was. */
function mockNotebooks(): void {
  stsCallerIdentity();
  sagemaker(REGION, 'ListNotebookInstances', { MaxResults: 100 }, {
    NotebookInstances: [
      { NotebookInstanceName: 'tagged', NotebookInstanceArn: NB('tagged') },
      { NotebookInstanceName: 'bare', NotebookInstanceArn: NB('bare') },
    ],
  });
  for (const name of ['tagged', 'bare']) {
    sagemaker(REGION, 'DescribeNotebookInstance', { NotebookInstanceName: name }, { NotebookInstanceArn: NB(name), NotebookInstanceName: name, DirectInternetAccess: 'Disabled', RootAccess: 'Disabled' });
  }
}

function mockListTags(): void {
  sagemaker(REGION, 'ListTags', { ResourceArn: NB('tagged') }, { Tags: [{ Key: 'team', Value: 'fraud' }, { Key: 'cost-centre', Value: 'ml-42' }] });
  sagemaker(REGION, 'ListTags', { ResourceArn: NB('bare') }, { Tags: [] });
}

async function tagsByName() {
  const sent = new Set<string>();
  const inventory = await collect({ collectors: [notebookInstances], sent });
  const tags = Object.fromEntries(inventory.assets.map((a) => [a.name, a.facts?.tagsRead === true ? a.tags : 'unread']));
  return { inventory, tags, sent };
}

/** Each notebook's own ListTags answers: the tags are read in full, with no gap. */
async function expectListTagsRead(): Promise<void> {
  mockListTags();
  const { inventory, tags } = await tagsByName();
  expect(inventory.gaps).toEqual([]);
  expect(tags).toEqual({ tagged: { team: 'fraud', 'cost-centre': 'ml-42' }, bare: {} });
}

describe('SageMaker tags read in bulk (Resource Groups Tagging API)', () => {
  useNock();

  it('reads every page of GetResources once for the region; a resource it does not name has no tags', async () => {
    mockNotebooks();
    json11(TAGGING_HOST, GET_RESOURCES, { ResourceTypeFilters: ['sagemaker'], ResourcesPerPage: 100 }, {
      ResourceTagMappingList: [{ ResourceARN: NB('tagged'), Tags: [{ Key: 'team', Value: 'fraud' }] }],
      PaginationToken: 'page-2',
    });
    json11(TAGGING_HOST, GET_RESOURCES, { PaginationToken: 'page-2', ResourcesPerPage: 100 }, {
      // A resource's tags are never split across pages; here the second page names another resource.
      ResourceTagMappingList: [{ ResourceARN: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:training-job/elsewhere`, Tags: [{ Key: 'team', Value: 'x' }] }],
      PaginationToken: '',
    });
    // ListTags is not asked: an unanswered call would fail the scan with a gap.
    const { inventory, tags, sent } = await tagsByName();
    expect(inventory.gaps).toEqual([]);
    expect(tags).toEqual({ tagged: { team: 'fraud' }, bare: {} });
    expect(sent.has('tag:GetResources')).toBe(true);
    expect(sent.has('sagemaker:ListTags')).toBe(false);
  });

  it('falls back to ListTags per resource when GetResources is denied: the same tags, no gap', async () => {
    mockNotebooks();
    json11(TAGGING_HOST, GET_RESOURCES, undefined, awsError('AccessDeniedException', 'not authorized to perform: tag:GetResources'), 400);
    await expectListTagsRead();
  });

  it('does not trust a GetResources read that stopped on a later page: each resource asks ListTags', async () => {
    mockNotebooks();
    json11(TAGGING_HOST, GET_RESOURCES, { ResourceTypeFilters: ['sagemaker'] }, { ResourceTagMappingList: [{ ResourceARN: NB('tagged'), Tags: [{ Key: 'team', Value: 'stale' }] }], PaginationToken: 'page-2' });
    json11(TAGGING_HOST, GET_RESOURCES, { PaginationToken: 'page-2' }, awsError('AccessDeniedException', 'denied'), 400);
    await expectListTagsRead();
  });

  it('names ListTags in a gap when GetResources and ListTags are both denied, and reads no tags', async () => {
    mockNotebooks();
    json11(TAGGING_HOST, GET_RESOURCES, undefined, awsError('AccessDeniedException', 'denied'), 400);
    for (const name of ['tagged', 'bare']) sagemaker(REGION, 'ListTags', { ResourceArn: NB(name) }, awsError('AccessDeniedException', 'not authorized to perform: sagemaker:ListTags'), 400);
    const { inventory, tags } = await tagsByName();
    expect(tags).toEqual({ tagged: 'unread', bare: 'unread' });
    expect(inventory.gaps.map((g) => [g.service, g.errorCode])).toEqual([['sagemaker', 'AccessDeniedException']]);
    expect(inventory.gaps[0]?.message).toContain('ListTags');
    expect(nock.pendingMocks()).toEqual([]);
  });
});
