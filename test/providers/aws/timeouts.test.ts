import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../src/scan/source.js';
import { notebookInstances } from '../../../providers/aws/collectors/sagemaker.js';
import { ACCOUNT, REGION, awsError, collect, fastAdaptiveRetry, sagemaker, stsCallerIdentity, useNock } from './support.js';

const notebooks = { ...notebookInstances, details: [] };
const NB = `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/nb`;
const PAGE = { NotebookInstances: [{ NotebookInstanceName: 'nb', NotebookInstanceArn: NB }] };

// `--call-timeout` bounds one HTTP request. The source builds its scheduler as the CLI does, so an
// attempt there spans the SDK's own retries and back-off; `calls` counts the scheduler's attempts.
describe('call timeouts', () => {
  useNock();

  async function scan(retryStrategy: unknown) {
    const events: ProgressEvent[] = [];
    const inventory = await collect({
      collectors: [notebooks],
      options: { timeoutMs: 1_000, maxAttempts: 4 },
      scheduler: 'source',
      retryStrategy,
      onProgress: (e) => events.push(e),
    });
    return { inventory, attempts: events.at(-1)!.calls };
  }

  it('does not count the SDK back-off on throttling against the call timeout', async () => {
    stsCallerIdentity();
    for (let i = 0; i < 3; i++) sagemaker(REGION, 'ListNotebookInstances', undefined, awsError('ThrottlingException', 'Rate exceeded'), 400);
    sagemaker(REGION, 'ListNotebookInstances', undefined, PAGE);

    // Three throttled answers, 400 ms of SDK back-off after each: longer than the 1 s timeout.
    const { inventory, attempts } = await scan(fastAdaptiveRetry(4, 400));

    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.map((a) => a.id)).toEqual([NB]);
    // GetCallerIdentity and one attempt of the listing: the scheduler never timed out and retried.
    expect(attempts).toBe(2);
  });

  it('cuts one request that hangs past the call timeout, and the SDK asks again', async () => {
    stsCallerIdentity();
    nock(`https://api.sagemaker.${REGION}.amazonaws.com`)
      .post('/')
      .matchHeader('x-amz-target', 'SageMaker.ListNotebookInstances')
      .delay(5_000)
      .reply(200, JSON.stringify({ NotebookInstances: [{ NotebookInstanceName: 'too-late', NotebookInstanceArn: `${NB}-too-late` }] }), { 'content-type': 'application/x-amz-json-1.1' });
    sagemaker(REGION, 'ListNotebookInstances', undefined, PAGE);

    const { inventory, attempts } = await scan(fastAdaptiveRetry(4));

    // The answer that came too late was never read: the request was cut at 1 s and asked again.

    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.map((a) => a.id)).toEqual([NB]);
    expect(attempts).toBe(2);
  });
});
