// SageMaker Studio spaces (private or shared with the whole domain) and the apps running in them
// or in user profiles: inventory of who works where, and the lifecycle scripts each app runs.
import { type AppDetails, DescribeSpaceCommand, type DescribeSpaceResponse, ListAppsCommand, ListSpacesCommand, type SpaceDetails } from '@aws-sdk/client-sagemaker';
import { sagemakerArn, type ScopeInfo } from '../arn.js';
import { defineCollector, type EdgeSpec } from '../collector.js';
import { described, tagMap } from './common.js';
import { describeDetail, pagedList } from './sagemaker-calls.js';
import { lifecycleEdges } from './sagemaker-lifecycle.js';
import { tags } from './sagemaker-shared.js';

export const spaces = defineCollector<SpaceDetails>({
  name: 'sagemaker/spaces',
  kind: 'notebook',
  nativeType: 'AWS::SageMaker::Space',
  facts: [],
  scope: 'regional',
  phase: 1,
  list: pagedList(ListSpacesCommand, (o) => o.Spaces),
  details: [
    describeDetail(DescribeSpaceCommand, (r: SpaceDetails) => ({ DomainId: r.DomainId, SpaceName: r.SpaceName })),
    tags((r, scope) => (r.DomainId && r.SpaceName ? sagemakerArn(scope, `space/${r.DomainId}`, r.SpaceName) : undefined)),
  ],
  normalize(r, ctx) {
    const d = described<DescribeSpaceResponse>(ctx);
    const domain = r.DomainId ?? '';
    const owner = d?.OwnershipSettings?.OwnerUserProfileName;
    return {
      id: d?.SpaceArn ?? sagemakerArn(ctx, `space/${domain}`, r.SpaceName ?? ''),
      name: `${domain}/${r.SpaceName ?? ''}`,
      facts: {},
      tags: tagMap(ctx.details.tags),
      edges: [
        { kind: 'contains', from: sagemakerArn(ctx, 'domain', domain) },
        // A private space is its owner's; a shared one is open to every profile of the domain.
        ...(owner ? [{ kind: 'contains', from: sagemakerArn(ctx, `user-profile/${domain}`, owner) } satisfies EdgeSpec] : []),
      ],
    };
  },
});

/**
 * An app's ARN: `app/<domain>/<space or profile>/<app type>/<app name>`, in lower case throughout
 * as SageMaker writes it (and as `sagemakerArn` writes the space or profile it runs in), so the
 * tags read by ARN and the edge from its space or profile name the same app.
 */
function appArn(r: AppDetails, scope: ScopeInfo): string {
  const owner = (r.SpaceName ?? r.UserProfileName ?? '').toLowerCase();
  return sagemakerArn(scope, `app/${r.DomainId ?? ''}/${owner}/${(r.AppType ?? '').toLowerCase()}`, r.AppName ?? '');
}

/** Where an app runs: its space, or (older Studio) its user profile. */
function appOwner(r: AppDetails, scope: ScopeInfo): string {
  const domain = r.DomainId ?? '';
  return r.SpaceName ? sagemakerArn(scope, `space/${domain}`, r.SpaceName) : sagemakerArn(scope, `user-profile/${domain}`, r.UserProfileName ?? '');
}

export const apps = defineCollector<AppDetails>({
  name: 'sagemaker/apps',
  kind: 'compute',
  nativeType: 'AWS::SageMaker::App',
  facts: [],
  scope: 'regional',
  phase: 1,
  list: pagedList(ListAppsCommand, (o) => o.Apps),
  // Deleted apps stay listed for a while; they run nothing.
  select: (r) => r.Status !== 'Deleted',
  details: [tags(appArn)],
  normalize(r, ctx) {
    return {
      id: appArn(r, ctx),
      name: [r.DomainId, r.SpaceName ?? r.UserProfileName, r.AppType, r.AppName].map((part) => part ?? '').join('/'),
      facts: {},
      tags: tagMap(ctx.details.tags),
      edges: [{ kind: 'contains', from: appOwner(r, ctx) }, ...lifecycleEdges([r.ResourceSpec?.LifecycleConfigArn])],
    };
  },
});
