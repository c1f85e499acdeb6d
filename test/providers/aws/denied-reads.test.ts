import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awsCollectors, awsLinkers } from '../../../providers/aws/collectors/index.js';
import type { Operation } from '../../../providers/aws/operations.js';
import { extraIds, mockLineageExtras } from '../../fixtures/aws/lineage-extras.js';
import { mockLineageEstate } from '../../fixtures/aws/lineage-wire.js';
import { passesFromMissingData, verdictsOf, type Verdicts } from '../verdicts.js';
import { denyOperation } from './access-denied.js';
import { collect } from './support.js';

type Op = Operation | undefined;

/** Every read the collectors declare (listings, references followed, detail calls), once per IAM action. */
const DECLARED = uniqueByAction(awsCollectors.flatMap((c): Op[] => [c.list?.op, c.refs?.op, ...(c.details ?? []).map((d) => d.op)]));

/** Reads that depend on another record: its detail calls, the references it names, the listings under it. */
const DEPENDENT = uniqueByAction(awsCollectors.flatMap((c): Op[] => [c.parent ? c.list?.op : undefined, c.refs?.op, ...(c.details ?? []).map((d) => d.op)]));

/** Listings that hold the relatives other records point at (a model's training job, a profile's domain, a bucket's trail). */
const RELATIVES = [
  'cloudtrail:DescribeTrails',
  's3:ListAllMyBuckets',
  'sagemaker:ListDataQualityJobDefinitions',
  'sagemaker:ListDomains',
  'sagemaker:ListEndpointConfigs',
  'sagemaker:ListModelPackageGroups',
  'sagemaker:ListModels',
  'sagemaker:ListTrainingJobs',
  'sagemaker:ListUserProfiles',
];

/** Declared reads the estate gives no occasion for (each names a record the estate does not hold). */
const NOT_EXERCISED = [
  's3:GetBucketLocation', // ListBuckets already names every bucket's region
  'sagemaker:DescribeModelBiasJobDefinition',
  'sagemaker:DescribeModelExplainabilityJobDefinition',
  'sagemaker:DescribeModelQualityJobDefinition',
];

const DENIED = [...DEPENDENT, ...DECLARED.filter((op) => RELATIVES.includes(op.action))].filter((op) => !NOT_EXERCISED.includes(op.action));

function uniqueByAction(ops: readonly Op[]): Operation[] {
  const byAction = new Map<string, Operation>();
  for (const op of ops) if (op) byAction.set(op.action, op);
  return [...byAction.values()].sort((a, b) => a.action.localeCompare(b.action));
}

type Scan = Awaited<ReturnType<typeof scan>>;

async function scan(denied?: Operation) {
  if (denied) denyOperation(denied);
  mockLineageExtras();
  mockLineageEstate('path');
  const sent = new Set<string>();
  const inventory = await collect({ collectors: awsCollectors, linkers: awsLinkers, sent });
  return { inventory, sent, verdicts: await verdictsOf(inventory) };
}

describe('AWS: a denied read never turns a verdict into a pass', () => {
  let baseline: { verdicts: Verdicts; sent: Set<string> };
  /** Each denial's scan, kept for the checks that look closer at one of them. */
  const scans = new Map<string, Scan>();
  const scanDenying = async (op: Operation): Promise<Scan> => scans.get(op.action) ?? scans.set(op.action, await scan(op)).get(op.action)!;
  beforeAll(async () => {
    nock.disableNetConnect();
    const first = await scan();
    expect(first.inventory.gaps).toEqual([]);
    baseline = first;
    nock.cleanAll();
  });
  afterEach(() => {
    nock.cleanAll();
  });
  afterAll(() => {
    nock.enableNetConnect();
  });

  it('the estate exercises every declared read but the ones it holds nothing for', () => {
    const unsent = DECLARED.map((op) => op.action).filter((action) => !baseline.sent.has(action));
    expect(unsent).toEqual(NOT_EXERCISED);
  });

  it.each(DENIED.map((op) => [op.action, op] as const))('%s denied', async (_action, op) => {
    const denied = await scanDenying(op);
    expect(denied.inventory.gaps.map((g) => g.errorCode)).toContainEqual(expect.stringMatching(/AccessDenied|UnauthorizedOperation/));
    expect(passesFromMissingData(baseline.verdicts, denied.verdicts)).toEqual([]);
  });

  it('kms:DescribeKey denied: a notebook encrypted with an AWS-managed key is unknown, not a customer-managed pass', async () => {
    const rule = 'encryption/customer-managed-key-missing';
    expect(baseline.verdicts.get(`${rule} | ${extraIds.notebook}`)).toBe('fail');
    const denied = await scanDenying(DENIED.find((op) => op.action === 'kms:DescribeKey')!);
    const notebook = denied.inventory.assets.find((a) => a.id === extraIds.notebook)!;
    expect(notebook.facts).toMatchObject({ encryptionKeyId: extraIds.awsManagedKey });
    expect(notebook.facts?.encryption).toBeUndefined();
    expect(denied.verdicts.get(`${rule} | ${extraIds.notebook}`)).toBe('unknown');
  });
});
