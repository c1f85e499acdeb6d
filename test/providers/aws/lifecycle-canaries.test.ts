import { describe, expect, it } from 'vitest';
import { REGION } from '../../fixtures/aws/lineage-estate.js';
import { mockLineageEstate } from '../../fixtures/aws/lineage-wire.js';
import { AWS_CLI_ENV } from '../../support/cli-env.js';
import { everyOutput, leaks } from '../../support/every-output.js';
import { inProcessCli } from '../../support/in-process-cli.js';
import { patched, wire } from '../../support/wire-assets.js';
import { CREDENTIALS, sagemaker, useNock } from './support.js';

// Secrets planted in lifecycle configuration scripts, through the real SDK (nock on the wire), the
// runner and every output the CLI writes or prints: only where they are and their kind come out.
const CANARY = {
  accessKey: 'AKIA' + 'CANARYLCC0000001',
  password: 'Canary-LCC-Passw0rd-77',
  githubToken: 'ghp_' + 'CANARYlcc0123456789abcdefghijklmnopq',
  /** A harmless line: the script text itself never leaves either. */
  scriptLine: 'canary_lifecycle_marker --install',
} as const;

const onStart = ['#!/bin/bash', 'set -e', CANARY.scriptLine, `export AWS_ACCESS_KEY_ID=${CANARY.accessKey}`, `DB_PASSWORD=${CANARY.password}`].join('\n');
const studio = ['#!/bin/bash', `git clone https://${CANARY.githubToken}@github.com/org/notebooks.git`].join('\n');
const b64 = (text: string) => Buffer.from(text).toString('base64');

function answer(): void {
  mockLineageEstate('virtual-host', ['ListNotebookInstanceLifecycleConfigs', 'ListStudioLifecycleConfigs']);
  sagemaker(REGION, 'ListNotebookInstanceLifecycleConfigs', undefined, wire('aws/sagemaker/ListNotebookInstanceLifecycleConfigs.json'));
  sagemaker(REGION, 'DescribeNotebookInstanceLifecycleConfig', undefined, patched(wire('aws/sagemaker/DescribeNotebookInstanceLifecycleConfig.json'), { OnStart: [{ Content: b64(onStart) }] }));
  sagemaker(REGION, 'ListStudioLifecycleConfigs', undefined, wire('aws/sagemaker/ListStudioLifecycleConfigs.json'));
  sagemaker(REGION, 'DescribeStudioLifecycleConfig', undefined, patched(wire('aws/sagemaker/DescribeStudioLifecycleConfig.json'), { StudioLifecycleConfigContent: b64(studio) }));
}

describe('secrets in lifecycle scripts reach no output', () => {
  useNock();
  const stderr = inProcessCli(AWS_CLI_ENV.prefixes, AWS_CLI_ENV.env);

  it('inventory --out, every report format (live and from the snapshot), stdout and stderr carry locations and kinds only', async () => {
    const outputs = await everyOutput(['--aws', '--aws-regions', REGION], answer, stderr);

    expect(leaks(outputs, [...Object.values(CANARY), b64(onStart), b64(studio), CREDENTIALS.secretAccessKey])).toEqual([]);

    expect(outputs.codes, outputs.texts.find(([name]) => name === 'stderr')?.[1]).toEqual([0, 0, 0]);
    const scripts = outputs.snapshot.assets.filter((a) => a.id.includes('lifecycle-config'));
    expect(scripts.map((a) => (a as { facts?: unknown }).facts)).toEqual([
      { scriptSecrets: ['OnStart line 4: AWS access key id', 'OnStart line 5: secret assigned to a variable'] },
      { scriptSecrets: ['JupyterLab script line 2: GitHub token'] },
    ]);
    const results = outputs.texts.find(([name]) => name === 'live/mlscan-report.json')?.[1] ?? '';
    expect(results).toContain('install-packages runs a script that embeds 2 secret(s): OnStart line 4: AWS access key id, OnStart line 5: secret assigned to a variable.');
  });
});
