import {
  DescribeRepositoriesCommand,
  GetRegistryScanningConfigurationCommand,
  type GetRegistryScanningConfigurationCommandInput,
  type GetRegistryScanningConfigurationResponse,
  GetRepositoryPolicyCommand,
  type GetRepositoryPolicyResponse,
  ListTagsForResourceCommand,
  type ListTagsForResourceResponse,
  type Repository,
} from '@aws-sdk/client-ecr';
import type { Facts } from '../../../src/model/index.js';
import { bulkTags } from '../bulk-tags.js';
import { defineCollector, detail } from '../collector.js';
import { op } from '../operations.js';
import { actionMatches, externalPrincipals, parsePolicy, publicAllows } from '../../../src/lib/aws-policy.js';
import { encryptionFacts, keyEdges, tagMap } from './common.js';

/** ECR repositories holding the images ML assets run. */
export const repositories = defineCollector<Repository>({
  name: 'ecr/repositories',
  kind: 'container-registry',
  nativeType: 'AWS::ECR::Repository',
  facts: ['externalPrincipals', 'encryption', 'encryptionKeyId', 'imageScanning', 'tagImmutability', 'anonymousPull', 'mlRelated'],
  scope: 'regional',
  phase: 2,
  refs: {
    match: (ref, scope) => ref.startsWith(`arn:${scope.partition}:ecr:${scope.region}:${scope.account}:repository/`),
    op: op('ecr', DescribeRepositoriesCommand),
    // Up to 100 names a call (the API's limit for `repositoryNames`): one call per region for the
    // repositories ML images come from, not one per repository.
    batch: 100,
    input: (refs) => ({ repositoryNames: refs.map((ref) => ref.split(':repository/')[1]!) }),
    items: (o) => o.repositories,
    // One missing name fails the whole call, and so does one repository a resource policy or an
    // IAM condition keeps from the scanner: the batch is then asked one name at a time, so each
    // unreadable repository is skipped (absent) or its own gap, and the others are still read.
    absent: ['RepositoryNotFoundException'],
    split: ['AccessDeniedException'],
  },
  details: [
    detail<Repository, GetRegistryScanningConfigurationCommandInput, GetRegistryScanningConfigurationResponse>({
      key: 'registryScanning',
      op: op('ecr', GetRegistryScanningConfigurationCommand),
      input: () => ({}),
    }),
    detail<Repository, { repositoryName: string | undefined }, GetRepositoryPolicyResponse>({
      key: 'policy',
      op: op('ecr', GetRepositoryPolicyCommand),
      input: (r) => ({ repositoryName: r.repositoryName }),
      absent: ['RepositoryPolicyNotFoundException'],
    }),
    detail<Repository, { resourceArn: string | undefined }, ListTagsForResourceResponse>({
      key: 'tags',
      op: op('ecr', ListTagsForResourceCommand),
      input: (r) => ({ resourceArn: r.repositoryArn }),
      pick: (o) => o.tags,
      bulkTags: bulkTags<Repository>('ecr:repository', (r) => r.repositoryArn),
    }),
  ],
  normalize(r, ctx) {
    const facts: Facts = { mlRelated: true };
    const registry = ctx.details.registryScanning as GetRegistryScanningConfigurationResponse | undefined;
    if (r.imageScanningConfiguration?.scanOnPush === true || registryScans(registry, r.repositoryName)) facts.imageScanning = true;
    else if (registry) facts.imageScanning = false;
    if (r.imageTagMutability) facts.tagImmutability = r.imageTagMutability.startsWith('IMMUTABLE');
    const key = r.encryptionConfiguration?.kmsKey;
    const type = r.encryptionConfiguration?.encryptionType;
    // KMS without a key named is the AWS-managed aws/ecr key; AES256 is platform encryption.
    if (type) Object.assign(facts, encryptionFacts(type.startsWith('KMS') ? key : undefined));
    if (ctx.has('policy')) {
      const statements = parsePolicy((ctx.details.policy as GetRepositoryPolicyResponse | null)?.policyText ?? '{"Statement":[]}') ?? [];
      const open = publicAllows(statements).flatMap((st) => (Array.isArray(st.Action) ? st.Action : st.Action ? [st.Action] : []));
      facts.anonymousPull = actionMatches(open, 'ecr:BatchGetImage') || actionMatches(open, 'ecr:GetDownloadUrlForLayer');
      facts.externalPrincipals = externalPrincipals(statements, ctx.account);
    }
    return {
      id: r.repositoryArn!,
      name: r.repositoryName ?? r.repositoryArn!,
      facts,
      tags: tagMap(ctx.details.tags) ?? {},
      edges: keyEdges(ctx, key),
    };
  },
});

/** Whether a registry scanning rule (scan on push or continuous) has a filter that matches the repository. */
function registryScans(registry: GetRegistryScanningConfigurationResponse | undefined, repository: string | undefined): boolean {
  if (!repository) return false;
  // Repository filters are `*` wildcards, the same matching as IAM action patterns.
  const matches = (filter: string | undefined) => filter !== undefined && actionMatches([filter], repository);
  return (registry?.scanningConfiguration?.rules ?? []).some((rule) => rule.scanFrequency !== 'MANUAL' && (rule.repositoryFilters ?? []).some((f) => matches(f.filter)));
}

export const ecrCollectors = [repositories];
