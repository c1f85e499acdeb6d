import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { repositories } from '../../../providers/aws/collectors/ecr.js';
import { models } from '../../../providers/aws/collectors/sagemaker-training.js';
import type { AssetInput } from '../../../src/model/index.js';
import { ACCOUNT, REGION, collect, json11, sagemaker, stsCallerIdentity, useNock } from './support.js';

// ECR repositories are read by reference (the images SageMaker models name): one
// DescribeRepositories call names them all (`repositoryNames`, up to 100), and a batch that one
// name fails is asked again name by name, so a missing repository is skipped and a denied one is
// its own gap while the others are still read.

const ECR_HOST = `https://api.ecr.${REGION}.amazonaws.com`;
const ECR = 'AmazonEC2ContainerRegistry_V20150921';
const JSON11 = { 'content-type': 'application/x-amz-json-1.1' };
const REPO_ARN = (name: string) => `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${name}`;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const IMAGE = (name: string) => `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}:1.0`;

/** A repository as DescribeRepositories returns it (ECR API reference, `Repository`): mutable tags, no scan on push, AES256 unless told. */
const repository = (name: string, settings: Record<string, unknown> = {}): Record<string, unknown> => ({
  repositoryArn: REPO_ARN(name),
  registryId: ACCOUNT,
  repositoryName: name,
  repositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}`,
  createdAt: 1717410600,
  imageTagMutability: 'MUTABLE',
  imageScanningConfiguration: { scanOnPush: false },
  encryptionConfiguration: { encryptionType: 'AES256' },
  ...settings,
});

const REPOSITORIES: Record<string, Record<string, unknown>> = {
  'fraud-serve': repository('fraud-serve', { imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true }, encryptionConfiguration: { encryptionType: 'KMS', kmsKey: KEY } }),
  'ml/fraud-train': repository('ml/fraud-train'),
  'risk-score': repository('risk-score'),
};

/**
 * Answers every DescribeRepositories as ECR does (a missing name fails the whole call with
 * RepositoryNotFoundException; a repository the caller may not describe fails it with
 * AccessDeniedException) and returns the `repositoryNames` of each call, in order.
 */
function answerDescribeRepositories(denied: readonly string[] = []): string[][] {
  const asked: string[][] = [];
  nock(ECR_HOST)
    .persist()
    .post('/')
    .matchHeader('x-amz-target', `${ECR}.DescribeRepositories`)
    .reply((_uri, body) => {
      const names = (JSON.parse(String(body)) as { repositoryNames: string[] }).repositoryNames;
      asked.push(names);
      const refused = names.find((n) => denied.includes(n));
      if (refused) {
        const message = `User: arn:aws:iam::${ACCOUNT}:user/scanner is not authorized to perform: ecr:DescribeRepositories on resource: ${REPO_ARN(refused)} because no resource-based policy allows the ecr:DescribeRepositories action`;
        return [400, JSON.stringify({ __type: 'AccessDeniedException', message }), JSON11];
      }
      const missing = names.find((n) => !REPOSITORIES[n]);
      if (missing) return [400, JSON.stringify({ __type: 'RepositoryNotFoundException', message: `The repository with name '${missing}' does not exist in the registry with id '${ACCOUNT}'` }), JSON11];
      return [200, JSON.stringify({ repositories: names.map((n) => REPOSITORIES[n]) }), JSON11];
    });
  return asked;
}

/** A model whose containers run images of `repos`, the registry's scanning settings, each repository's (absent) policy and the region's tags. */
function mockEstate(repos: readonly string[]): void {
  stsCallerIdentity();
  const model = `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model/fraud`;
  sagemaker(REGION, 'ListModels', undefined, { Models: [{ ModelName: 'fraud', ModelArn: model, CreationTime: 1717410600 }] });
  sagemaker(REGION, 'DescribeModel', { ModelName: 'fraud' }, { ModelName: 'fraud', ModelArn: model, ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ml-exec`, Containers: repos.map((r) => ({ Image: IMAGE(r), Mode: 'SingleModel' })) });
  json11(`tagging.${REGION}.amazonaws.com`, 'ResourceGroupsTaggingAPI_20170126.GetResources', undefined, {
    ResourceTagMappingList: [{ ResourceARN: REPO_ARN('fraud-serve'), Tags: [{ Key: 'team', Value: 'fraud' }] }],
    PaginationToken: '',
  });
  nock(ECR_HOST).persist().post('/').matchHeader('x-amz-target', `${ECR}.GetRegistryScanningConfiguration`).reply(200, JSON.stringify({ registryId: ACCOUNT, scanningConfiguration: { scanType: 'BASIC', rules: [] } }), JSON11);
  nock(ECR_HOST)
    .persist()
    .post('/')
    .matchHeader('x-amz-target', `${ECR}.GetRepositoryPolicy`)
    .reply((_uri, body) => {
      const name = (JSON.parse(String(body)) as { repositoryName: string }).repositoryName;
      const message = `Repository policy does not exist for the repository with name '${name}' in the registry with id '${ACCOUNT}'`;
      return [400, JSON.stringify({ __type: 'RepositoryPolicyNotFoundException', message }), JSON11];
    });
}

async function scan(repos: readonly string[], denied: readonly string[] = []) {
  mockEstate(repos);
  const asked = answerDescribeRepositories(denied);
  const inventory = await collect({ collectors: [models, repositories] });
  const repositoryAssets = new Map(inventory.assets.filter((a) => a.nativeType === 'AWS::ECR::Repository').map((a) => [a.id, a]));
  return { asked, repositories: repositoryAssets, gaps: inventory.gaps };
}

/** The facts, tags and raw record every repository asset must carry, however it was read. */
const sameAsset = (a: AssetInput | undefined) => a && { id: a.id, name: a.name, facts: a.facts, tags: a.tags, raw: a.raw };

describe('ECR repositories read by reference', () => {
  useNock();

  it('describes every referenced repository in one DescribeRepositories call', async () => {
    const { asked, repositories, gaps } = await scan(['fraud-serve', 'ml/fraud-train', 'risk-score']);
    expect(asked).toEqual([['fraud-serve', 'ml/fraud-train', 'risk-score']]);
    expect(gaps).toEqual([]);
    expect([...repositories.keys()]).toEqual([REPO_ARN('fraud-serve'), REPO_ARN('ml/fraud-train'), REPO_ARN('risk-score')]);
    expect(repositories.get(REPO_ARN('fraud-serve'))).toMatchObject({
      name: 'fraud-serve',
      tags: { team: 'fraud' },
      facts: { mlRelated: true, imageScanning: true, tagImmutability: true, encryptionKeyId: KEY, anonymousPull: false, externalPrincipals: [] },
    });
    expect(repositories.get(REPO_ARN('ml/fraud-train'))?.facts).toMatchObject({ imageScanning: false, tagImmutability: false, encryption: 'platform' });
  });

  it('asks name by name when one referenced repository does not exist: it is skipped, the others are read, no gap', async () => {
    const whole = await scan(['fraud-serve', 'ml/fraud-train', 'risk-score']);
    nock.cleanAll();
    const { asked, repositories, gaps } = await scan(['fraud-serve', 'gone', 'ml/fraud-train', 'risk-score']);
    expect(asked).toEqual([['fraud-serve', 'gone', 'ml/fraud-train', 'risk-score'], ['fraud-serve'], ['gone'], ['ml/fraud-train'], ['risk-score']]);
    expect(gaps).toEqual([]);
    expect([...repositories.values()].map(sameAsset)).toEqual([...whole.repositories.values()].map(sameAsset));
  });

  it('asks name by name when one repository is denied: that one is a gap, the others are read as in one call', async () => {
    const whole = await scan(['fraud-serve', 'ml/fraud-train', 'risk-score']);
    nock.cleanAll();
    const { asked, repositories, gaps } = await scan(['fraud-serve', 'ml/fraud-train', 'risk-score'], ['ml/fraud-train']);
    expect(asked).toEqual([['fraud-serve', 'ml/fraud-train', 'risk-score'], ['fraud-serve'], ['ml/fraud-train'], ['risk-score']]);
    expect([...repositories.keys()]).toEqual([REPO_ARN('fraud-serve'), REPO_ARN('risk-score')]);
    for (const id of repositories.keys()) expect(sameAsset(repositories.get(id))).toEqual(sameAsset(whole.repositories.get(id)));
    expect(gaps).toEqual([
      expect.objectContaining({ service: 'ecr', region: REGION, errorCode: 'AccessDeniedException', kinds: ['container-registry'], message: expect.stringContaining(`DescribeRepositories: User: arn:aws:iam::${ACCOUNT}:user/scanner is not authorized`) }),
    ]);
  });
});
