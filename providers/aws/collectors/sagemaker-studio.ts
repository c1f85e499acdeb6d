// SageMaker Studio and notebooks: domains, user profiles, notebook instances.
import {
  DescribeDomainCommand,
  type DescribeDomainResponse,
  DescribeNotebookInstanceCommand,
  type DescribeNotebookInstanceOutput,
  DescribeUserProfileCommand,
  type DescribeUserProfileResponse,
  type DomainDetails,
  ListDomainsCommand,
  ListNotebookInstancesCommand,
  ListUserProfilesCommand,
  type NotebookInstanceSummary,
  type UserProfileDetails,
} from '@aws-sdk/client-sagemaker';
import type { Facts } from '../../../src/model/index.js';
import { bucketArnOfUri, compact, sagemakerArn } from '../arn.js';
import { defineCollector, detail, type EdgeSpec } from '../collector.js';
import { op } from '../operations.js';
import { described, enabled, encryptionFacts, keyEdges, tagMap } from './common.js';
import { NEXT, tags, networkEdges, roleEdge } from './sagemaker-shared.js';
import { lifecycleEdges, notebookLifecycleConfigArn, userSettingsLifecycleEdges } from './sagemaker-lifecycle.js';

export const domains = defineCollector<DomainDetails>({
  name: 'sagemaker/domains',
  kind: 'workspace',
  nativeType: 'AWS::SageMaker::Domain',
  facts: ['publicNetworkAccess', 'directInternetAccess', 'authModes', 'inVirtualNetwork', 'encryption', 'encryptionKeyId'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListDomainsCommand), items: (o) => o.Domains, page: NEXT },
  details: [
    detail<DomainDetails, { DomainId: string | undefined }, DescribeDomainResponse>({
      key: 'describe',
      op: op('sagemaker', DescribeDomainCommand),
      input: (r) => ({ DomainId: r.DomainId }),
    }),
    tags((r) => r.DomainArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeDomainResponse>(ctx);
    const facts: Facts = {};
    if (d) {
      const access = d.AppNetworkAccessType ?? 'PublicInternetOnly'; // the API default
      facts.publicNetworkAccess = access === 'PublicInternetOnly';
      facts.directInternetAccess = access === 'PublicInternetOnly';
      facts.inVirtualNetwork = access === 'VpcOnly';
      if (d.AuthMode) facts.authModes = [d.AuthMode.toLowerCase()];
      Object.assign(facts, encryptionFacts(d.KmsKeyId));
    }
    const settings = d?.DefaultUserSettings;
    // Shared spaces run with the domain's space defaults: their own execution role and security groups.
    const spaces = d?.DefaultSpaceSettings;
    return {
      id: r.DomainArn ?? d?.DomainArn ?? sagemakerArn(ctx, 'domain', r.DomainId ?? ''),
      name: r.DomainName ?? d?.DomainName ?? r.DomainId ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
      edges: [
        ...roleEdge(settings?.ExecutionRole),
        ...roleEdge(spaces?.ExecutionRole),
        ...userSettingsLifecycleEdges(settings),
        // Shared spaces start their apps with the domain's space defaults, lifecycle scripts included.
        ...userSettingsLifecycleEdges(spaces),
        ...(d?.AppNetworkAccessType === 'VpcOnly' ? networkEdges(ctx, d.SubnetIds, [...(settings?.SecurityGroups ?? []), ...(spaces?.SecurityGroups ?? [])]) : []),
        ...keyEdges(ctx, d?.KmsKeyId),
        ...compact<EdgeSpec>([
          bucketArnOfUri(ctx.partition, settings?.SharingSettings?.S3OutputPath) && {
            kind: 'uses-storage',
            to: bucketArnOfUri(ctx.partition, settings?.SharingSettings?.S3OutputPath)!,
          },
        ]),
      ],
    };
  },
});

export const userProfiles = defineCollector<UserProfileDetails>({
  name: 'sagemaker/user-profiles',
  kind: 'identity',
  nativeType: 'AWS::SageMaker::UserProfile',
  facts: ['principalType'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListUserProfilesCommand), items: (o) => o.UserProfiles, page: NEXT },
  details: [
    detail<UserProfileDetails, { DomainId: string | undefined; UserProfileName: string | undefined }, DescribeUserProfileResponse>({
      key: 'describe',
      op: op('sagemaker', DescribeUserProfileCommand),
      input: (r) => ({ DomainId: r.DomainId, UserProfileName: r.UserProfileName }),
    }),
  ],
  normalize(r, ctx) {
    const d = described<DescribeUserProfileResponse>(ctx);
    const domain = sagemakerArn(ctx, 'domain', r.DomainId ?? '');
    const facts: Facts = { principalType: 'user' };
    return {
      id: d?.UserProfileArn ?? sagemakerArn(ctx, `user-profile/${r.DomainId ?? ''}`, r.UserProfileName ?? ''),
      name: `${r.DomainId ?? ''}/${r.UserProfileName ?? ''}`,
      facts,
      edges: [{ kind: 'contains', from: domain }, ...roleEdge(d?.UserSettings?.ExecutionRole), ...userSettingsLifecycleEdges(d?.UserSettings)],
    };
  },
});

export const notebookInstances = defineCollector<NotebookInstanceSummary>({
  name: 'sagemaker/notebook-instances',
  kind: 'notebook',
  nativeType: 'AWS::SageMaker::NotebookInstance',
  facts: ['directInternetAccess', 'rootAccess', 'inVirtualNetwork', 'encryption', 'encryptionKeyId'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListNotebookInstancesCommand), items: (o) => o.NotebookInstances, page: NEXT },
  details: [
    detail<NotebookInstanceSummary, { NotebookInstanceName: string | undefined }, DescribeNotebookInstanceOutput>({
      key: 'describe',
      op: op('sagemaker', DescribeNotebookInstanceCommand),
      input: (r) => ({ NotebookInstanceName: r.NotebookInstanceName }),
    }),
    tags((r) => r.NotebookInstanceArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeNotebookInstanceOutput>(ctx);
    const facts: Facts = {};
    if (d) {
      const direct = enabled(d.DirectInternetAccess);
      if (direct !== undefined) facts.directInternetAccess = direct;
      const root = enabled(d.RootAccess);
      if (root !== undefined) facts.rootAccess = root;
      facts.inVirtualNetwork = Boolean(d.SubnetId);
      Object.assign(facts, encryptionFacts(d.KmsKeyId));
    }
    return {
      id: r.NotebookInstanceArn ?? d?.NotebookInstanceArn ?? sagemakerArn(ctx, 'notebook-instance', r.NotebookInstanceName ?? ''),
      name: r.NotebookInstanceName ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
      edges: [
        ...roleEdge(d?.RoleArn),
        ...networkEdges(ctx, d?.SubnetId ? [d.SubnetId] : [], d?.SecurityGroups),
        ...keyEdges(ctx, d?.KmsKeyId),
        ...lifecycleEdges(d?.NotebookInstanceLifecycleConfigName ? [notebookLifecycleConfigArn(ctx, d.NotebookInstanceLifecycleConfigName)] : []),
      ],
    };
  },
});
