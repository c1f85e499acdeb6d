import { describe, expect, it } from 'vitest';
import { hyperpodClusters } from '../../../providers/aws/collectors/sagemaker-hyperpod.js';
import { inferenceComponents } from '../../../providers/aws/collectors/sagemaker-inference-components.js';
import { notebookLifecycleConfigs, studioLifecycleConfigs } from '../../../providers/aws/collectors/sagemaker-lifecycle.js';
import { mlflowTrackingServers } from '../../../providers/aws/collectors/sagemaker-mlflow.js';
import { apps, spaces } from '../../../providers/aws/collectors/sagemaker-spaces.js';
import { notebookInstances } from '../../../providers/aws/collectors/sagemaker-studio.js';
import { detailOf } from '../../../src/model/index.js';
import { patched, wire } from '../../support/wire-assets.js';
import { ACCOUNT, REGION, awsError, collect, sagemaker, stsCallerIdentity, useNock } from './support.js';

const SM = (path: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${path}`;
const b64 = (text: string) => Buffer.from(text).toString('base64');
const PLANTED_KEY = 'AKIA' + 'PLANTED7Q2W3E4R5';
const LEAKY = `#!/bin/bash\nset -e\n\nexport AWS_ACCESS_KEY_ID=${PLANTED_KEY}\npip install mlflow\n`;
const firstPage = (b: Record<string, unknown>) => b.NextToken === undefined && b.MaxResults === 100;

describe('SageMaker lifecycle configurations', () => {
  useNock();

  it('pages with MaxResults and NextToken, scans the decoded scripts, and keeps neither the script nor the secret', async () => {
    stsCallerIdentity();
    const listing = wire('aws/sagemaker/ListNotebookInstanceLifecycleConfigs.json');
    sagemaker(REGION, 'ListNotebookInstanceLifecycleConfigs', firstPage, { ...listing, NextToken: 'page-2' });
    sagemaker(REGION, 'ListNotebookInstanceLifecycleConfigs', { NextToken: 'page-2', MaxResults: 100 }, {
      NotebookInstanceLifecycleConfigs: [{ NotebookInstanceLifecycleConfigName: 'leaky', NotebookInstanceLifecycleConfigArn: SM('notebook-instance-lifecycle-config/leaky'), CreationTime: 1717410000 }],
    });
    sagemaker(REGION, 'DescribeNotebookInstanceLifecycleConfig', { NotebookInstanceLifecycleConfigName: 'install-packages' }, wire('aws/sagemaker/DescribeNotebookInstanceLifecycleConfig.json'));
    const leaky = patched(wire('aws/sagemaker/DescribeNotebookInstanceLifecycleConfig.json'), { NotebookInstanceLifecycleConfigName: 'leaky', OnStart: [{ Content: b64(LEAKY) }] });
    sagemaker(REGION, 'DescribeNotebookInstanceLifecycleConfig', { NotebookInstanceLifecycleConfigName: 'leaky' }, leaky);

    const inventory = await collect({ collectors: [notebookLifecycleConfigs] });

    expect(inventory.gaps).toEqual([]);
    const byName = new Map(inventory.assets.map((a) => [a.name, a]));
    expect(byName.get('install-packages')).toMatchObject({
      id: SM('notebook-instance-lifecycle-config/install-packages'),
      kind: 'lifecycle-script',
      nativeType: 'AWS::SageMaker::NotebookInstanceLifecycleConfig',
      facts: { scriptSecrets: [] },
    });
    expect(byName.get('leaky')!.facts).toEqual({ scriptSecrets: ['OnStart line 4: AWS access key id'] });
    const kept = JSON.stringify(inventory);
    for (const text of [PLANTED_KEY, b64(LEAKY), 'pip install', ...(leaky.OnCreate as Array<{ Content: string }>).map((h) => h.Content)]) expect(kept).not.toContain(text);
    expect(byName.get('leaky')!.raw).toEqual({
      record: { NotebookInstanceLifecycleConfigName: 'leaky', NotebookInstanceLifecycleConfigArn: SM('notebook-instance-lifecycle-config/leaky'), CreationTime: expect.anything() },
      details: { describe: expect.not.objectContaining({ OnStart: expect.anything() }) },
    });
  });

  it('an AccessDenied listing is a coverage gap for lifecycle scripts; a denied describe leaves the fact unknown', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListStudioLifecycleConfigs', undefined, awsError('AccessDeniedException', 'User is not authorized to perform: sagemaker:ListStudioLifecycleConfigs'), 400);
    sagemaker(REGION, 'ListNotebookInstanceLifecycleConfigs', undefined, wire('aws/sagemaker/ListNotebookInstanceLifecycleConfigs.json'));
    sagemaker(REGION, 'DescribeNotebookInstanceLifecycleConfig', undefined, awsError('AccessDeniedException', 'not authorized'), 400);

    const inventory = await collect({ collectors: [studioLifecycleConfigs, notebookLifecycleConfigs] });

    expect(inventory.assets.map((a) => [a.name, a.facts])).toEqual([['install-packages', {}]]);
    expect(inventory.gaps).toEqual([
      expect.objectContaining({ service: 'sagemaker', errorCode: 'AccessDeniedException', message: expect.stringContaining('ListStudioLifecycleConfigs'), kinds: ['lifecycle-script'] }),
      expect.objectContaining({ service: 'sagemaker', errorCode: 'AccessDeniedException', message: expect.stringContaining('DescribeNotebookInstanceLifecycleConfig'), kinds: ['lifecycle-script'] }),
    ]);
  });

  it('reads Studio configurations, and links the notebook instances that run them', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListStudioLifecycleConfigs', firstPage, wire('aws/sagemaker/ListStudioLifecycleConfigs.json'));
    sagemaker(REGION, 'DescribeStudioLifecycleConfig', { StudioLifecycleConfigName: 'jupyterlab-lsp' }, wire('aws/sagemaker/DescribeStudioLifecycleConfig.json'));
    sagemaker(REGION, 'ListNotebookInstances', undefined, wire('aws/sagemaker/ListNotebookInstances.json'));
    sagemaker(REGION, 'DescribeNotebookInstance', undefined, patched(wire('aws/sagemaker/DescribeNotebookInstance.json'), { NotebookInstanceLifecycleConfigName: 'Install-Packages' }));
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });

    const inventory = await collect({ collectors: [studioLifecycleConfigs, notebookInstances] });

    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.find((a) => a.kind === 'lifecycle-script')).toMatchObject({ name: 'jupyterlab-lsp', facts: { scriptSecrets: [] } });
    expect(inventory.edges).toContainEqual({ from: SM('notebook-instance/fraud-explore'), to: SM('notebook-instance-lifecycle-config/install-packages'), kind: 'runs-script' });
  });
});

describe('SageMaker MLflow tracking servers, HyperPod clusters and inference components', () => {
  useNock();

  it('an MLflow tracking server uses its artifact bucket and assumes its role', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListMlflowTrackingServers', firstPage, wire('aws/sagemaker/ListMlflowTrackingServers.json'));
    sagemaker(REGION, 'DescribeMlflowTrackingServer', { TrackingServerName: 'fraud-experiments' }, wire('aws/sagemaker/DescribeMlflowTrackingServer.json'));
    sagemaker(REGION, 'ListTags', { ResourceArn: SM('mlflow-tracking-server/fraud-experiments') }, { Tags: [{ Key: 'team', Value: 'fraud' }] });

    const inventory = await collect({ collectors: [mlflowTrackingServers] });

    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets).toEqual([expect.objectContaining({ kind: 'tracking-server', nativeType: 'AWS::SageMaker::MlflowTrackingServer', name: 'fraud-experiments', tags: { team: 'fraud' } })]);
    const server = SM('mlflow-tracking-server/fraud-experiments');
    expect(inventory.edges).toEqual(
      expect.arrayContaining([
        { from: server, to: 'arn:aws:s3:::ml-mlflow-artifacts', kind: 'uses-storage' },
        { from: server, to: `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-MlflowRole`, kind: 'assumes' },
      ]),
    );
    const describe = detailOf(inventory.assets[0]!, 'describe');
    expect(describe).toMatchObject({ ArtifactStoreUri: 's3://ml-mlflow-artifacts/fraud', AutomaticModelRegistration: true, IsActive: 'Active' });
  });

  it('a HyperPod cluster: its VPC, its groups\' roles and the bucket they load lifecycle scripts from; without a VpcConfig it is outside any customer VPC', async () => {
    stsCallerIdentity();
    const summaries = wire<{ ClusterSummaries: Array<Record<string, unknown>> }>('aws/sagemaker/ListClusters.json').ClusterSummaries;
    const open = { ...summaries[0], ClusterArn: SM('cluster/open0cluster1'), ClusterName: 'open' };
    sagemaker(REGION, 'ListClusters', firstPage, { ClusterSummaries: summaries, NextToken: 'p2' });
    sagemaker(REGION, 'ListClusters', { NextToken: 'p2' }, { ClusterSummaries: [open] });
    sagemaker(REGION, 'DescribeCluster', { ClusterName: SM('cluster/p0zu5zsjwqoy') }, wire('aws/sagemaker/DescribeCluster.json'));
    sagemaker(REGION, 'DescribeCluster', { ClusterName: SM('cluster/open0cluster1') }, patched(wire('aws/sagemaker/DescribeCluster.json'), { ClusterArn: open.ClusterArn, ClusterName: 'open', VpcConfig: undefined }));
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });

    const inventory = await collect({ collectors: [hyperpodClusters] });

    expect(inventory.gaps).toEqual([]);
    const cluster = SM('cluster/p0zu5zsjwqoy');
    expect(inventory.assets.map((a) => [a.name, a.kind, a.facts?.inVirtualNetwork]).sort()).toEqual([
      ['llm-pretrain', 'compute', true],
      ['open', 'compute', false],
    ]);
    expect(inventory.edges.filter((e) => e.from === cluster)).toEqual(
      expect.arrayContaining([
        { from: cluster, to: `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-0a1b2c3d4e5f60718`, kind: 'in-network' },
        { from: cluster, to: `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0d1e2f3a4b5c6d7e8`, kind: 'protected-by' },
        { from: cluster, to: `arn:aws:iam::${ACCOUNT}:role/hyperpod-exec`, kind: 'assumes' },
        { from: cluster, to: 'arn:aws:s3:::ml-hyperpod-lifecycle', kind: 'runs-script' },
      ]),
    );
  });

  it('an inference component sits in its endpoint, serves its model, and uses its image and artifacts', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListInferenceComponents', firstPage, wire('aws/sagemaker/ListInferenceComponents.json'));
    sagemaker(REGION, 'DescribeInferenceComponent', { InferenceComponentName: 'fraud-ic' }, wire('aws/sagemaker/DescribeInferenceComponent.json'));
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });

    const inventory = await collect({ collectors: [inferenceComponents] });

    expect(inventory.gaps).toEqual([]);
    const ic = SM('inference-component/fraud-ic');
    expect(inventory.assets).toEqual([expect.objectContaining({ id: ic, kind: 'deployment', nativeType: 'AWS::SageMaker::InferenceComponent', facts: { tagsRead: true } })]);
    expect(inventory.edges).toEqual(
      expect.arrayContaining([
        { from: SM('endpoint/fraud-shared'), to: ic, kind: 'contains' },
        { from: ic, to: SM('model/fraud-model'), kind: 'serves-model' },
        { from: ic, to: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/fraud-serve`, kind: 'uses-image' },
        { from: ic, to: 'arn:aws:s3:::ml-models', kind: 'stored-in' },
      ]),
    );
  });
});

describe('SageMaker Studio spaces and apps', () => {
  useNock();

  it('an app of a profile named in mixed case has the lower-case ARN its profile and its tags are read by', async () => {
    stsCallerIdentity();
    const app = { DomainId: 'd-abc123def456', UserProfileName: 'Data-Scientist', AppType: 'JupyterServer', AppName: 'Default', Status: 'InService', CreationTime: 1719001000.0 };
    sagemaker(REGION, 'ListApps', firstPage, { Apps: [app] });
    const arn = SM('app/d-abc123def456/data-scientist/jupyterserver/default');
    sagemaker(REGION, 'ListTags', { ResourceArn: arn }, { Tags: [{ Key: 'team', Value: 'fraud' }] });

    const inventory = await collect({ collectors: [apps] });

    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.map((a) => [a.id, a.tags])).toEqual([[arn, { team: 'fraud' }]]);
    expect(inventory.edges).toEqual([{ from: SM('user-profile/d-abc123def456/data-scientist'), to: arn, kind: 'contains' }]);
  });

  it('a shared space in its domain and owner profile; running apps (not deleted ones) with the lifecycle scripts they run', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListSpaces', firstPage, wire('aws/sagemaker/ListSpaces.json'));
    sagemaker(REGION, 'DescribeSpace', { DomainId: 'd-abc123def456', SpaceName: 'fraud-team' }, wire('aws/sagemaker/DescribeSpace.json'));
    sagemaker(REGION, 'ListTags', { ResourceArn: SM('space/d-abc123def456/fraud-team') }, { Tags: [] });
    sagemaker(REGION, 'ListApps', firstPage, wire('aws/sagemaker/ListApps.json'));
    sagemaker(REGION, 'ListTags', { ResourceArn: SM('app/d-abc123def456/fraud-team/jupyterlab/default') }, { Tags: [{ Key: 'team', Value: 'fraud' }] });

    const inventory = await collect({ collectors: [spaces, apps] });

    expect(inventory.gaps).toEqual([]);
    const space = SM('space/d-abc123def456/fraud-team');
    const app = SM('app/d-abc123def456/fraud-team/jupyterlab/default');
    expect(inventory.assets.find((a) => a.id === app)!.tags).toEqual({ team: 'fraud' });
    expect(inventory.assets.map((a) => [a.id, a.kind, a.name]).sort()).toEqual([
      [app, 'compute', 'd-abc123def456/fraud-team/JupyterLab/default'],
      [space, 'notebook', 'd-abc123def456/fraud-team'],
    ]);
    expect(detailOf(inventory.assets.find((a) => a.id === space)!, 'describe')).toMatchObject({ SpaceSharingSettings: { SharingType: 'Shared' }, OwnershipSettings: { OwnerUserProfileName: 'data-scientist' } });
    expect(inventory.edges).toEqual(
      expect.arrayContaining([
        { from: SM('domain/d-abc123def456'), to: space, kind: 'contains' },
        { from: SM('user-profile/d-abc123def456/data-scientist'), to: space, kind: 'contains' },
        { from: space, to: app, kind: 'contains' },
        { from: app, to: SM('studio-lifecycle-config/jupyterlab-lsp'), kind: 'runs-script' },
      ]),
    );
  });
});
