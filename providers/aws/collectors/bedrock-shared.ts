// What the Bedrock collectors share: paging, tags, ARNs of records that name only an id, lineage edges to buckets.
import { ListTagsForResourceCommand as ListAgentTagsCommand } from '@aws-sdk/client-bedrock-agent';
import { ListTagsForResourceCommand } from '@aws-sdk/client-bedrock';
import { bucketArnOfUri, type ScopeInfo } from '../arn.js';
import { detail, type DetailSpec, type EdgeSpec } from '../collector.js';
import { op } from '../operations.js';

const listTags = op('bedrock', ListTagsForResourceCommand);
const listAgentTags = op('bedrock-agent', ListAgentTagsCommand);

/** Tags of a Bedrock resource (detail `tags`): ListTagsForResource of `bedrock` or, for agents and knowledge bases, of `bedrock-agent`. */
export function bedrockTagsDetail<R>(service: 'bedrock' | 'bedrock-agent', arn: (record: R, scope: ScopeInfo) => string | undefined): DetailSpec<R> {
  const when = (r: R, scope: ScopeInfo) => arn(r, scope) !== undefined;
  if (service === 'bedrock-agent') {
    return detail<R, { resourceArn: string | undefined }, { tags?: Record<string, string> }>({ key: 'tags', op: listAgentTags, when, input: (r, s) => ({ resourceArn: arn(r, s) }), pick: (o) => o.tags ?? {} });
  }
  return detail<R, { resourceARN: string | undefined }, { tags?: unknown[] }>({ key: 'tags', op: listTags, when, input: (r, s) => ({ resourceARN: arn(r, s) }), pick: (o) => o.tags ?? [] });
}

/** Bedrock and Bedrock Agents page with `nextToken` in the request and the response. */
export const NEXT_TOKEN = { input: 'nextToken', output: 'nextToken' } as const;

/** `arn:<partition>:bedrock:<region>:<account>:<type>/<id>`, or `ref` when it already is an ARN. */
export function bedrockArn(scope: ScopeInfo, type: string, ref: string): string {
  return ref.startsWith('arn:') ? ref : `arn:${scope.partition}:bedrock:${scope.region}:${scope.account}:${type}/${ref}`;
}

/** Edges of `kind` to the buckets that S3 URIs name (training data, outputs, model artifacts). */
export function bucketEdges(scope: ScopeInfo, kind: EdgeSpec['kind'], ...uris: Array<string | undefined>): EdgeSpec[] {
  const targets = new Set(uris.map((uri) => bucketArnOfUri(scope.partition, uri)).filter((arn): arn is string => arn !== undefined));
  return [...targets].map((to) => ({ kind, to }));
}

/** Tags as Bedrock (`[{key, value}]`) or Bedrock Agents (`{key: value}`) return them; undefined when the call failed. */
export function bedrockTags(tags: unknown): Record<string, string> | undefined {
  if (Array.isArray(tags)) {
    return Object.fromEntries(tags.filter((t): t is { key: string; value?: unknown } => typeof t?.key === 'string').map((t) => [t.key, typeof t.value === 'string' ? t.value : '']));
  }
  if (tags && typeof tags === 'object') return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
  return undefined;
}
