import { beforeAll, describe, expect, it } from 'vitest';
import type { Asset, CoverageGap } from '../../../src/model/index.js';
import { startAwsEmulator } from '../../support/emulator/aws/emulator.js';
import { SAGEMAKER_COUNTS } from '../../support/emulator/aws/estate-sagemaker.js';
import type { CallRecord } from '../../support/emulator/loopback.js';
import { scanInProcess } from '../../support/emulator/run-cli.js';

// `mlscan scan --aws` against the loopback AWS (real SDKs, real wire formats): tags come from one
// bulk read per region, every listing asks for its largest page, and a denied bulk read changes
// the calls, never the assets (issue 10).

interface EmulatedScan {
  assets: Asset[];
  gaps: CoverageGap[];
  calls: CallRecord[];
  code: number;
}

async function scanEmulated(deny: string[] = []): Promise<EmulatedScan> {
  const emulator = await startAwsEmulator({ scale: 0.5, deny });
  try {
    const outcome = await scanInProcess([...emulator.args, '--call-timeout', '10000', '--fail-on', 'none'], emulator.env);
    const assets = [...(outcome.result?.inventory.assets ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    return { assets, gaps: outcome.result?.coverage.gaps ?? [], calls: [...emulator.calls], code: outcome.code };
  } finally {
    await emulator.close();
  }
}

/** Gaps about tags (other collectors may meet listings the emulator does not serve yet). */
const tagGaps = (gaps: readonly CoverageGap[]) => gaps.filter((g) => /ListTags|GetResources/.test(g.message ?? ''));
const count = (calls: readonly CallRecord[], operation: string) => calls.filter((c) => c.operation === operation).length;
const tagged = (assets: readonly Asset[]) => assets.filter((a) => a.provider === 'aws' && a.nativeType.startsWith('AWS::SageMaker::') && Object.keys(a.tags).length > 0);

describe('AWS calls against the emulated estate', () => {
  let served: EmulatedScan;
  let denied: EmulatedScan;

  beforeAll(async () => {
    served = await scanEmulated();
    denied = await scanEmulated(['GetResources']);
  }, 120_000);

  it('reads SageMaker and ECR tags with GetResources, never with one ListTags per resource', () => {
    expect(tagGaps(served.gaps)).toEqual([]);
    expect(count(served.calls, 'ListTags')).toBe(0);
    expect(count(served.calls, 'ListTagsForResource')).toBe(0);
    // Scale 0.5 tags fewer than 100 SageMaker resources: one page.
    expect(count(served.calls, 'GetResources')).toBe(1);
    expect(tagged(served.assets).length).toBeGreaterThan(30);
  });

  it('a denied GetResources falls back to ListTags per resource: the same assets, tags and facts, no gap', () => {
    expect(count(denied.calls, 'GetResources')).toBe(1);
    expect(denied.calls.find((c) => c.operation === 'GetResources')?.status).toBe(400);
    expect(count(denied.calls, 'ListTags')).toBeGreaterThanOrEqual(tagged(denied.assets).length);
    expect(tagGaps(denied.gaps)).toEqual([]);
    expect(denied.gaps).toEqual(served.gaps);
    expect(denied.assets).toEqual(served.assets);
    expect(count(denied.calls, 'ListTagsForResource')).toBe(denied.assets.filter((a) => a.nativeType === 'AWS::ECR::Repository').length);
    // S3 bucket tags too: GetBucketTagging per ML bucket stands in for the bulk read.
    expect(count(denied.calls, 'GetBucket:tagging')).toBe(denied.assets.filter((a) => a.nativeType === 'AWS::S3::Bucket').length);
    expect(denied.calls.length - served.calls.length).toBe(count(denied.calls, 'ListTags') + count(denied.calls, 'ListTagsForResource') + count(denied.calls, 'GetBucket:tagging'));
  });

  it('asks every SageMaker listing for 100 records a page: one page for each list of the estate', () => {
    // 28 training jobs at scale 0.5 were 3 pages at the API default of 10.
    expect(Math.round(SAGEMAKER_COUNTS.trainingJobs * 0.5)).toBeGreaterThan(10);
    for (const operation of ['ListTrainingJobs', 'ListModels', 'ListNotebookInstances', 'ListEndpointConfigs', 'ListEndpoints']) {
      expect({ operation, calls: count(served.calls, operation) }).toEqual({ operation, calls: 1 });
    }
  });

  it('starts the IAM, S3, EC2 and KMS reads while SageMaker is still being read', () => {
    const lastSageMaker = served.calls.map((c) => c.service).lastIndexOf('sagemaker');
    for (const service of ['iam', 's3']) {
      const first = served.calls.findIndex((c) => c.service === service);
      expect({ service, beforeSageMakerEnds: first >= 0 && first < lastSageMaker }).toEqual({ service, beforeSageMakerEnds: true });
    }
  });
});

describe('AWS tags when both GetResources and ListTags are denied', () => {
  it('leaves the tags unread and names ListTags in a gap', async () => {
    const scan = await scanEmulated(['GetResources', 'ListTags']);
    const gaps = scan.gaps.filter((g) => g.errorCode === 'AccessDeniedException');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((g) => g.service === 'sagemaker' && g.message?.includes('ListTags'))).toBe(true);
    expect(tagGaps(scan.gaps)).toEqual(gaps);
    const notebooks = scan.assets.filter((a) => a.nativeType === 'AWS::SageMaker::NotebookInstance');
    expect(notebooks.length).toBeGreaterThan(0);
    expect(notebooks.every((a) => a.facts?.tagsRead === undefined && Object.keys(a.tags).length === 0)).toBe(true);
    expect(scan.code).toBe(3);
  }, 120_000);
});
