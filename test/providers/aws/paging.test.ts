import type { ParsedUrlQuery } from 'node:querystring';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { buckets } from '../../../providers/aws/collectors/s3.js';
import { notebookInstances } from '../../../providers/aws/collectors/sagemaker.js';
import { ACCOUNT, REGION, collect, stsCallerIdentity, useNock } from './support.js';

// Listings only: the per-record calls are covered elsewhere and would only add interceptors here.
const notebooks = { ...notebookInstances, details: [] };
const allBuckets = { ...buckets, details: [], select: undefined };
const NB = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/${name}`;
const JSON11 = { 'content-type': 'application/x-amz-json-1.1' };

type Body = Record<string, unknown>;
type Fault = 'reset' | 'cut-off' | 'server error';

/** The NextToken of every ListNotebookInstances request that reached the wire, in order. */
function recordTokens(): Array<string | null> {
  const tokens: Array<string | null> = [];
  nock.emitter.on('no match', () => tokens.push('(unmatched)'));
  return tokens;
}

/** One ListNotebookInstances request with this NextToken (none: the first page), answered by `reply`. */
function listNotebooks(token: string | undefined, tokens: Array<string | null>): nock.Interceptor {
  const scope = nock(`https://api.sagemaker.${REGION}.amazonaws.com`).on('request', () => tokens.push(token ?? null));
  return scope.post('/', (body: Body) => body.NextToken === token).matchHeader('x-amz-target', 'SageMaker.ListNotebookInstances');
}

function notebookPage(names: string[], next?: string): string {
  return JSON.stringify({ NotebookInstances: names.map((n) => ({ NotebookInstanceName: n, NotebookInstanceArn: NB(n) })), ...(next ? { NextToken: next } : {}) });
}

function fail(scope: nock.Interceptor, fault: Fault): void {
  if (fault === 'reset') scope.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
  // The body ends mid-string: the SDK's JSON deserialiser throws a SyntaxError.
  else if (fault === 'cut-off') scope.reply(200, '{"NotebookInstances":[{"NotebookInstanceName":"c', JSON11);
  else scope.reply(500, JSON.stringify({ __type: 'InternalFailure', message: 'We encountered an internal error' }), JSON11);
}

const ids = (inventory: { assets: Array<{ id: string }> }) => inventory.assets.map((a) => a.id).sort();

describe('paging that cannot lie', () => {
  useNock();

  it('keeps the records read when the service repeats a NextToken, and records a RepeatedPageToken gap', async () => {
    const tokens = recordTokens();
    stsCallerIdentity();
    listNotebooks(undefined, tokens).reply(200, notebookPage(['a', 'b'], 'p2'), JSON11);
    listNotebooks('p2', tokens).reply(200, notebookPage(['c'], 'p2'), JSON11);

    const inventory = await collect({ collectors: [notebooks] });

    expect(ids(inventory)).toEqual([NB('a'), NB('b'), NB('c')]);
    expect(tokens).toEqual([null, 'p2']);
    expect(inventory.gaps).toEqual([
      {
        provider: 'aws',
        account: ACCOUNT,
        region: REGION,
        service: 'sagemaker',
        errorCode: 'RepeatedPageToken',
        message: 'ListNotebookInstances: page 2 answered with a NextToken already followed, so the listing would loop; listing incomplete: 2 page(s), 3 item(s) read',
        kinds: ['notebook'],
      },
    ]);
  });

  it('stops at the page cap with a PageLimitExceeded gap, keeping the pages read', async () => {
    const tokens = recordTokens();
    stsCallerIdentity();
    listNotebooks(undefined, tokens).reply(200, notebookPage(['a'], 'p2'), JSON11);
    listNotebooks('p2', tokens).reply(200, notebookPage(['b'], 'p3'), JSON11);

    const inventory = await collect({ collectors: [notebooks], maxPages: 2 });

    expect(ids(inventory)).toEqual([NB('a'), NB('b')]);
    expect(inventory.gaps).toEqual([
      expect.objectContaining({
        errorCode: 'PageLimitExceeded',
        message: 'ListNotebookInstances: more than 2 pages, stopped at the page cap; listing incomplete: 2 page(s), 2 item(s) read',
        kinds: ['notebook'],
      }),
    ]);
  });

  it.each<Fault>(['reset', 'cut-off', 'server error'])('retries a page that fails twice (%s) from its own token: every record, no gap', async (fault) => {
    const tokens = recordTokens();
    stsCallerIdentity();
    listNotebooks(undefined, tokens).reply(200, notebookPage(['a', 'b'], 'p2'), JSON11);
    fail(listNotebooks('p2', tokens), fault);
    fail(listNotebooks('p2', tokens), fault);
    listNotebooks('p2', tokens).reply(200, notebookPage(['c'], 'p3'), JSON11);
    listNotebooks('p3', tokens).reply(200, notebookPage(['d']), JSON11);

    const inventory = await collect({ collectors: [notebooks] });

    expect(inventory.gaps).toEqual([]);
    expect(ids(inventory)).toEqual([NB('a'), NB('b'), NB('c'), NB('d')]);
    // The first page was read once; the failed page was asked again with its own token.
    expect(tokens).toEqual([null, 'p2', 'p2', 'p2', 'p3']);
  });

  it('keeps the pages before one that stays failed, with a gap naming the operation and the attempts', async () => {
    const tokens = recordTokens();
    stsCallerIdentity();
    listNotebooks(undefined, tokens).reply(200, notebookPage(['a', 'b'], 'p2'), JSON11);
    // A cut-off body is not retried by the SDK, so each scheduler attempt is one request: 1 + 3 retries.
    for (let i = 0; i < 4; i++) fail(listNotebooks('p2', tokens), 'cut-off');

    const inventory = await collect({ collectors: [notebooks] });

    expect(ids(inventory)).toEqual([NB('a'), NB('b')]);
    expect(tokens).toEqual([null, 'p2', 'p2', 'p2', 'p2']);
    expect(inventory.gaps).toHaveLength(1);
    expect(inventory.gaps[0]).toMatchObject({ region: REGION, service: 'sagemaker', errorCode: 'UnreadableResponse', kinds: ['notebook'] });
    expect(inventory.gaps[0]!.message).toMatch(/^ListNotebookInstances: Unterminated string in JSON at position \d+( \(line \d+ column \d+\))? \(after 4 attempts\); listing incomplete: 1 page\(s\), 2 item\(s\) read$/);
  });

  it('scans the organisation accounts read before Organizations repeated a NextToken, and says the list is incomplete', async () => {
    stsCallerIdentity();
    const listAccounts = (token: string | undefined, reply: Body) =>
      nock('https://organizations.us-east-1.amazonaws.com')
        .post('/', (body: Body) => body.NextToken === token)
        .matchHeader('x-amz-target', 'AWSOrganizationsV20161128.ListAccounts')
        .reply(200, JSON.stringify(reply), JSON11);
    listAccounts(undefined, { Accounts: [{ Id: ACCOUNT, Status: 'ACTIVE' }], NextToken: 'a2' });
    listAccounts('a2', { Accounts: [], NextToken: 'a2' });
    listNotebooks(undefined, []).reply(200, notebookPage(['a']), JSON11);

    const inventory = await collect({ collectors: [notebooks], options: { org: true, role: 'MlscanReadOnly' } });

    expect(ids(inventory)).toEqual([NB('a')]);
    expect(inventory.gaps).toEqual([
      {
        provider: 'aws',
        account: ACCOUNT,
        service: 'organizations',
        errorCode: 'RepeatedPageToken',
        message: 'ListAccounts: page 2 answered with a NextToken already followed, so the listing would loop; listing incomplete: 2 page(s), 1 account(s) read',
      },
    ]);
  });

  it('retries an S3 ListBuckets page whose XML body was cut off, from its ContinuationToken', async () => {
    stsCallerIdentity();
    const s3 = () => nock(`https://s3.${REGION}.amazonaws.com`);
    const xml = { 'content-type': 'application/xml' };
    const bucket = (name: string) => `<Bucket><Name>${name}</Name><CreationDate>2024-01-01T00:00:00Z</CreationDate><BucketRegion>${REGION}</BucketRegion></Bucket>`;
    const page2 = (q: ParsedUrlQuery) => q['continuation-token'] === 'b2';
    s3()
      .get('/')
      .query((q) => !q['continuation-token'])
      .reply(200, `<ListAllMyBucketsResult><Buckets>${bucket('ml-a')}</Buckets><ContinuationToken>b2</ContinuationToken></ListAllMyBucketsResult>`, xml);
    // The SDK's XML parser fails on the missing closing tags ("XML parse error"), with HTTP 200.
    s3().get('/').query(page2).reply(200, `<ListAllMyBucketsResult><Buckets>${bucket('ml-b')}`, xml);
    s3().get('/').query(page2).reply(200, `<ListAllMyBucketsResult><Buckets>${bucket('ml-b')}</Buckets></ListAllMyBucketsResult>`, xml);

    const inventory = await collect({ collectors: [allBuckets] });

    expect(inventory.gaps).toEqual([]);
    expect(ids(inventory)).toEqual(['arn:aws:s3:::ml-a', 'arn:aws:s3:::ml-b']);
  });
});
