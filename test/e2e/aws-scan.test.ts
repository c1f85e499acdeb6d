import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ScanResultSchema, type ScanResult } from '../../src/model/index.js';
import { REGION, ids } from '../fixtures/aws/lineage-estate.js';
import { mockLineageEstate } from '../fixtures/aws/lineage-wire.js';
import { CREDENTIALS, sagemaker, useNock } from '../providers/aws/support.js';
import { AWS_CLI_ENV } from '../support/cli-env.js';
import { inProcessCli } from '../support/in-process-cli.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-aws-e2e-');

// `mlscan scan --aws` run in-process as a user runs it: credentials from the environment, the SDK's
// default endpoints, and nock answering every call on the wire (unused answers fail the test).
describe('mlscan scan --aws', () => {
  useNock();
  const stderr = inProcessCli(AWS_CLI_ENV.prefixes, AWS_CLI_ENV.env);

  async function scan(extra: string[] = []) {
    const out = tempDir();
    const code = await main(['scan', '--aws', '--aws-regions', REGION, '--out', out, '--format', 'json,md', ...extra]);
    const result = JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8')) as ScanResult;
    const markdown = readFileSync(join(out, 'mlscan-report.md'), 'utf8');
    return { code, result, markdown };
  }
  const fail = (result: ScanResult, ruleId: string, assetId: string) =>
    result.findings.find((f) => f.ruleId === ruleId && f.assetId === assetId && f.status === 'fail');

  it('finds the public endpoint serving a model trained on a bucket anyone can write, and names the rest', async () => {
    mockLineageEstate('virtual-host');
    const { code, result, markdown } = await scan(['--fail-on', 'critical']);

    expect(code).toBe(1);
    expect(ScanResultSchema.safeParse(result).success).toBe(true);
    expect(result.scan.sources).toEqual(['aws']);
    expect(result.scan.partial).toBe(false);
    expect(result.coverage.gaps).toEqual([]);

    const lineage = fail(result, 'integrity/public-endpoint-serves-model-trained-on-exposed-data', ids.endpoint);
    expect(lineage?.path).toEqual([ids.endpoint, ids.config, ids.model, ids.job, ids.trainingBucket]);
    expect(lineage?.severity).toBe('critical');
    expect(fail(result, 'exposure/storage-public-access', ids.trainingBucket)).toBeDefined();
    expect(fail(result, 'rbac/ml-identity-admin-privilege', ids.role)).toBeDefined();
    expect(fail(result, 'integrity/registry-image-scanning-disabled', ids.inferenceImage)).toBeDefined();
    expect(result.findings.some((f) => f.ruleId === 'exposure/storage-public-access' && f.assetId === ids.modelBucket && f.status === 'pass')).toBe(true);

    // Secrets planted in hyperparameters and container environments reach no report and no log.
    for (const text of [JSON.stringify(result), markdown, stderr()]) {
      expect(text).not.toContain('sk-live-should-never-be-stored');
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain(CREDENTIALS.secretAccessKey);
    }
    expect(stderr()).toMatch(/finding\(s\) at or above critical: exit 1/);
  });

  it('records a denied service as a coverage gap: the scan goes on, is partial, and says so', async () => {
    mockLineageEstate('virtual-host');
    // CloudTrail now answers AccessDenied instead of the empty trail list.
    nock.removeInterceptor({ hostname: `cloudtrail.${REGION}.amazonaws.com`, proto: 'https', path: '/', method: 'POST' });
    nock(`https://cloudtrail.${REGION}.amazonaws.com`)
      .post('/')
      .reply(400, JSON.stringify({ __type: 'AccessDeniedException', Message: 'not authorized to perform: cloudtrail:DescribeTrails' }), {
        'content-type': 'application/x-amz-json-1.1',
      });
    const { code, result } = await scan(['--fail-on', 'none']);

    expect(code).toBe(3);
    expect(result.scan.partial).toBe(true);
    expect(result.coverage.gaps).toEqual([
      expect.objectContaining({ provider: 'aws', account: '111122223333', region: REGION, service: 'cloudtrail', errorCode: 'AccessDeniedException' }),
    ]);
    // Everything else was still collected and judged.
    expect(fail(result, 'integrity/public-endpoint-serves-model-trained-on-exposed-data', ids.endpoint)).toBeDefined();
    expect(stderr()).toMatch(/coverage: PARTIAL, 1 gap\(s\):\n\s+aws 111122223333 eu-west-1 cloudtrail: AccessDeniedException/);
    expect(stderr()).toMatch(/but the scan was partial: exit 3/);
  });

  it('a NextToken the service repeats: the pipelines read are kept, the gap is in the report, exit 3', async () => {
    mockLineageEstate('virtual-host', ['ListPipelines']);
    const pipeline = (name: string) => ({ PipelineName: name, PipelineArn: `arn:aws:sagemaker:${REGION}:111122223333:pipeline/${name}` });
    sagemaker(REGION, 'ListPipelines', (b) => b.NextToken === undefined, { PipelineSummaries: [pipeline('etl'), pipeline('train')], NextToken: 'pl-2' });
    sagemaker(REGION, 'ListPipelines', { NextToken: 'pl-2' }, { PipelineSummaries: [pipeline('deploy')], NextToken: 'pl-2' });
    for (const name of ['etl', 'train', 'deploy']) sagemaker(REGION, 'ListTags', { ResourceArn: pipeline(name).PipelineArn }, { Tags: [] });

    const { code, result } = await scan(['--fail-on', 'none']);

    expect(code).toBe(3);
    expect(result.scan.partial).toBe(true);
    expect(result.coverage.gaps).toEqual([
      expect.objectContaining({ provider: 'aws', region: REGION, service: 'sagemaker', errorCode: 'RepeatedPageToken', kinds: ['pipeline'] }),
    ]);
    expect(result.coverage.gaps[0]!.message).toMatch(/^ListPipelines: page 2 answered with a NextToken already followed.*listing incomplete: 2 page\(s\), 3 item\(s\) read/);
    expect(result.inventory.assets.filter((a) => a.kind === 'pipeline').map((a) => a.name).sort()).toEqual(['deploy', 'etl', 'train']);
    expect(stderr()).toMatch(/aws 111122223333 eu-west-1 sagemaker: RepeatedPageToken/);
  });

  it('with credentials AWS rejects: one line naming the cause, exit 2, nothing written', async () => {
    nock(`https://sts.${REGION}.amazonaws.com`)
      .post('/')
      .reply(
        403,
        '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error><RequestId>r</RequestId></ErrorResponse>',
        { 'content-type': 'text/xml' },
      );
    const out = join(tempDir(), 'report');
    const code = await main(['scan', '--aws', '--aws-regions', REGION, '--out', out]);
    expect(code).toBe(2);
    expect(stderr()).toBe('mlscan: aws: cannot identify the caller (sts:GetCallerIdentity, InvalidClientTokenId): The security token included in the request is invalid. (to fix: run aws sso login (IAM Identity Center) or aws configure (access keys), or set AWS_PROFILE (or --aws-profile) to a profile that has credentials)\n');
    expect(existsSync(out)).toBe(false);
  });
});
