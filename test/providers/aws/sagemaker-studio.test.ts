import { describe, expect, it } from 'vitest';
import { studioLifecycleConfigs } from '../../../providers/aws/collectors/sagemaker-lifecycle.js';
import { domains } from '../../../providers/aws/collectors/sagemaker-studio.js';
import { detailOf } from '../../../src/model/index.js';
import { patched, wire } from '../../support/wire-assets.js';
import { ACCOUNT, REGION, collect, sagemaker, stsCallerIdentity, useNock } from './support.js';

const SM = (path: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${path}`;
const DOMAIN = SM('domain/d-7qhzb4oe8xkp');
const LSP = SM('studio-lifecycle-config/jupyterlab-lsp');
const AUTO_STOP = SM('studio-lifecycle-config/kernel-auto-stop');
const USER_ONLY = SM('studio-lifecycle-config/user-conda-env');

/**
 * The recorded DescribeDomain answer with the members that attach lifecycle configurations, in the
 * shapes of the API reference: DefaultUserSettings (UserSettings) and DefaultSpaceSettings
 * (API_DefaultSpaceSettings: JupyterServer, KernelGateway and JupyterLab app settings, no Code
 * Editor), each app with `LifecycleConfigArns` and a `DefaultResourceSpec` (API_ResourceSpec);
 * JupyterLab's `BuiltInLifecycleConfigArn` is `None` when there is none (API_JupyterLabAppSettings).
 */
const describeDomain = patched(wire('aws/sagemaker/DescribeDomain.json'), {
  DefaultUserSettings: { JupyterLabAppSettings: { LifecycleConfigArns: [USER_ONLY] } },
  DefaultSpaceSettings: {
    ExecutionRole: `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-SpaceRole-fraud`,
    SecurityGroups: ['sg-0d1e2f3a4b5c6d7e8'],
    JupyterLabAppSettings: {
      DefaultResourceSpec: { SageMakerImageArn: 'arn:aws:sagemaker:eu-west-1:470317259841:image/sagemaker-distribution-cpu', InstanceType: 'ml.t3.medium', LifecycleConfigArn: LSP },
      LifecycleConfigArns: [LSP],
      BuiltInLifecycleConfigArn: 'None',
    },
    // The default alone: an app started without choosing runs it.
    KernelGatewayAppSettings: { DefaultResourceSpec: { InstanceType: 'system', LifecycleConfigArn: AUTO_STOP } },
  },
});

describe('SageMaker domains: the lifecycle scripts their defaults attach', () => {
  useNock();

  it('links the domain to the scripts of its shared-space defaults as to those of its user defaults', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListDomains', undefined, wire('aws/sagemaker/ListDomains.json'));
    sagemaker(REGION, 'DescribeDomain', { DomainId: 'd-7qhzb4oe8xkp' }, describeDomain);
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });
    sagemaker(REGION, 'ListStudioLifecycleConfigs', undefined, wire('aws/sagemaker/ListStudioLifecycleConfigs.json'));
    sagemaker(REGION, 'DescribeStudioLifecycleConfig', { StudioLifecycleConfigName: 'jupyterlab-lsp' }, wire('aws/sagemaker/DescribeStudioLifecycleConfig.json'));

    const inventory = await collect({ collectors: [domains, studioLifecycleConfigs] });

    expect(inventory.gaps).toEqual([]);
    expect(inventory.edges.filter((e) => e.from === DOMAIN && e.kind === 'runs-script').sort((a, b) => a.to.localeCompare(b.to))).toEqual([
      { from: DOMAIN, to: LSP, kind: 'runs-script' },
      { from: DOMAIN, to: AUTO_STOP, kind: 'runs-script' },
      { from: DOMAIN, to: USER_ONLY, kind: 'runs-script' },
    ].sort((a, b) => a.to.localeCompare(b.to)));
    // The script the spaces run is the collected lifecycle-script asset the edge names.
    expect(inventory.assets.find((a) => a.id === LSP)).toMatchObject({ kind: 'lifecycle-script', facts: { scriptSecrets: [] } });
    // The report keeps what attaches them, and no placeholder `None` became an edge.
    const domain = inventory.assets.find((a) => a.id === DOMAIN)!;
    expect(detailOf<{ DefaultSpaceSettings: unknown }>(domain, 'describe')?.DefaultSpaceSettings).toEqual({
      ExecutionRole: `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-SpaceRole-fraud`,
      SecurityGroups: ['sg-0d1e2f3a4b5c6d7e8'],
      JupyterLabAppSettings: { DefaultResourceSpec: { LifecycleConfigArn: LSP }, LifecycleConfigArns: [LSP], BuiltInLifecycleConfigArn: 'None' },
      KernelGatewayAppSettings: { DefaultResourceSpec: { LifecycleConfigArn: AUTO_STOP } },
    });
    expect(inventory.edges.some((e) => e.to === 'None')).toBe(false);
  });

  it('links the domain to the execution role and security groups of its shared-space defaults as to those of its user defaults', async () => {
    const spaceGroup = 'sg-05a6b7c8d9e0f1a2b';
    stsCallerIdentity();
    sagemaker(REGION, 'ListDomains', undefined, wire('aws/sagemaker/ListDomains.json'));
    sagemaker(REGION, 'DescribeDomain', { DomainId: 'd-7qhzb4oe8xkp' }, patched(describeDomain, { DefaultSpaceSettings: { SecurityGroups: ['sg-0d1e2f3a4b5c6d7e8', spaceGroup] } }));
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });

    const inventory = await collect({ collectors: [domains] });

    expect(inventory.gaps).toEqual([]);
    const from = (kind: string) => inventory.edges.filter((e) => e.from === DOMAIN && e.kind === kind).map((e) => e.to).sort();
    expect(from('assumes')).toEqual([
      `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-ExecutionRole-fraud`,
      `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-SpaceRole-fraud`,
    ]);
    // The group both defaults name is one edge; the one only the spaces use is there too.
    expect(from('protected-by')).toEqual([
      `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/${spaceGroup}`,
      `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0d1e2f3a4b5c6d7e8`,
    ]);
  });

  it('a domain without space or app defaults runs no script', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListDomains', undefined, wire('aws/sagemaker/ListDomains.json'));
    sagemaker(REGION, 'DescribeDomain', { DomainId: 'd-7qhzb4oe8xkp' }, wire('aws/sagemaker/DescribeDomain.json'));
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });

    const inventory = await collect({ collectors: [domains] });

    expect(inventory.gaps).toEqual([]);
    expect(inventory.edges.filter((e) => e.kind === 'runs-script')).toEqual([]);
  });
});
