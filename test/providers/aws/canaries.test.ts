import { describe, expect, it } from 'vitest';
import { REGION, ids } from '../../fixtures/aws/lineage-estate.js';
import { AWS_CANARIES, mockCanaryEstate } from '../../fixtures/aws/canary-estate.js';
import { REPORT_FILE_NAMES } from '../../../src/report/index.js';
import { AWS_CLI_ENV } from '../../support/cli-env.js';
import { everyOutput, leaks } from '../../support/every-output.js';
import { inProcessCli } from '../../support/in-process-cli.js';
import { CREDENTIALS, useNock } from './support.js';

// Secrets planted in what SageMaker returns, through the real SDKs (nock on the wire), the runner,
// and every output the CLI writes or prints.
describe('AWS canaries reach no output', () => {
  useNock();
  const stderr = inProcessCli(AWS_CLI_ENV.prefixes, AWS_CLI_ENV.env);

  it('inventory --out, every report format (live and from the snapshot), stdout and stderr', async () => {
    const outputs = await everyOutput(['--aws', '--aws-regions', REGION], () => mockCanaryEstate('virtual-host'), stderr);

    expect(leaks(outputs, [...Object.values(AWS_CANARIES), CREDENTIALS.secretAccessKey])).toEqual([]);
    expect(outputs.codes).toEqual([0, 0, 0]);
    expect(outputs.texts.map(([name]) => name).sort()).toEqual(
      ['estate.json', 'stdout', 'stderr', ...['live', 'offline'].flatMap((d) => Object.values(REPORT_FILE_NAMES).map((f) => `${d}/${f}`))].sort(),
    );

    // What is kept instead: keys, the harmless values, and what a rule could judge of the command line.
    const byId = new Map(outputs.snapshot.assets.map((a) => [a.id, a]));
    const job = byId.get(ids.job)!.raw!.details!.describe as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(job.HyperParameters).toMatchObject({ epochs: '10', api_token: '[redacted]', extra_args: '--lr 0.1 --api-key [redacted]', aws_key_id: '[redacted]' });
    expect(job.Environment).toEqual({ HF_TOKEN: '[redacted]', LOG_LEVEL: '[redacted]' });
    expect(job.AlgorithmSpecification.ContainerArguments).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), length: expect.any(Number), secrets: [{ kind: 'secret-flag', line: 4 }] });
    expect(job.AlgorithmSpecification.TrainingImage).toMatch(/fraud-train:1\.4$/);
    expect(byId.get(ids.job)!.tags).toEqual({ project: 'fraud', source: expect.stringContaining('X-Amz-Signature=[redacted]') });
    const model = byId.get(ids.model)!.raw!.details!.describe as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(model.Containers[0].Environment).toEqual({ SIDE_CAR_SECRET: '[redacted]' });
  });
});
