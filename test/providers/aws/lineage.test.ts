import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../../../src/engine/index.js';
import { AssetGraph } from '../../../src/graph/index.js';
import { AssetSchema } from '../../../src/model/index.js';
import lineageRule from '../../../rules/integrity/public-endpoint-serves-model-trained-on-exposed-data.js';
import { awsCollectors, awsLinkers } from '../../../providers/aws/collectors/index.js';
import { awsReadActions } from '../../../providers/aws/permissions.js';
import { ACCOUNT, REGION, ids, sagemakerReplies, trainingBucketPolicy } from '../../fixtures/aws/lineage-estate.js';
import { collect, json11, query, sagemaker, stsCallerIdentity, useNock } from './support.js';

const S3 = `https://s3.${REGION}.amazonaws.com`;
const xml = { 'content-type': 'application/xml' };
const s3Error = (code: string) => `<Error><Code>${code}</Code><Message>${code}</Message></Error>`;
const ALL_BLOCKED = '<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>';

type Reply = [number, string];
function bucket(name: string, replies: Record<string, Reply>): void {
  const defaults: Record<string, Reply> = {
    publicAccessBlock: [404, s3Error('NoSuchPublicAccessBlockConfiguration')],
    policyStatus: [404, s3Error('NoSuchBucketPolicy')],
    policy: [404, s3Error('NoSuchBucketPolicy')],
    acl: [200, '<AccessControlPolicy><Owner><ID>o</ID></Owner><AccessControlList></AccessControlList></AccessControlPolicy>'],
    ownershipControls: [200, '<OwnershipControls><Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule></OwnershipControls>'],
    encryption: [200, '<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>'],
    versioning: [200, '<VersioningConfiguration/>'],
    logging: [200, '<BucketLoggingStatus/>'],
    'object-lock': [404, s3Error('ObjectLockConfigurationNotFoundError')],
    tagging: [404, s3Error('NoSuchTagSet')],
  };
  for (const [sub, [status, body]] of Object.entries({ ...defaults, ...replies })) {
    nock(S3)
      .get((uri) => (uri.startsWith(`/${name}/?`) || uri.startsWith(`/${name}?`)) && new URLSearchParams(uri.split('?')[1]).has(sub))
      .reply(status, body, xml);
  }
}

describe('AWS source end to end (every collector, one region)', () => {
  useNock();

  it('links public endpoint -> endpoint config -> model -> training job -> publicly writable bucket', async () => {
    stsCallerIdentity();
    for (const [operation, body, reply] of sagemakerReplies) sagemaker(REGION, operation, body, reply);

    nock(S3)
      .get('/')
      .query(true)
      .reply(
        200,
        `<ListAllMyBucketsResult><Owner><ID>o</ID></Owner><Buckets>` +
          ['ml-training-data', 'ml-models', 'corp-website'].map((b) => `<Bucket><Name>${b}</Name><CreationDate>2024-01-01T00:00:00Z</CreationDate><BucketRegion>${REGION}</BucketRegion></Bucket>`).join('') +
          `</Buckets></ListAllMyBucketsResult>`,
        xml,
      );
    nock(`https://${ACCOUNT}.s3-control.${REGION}.amazonaws.com`).get('/v20180820/configuration/publicAccessBlock').reply(404, s3Error('NoSuchPublicAccessBlockConfiguration'), xml);
    bucket('ml-training-data', {
      policyStatus: [200, '<PolicyStatus><IsPublic>true</IsPublic></PolicyStatus>'],
      policy: [200, trainingBucketPolicy],
      versioning: [200, '<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>'],
    });
    bucket('ml-models', { publicAccessBlock: [200, ALL_BLOCKED] });

    const iam = 'iam.amazonaws.com';
    query(
      iam,
      'GetRole',
      { RoleName: 'ml-exec' },
      `<GetRoleResponse><GetRoleResult><Role><Path>/</Path><RoleName>ml-exec</RoleName><RoleId>AROAEXAMPLE</RoleId><Arn>${ids.role}</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate>` +
        `<AssumeRolePolicyDocument>${encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }] }))}</AssumeRolePolicyDocument>` +
        `</Role></GetRoleResult></GetRoleResponse>`,
    );
    query(
      iam,
      'ListAttachedRolePolicies',
      { RoleName: 'ml-exec' },
      `<ListAttachedRolePoliciesResponse><ListAttachedRolePoliciesResult><AttachedPolicies><member><PolicyName>AdministratorAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/AdministratorAccess</PolicyArn></member></AttachedPolicies><IsTruncated>false</IsTruncated></ListAttachedRolePoliciesResult></ListAttachedRolePoliciesResponse>`,
    );
    query(iam, 'ListRolePolicies', { RoleName: 'ml-exec' }, `<ListRolePoliciesResponse><ListRolePoliciesResult><PolicyNames/><IsTruncated>false</IsTruncated></ListRolePoliciesResult></ListRolePoliciesResponse>`);
    query(
      iam,
      'GetPolicy',
      { PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      `<GetPolicyResponse><GetPolicyResult><Policy><PolicyName>AdministratorAccess</PolicyName><Arn>arn:aws:iam::aws:policy/AdministratorAccess</Arn><DefaultVersionId>v1</DefaultVersionId></Policy></GetPolicyResult></GetPolicyResponse>`,
    );
    query(
      iam,
      'GetPolicyVersion',
      { PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess', VersionId: 'v1' },
      `<GetPolicyVersionResponse><GetPolicyVersionResult><PolicyVersion><Document>${encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }))}</Document><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion></GetPolicyVersionResult></GetPolicyVersionResponse>`,
    );

    const ecr = `api.ecr.${REGION}.amazonaws.com`;
    const ECR = 'AmazonEC2ContainerRegistry_V20150921';
    for (const repo of ['fraud-train', 'fraud-inference']) {
      json11(ecr, `${ECR}.DescribeRepositories`, { repositoryNames: [repo] }, {
        repositories: [
          {
            repositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${repo}`,
            registryId: ACCOUNT,
            repositoryName: repo,
            repositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${repo}`,
            imageTagMutability: 'MUTABLE',
            imageScanningConfiguration: { scanOnPush: repo === 'fraud-train' },
            encryptionConfiguration: { encryptionType: 'AES256' },
          },
        ],
      });
      json11(ecr, `${ECR}.GetRepositoryPolicy`, { repositoryName: repo }, { __type: 'RepositoryPolicyNotFoundException', message: 'no policy' }, 400);
      json11(ecr, `${ECR}.ListTagsForResource`, undefined, { tags: [] });
    }
    json11(ecr, `${ECR}.GetRegistryScanningConfiguration`, undefined, { registryId: ACCOUNT, scanningConfiguration: { scanType: 'BASIC', rules: [] } });
    json11(`cloudtrail.${REGION}.amazonaws.com`, 'CloudTrail_20131101.DescribeTrails', { includeShadowTrails: true }, { trailList: [] });

    const sent = new Set<string>();
    const inventory = await collect({ collectors: awsCollectors, linkers: awsLinkers, sent });

    expect(inventory.gaps).toEqual([]);
    const byId = new Map(inventory.assets.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual(
      [ids.endpoint, ids.config, ids.model, ids.job, ids.trainingBucket, ids.modelBucket, ids.role, ids.trainImage, ids.inferenceImage].sort(),
    );
    expect(byId.get(ids.trainingBucket)!.facts).toMatchObject({ publicRead: true, publicWrite: true, versioning: true, dataEventsLogged: false });
    expect(byId.get(ids.modelBucket)!.facts).toMatchObject({ publicRead: false, publicWrite: false, encryption: 'platform' });
    expect(byId.get(ids.role)!.facts).toMatchObject({ privilege: 'admin', externalPrincipals: [], roleName: 'ml-exec' });
    expect(byId.get(ids.endpoint)!.facts).toMatchObject({ publicNetworkAccess: true, instanceCount: 1, serverless: false, dataCapture: false });
    expect(byId.get(ids.inferenceImage)!.facts).toMatchObject({ imageScanning: false, tagImmutability: false, anonymousPull: false });

    // Secrets in hyperparameters and container environments are not stored.
    const raw = JSON.stringify(inventory.assets.map((a) => a.raw));
    expect(raw).not.toContain('sk-live-should-never-be-stored');
    expect(raw).not.toContain('hunter2');

    // Every action sent is in the generated read-only policy.
    const policy = new Set(awsReadActions());
    for (const action of sent) if (action !== 'sts:GetCallerIdentity') expect(policy.has(action), action).toBe(true);

    // The cross-cloud lineage rule finds the path without any AWS-specific code.
    const assets = inventory.assets.map((a) => AssetSchema.parse(a));
    const graph = new AssetGraph(assets, inventory.edges);
    const findings = await evaluateOne(lineageRule, graph.get(ids.endpoint)!, graph, 5_000);
    expect(findings!.filter((f) => f.status === 'fail')).toEqual([
      expect.objectContaining({
        status: 'fail',
        path: [ids.endpoint, ids.config, ids.model, ids.job, ids.trainingBucket],
        message: 'Public endpoint fraud-endpoint serves model fraud-model, trained on data in storage ml-training-data, which is readable and writable by anyone.',
      }),
    ]);
  });
});
