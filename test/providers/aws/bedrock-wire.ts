// Answers the Bedrock and Bedrock Agents control planes the way AWS does: REST-JSON, matched by
// method and path, bodies from the recorded payloads (test/fixtures/wire/aws/bedrock*/).
import nock from 'nock';
import type { Operation } from '../../../providers/aws/operations.js';
import { wire } from '../../support/wire-assets.js';

type Json = Record<string, unknown>;
type Method = 'GET' | 'POST';

/** Every Bedrock read a scan makes: method, path (ids of the recorded estate) and recorded body. */
const ROUTES: Record<string, [service: 'bedrock' | 'bedrock-agent', method: Method, path: string]> = {
  ListCustomModels: ['bedrock', 'GET', '/custom-models'],
  GetCustomModel: ['bedrock', 'GET', `/custom-models/${encodeURIComponent('arn:aws:bedrock:eu-west-1:111122223333:custom-model/amazon.titan-text-express-v1:0:8k/ab12cd34ef56')}`],
  GetModelCustomizationJob: ['bedrock', 'GET', `/model-customization-jobs/${encodeURIComponent('arn:aws:bedrock:eu-west-1:111122223333:model-customization-job/amazon.titan-text-express-v1:0:8k/xy98zw76')}`],
  ListImportedModels: ['bedrock', 'GET', '/imported-models'],
  GetImportedModel: ['bedrock', 'GET', `/imported-models/${encodeURIComponent('arn:aws:bedrock:eu-west-1:111122223333:imported-model/k2j4h6g8f0d1')}`],
  ListProvisionedModelThroughputs: ['bedrock', 'GET', '/provisioned-model-throughputs'],
  GetModelInvocationLoggingConfiguration: ['bedrock', 'GET', '/logging/modelinvocations'],
  ListGuardrails: ['bedrock', 'GET', '/guardrails'],
  GetGuardrail: ['bedrock', 'GET', '/guardrails/gr7abc123xyz'],
  ListEvaluationJobs: ['bedrock', 'GET', '/evaluation-jobs'],
  GetEvaluationJob: ['bedrock', 'GET', `/evaluation-jobs/${encodeURIComponent('arn:aws:bedrock:eu-west-1:111122223333:evaluation-job/e1v2a3l4u5a6')}`],
  ListAgents: ['bedrock-agent', 'POST', '/agents/'],
  GetAgent: ['bedrock-agent', 'GET', '/agents/AGT1234567/'],
  ListAgentKnowledgeBases: ['bedrock-agent', 'POST', '/agents/AGT1234567/agentversions/DRAFT/knowledgebases/'],
  ListAgentActionGroups: ['bedrock-agent', 'POST', '/agents/AGT1234567/agentversions/DRAFT/actiongroups/'],
  GetAgentActionGroup: ['bedrock-agent', 'GET', '/agents/AGT1234567/agentversions/DRAFT/actiongroups/AG12345678/'],
  ListKnowledgeBases: ['bedrock-agent', 'POST', '/knowledgebases/'],
  GetKnowledgeBase: ['bedrock-agent', 'GET', '/knowledgebases/KB12345678'],
  ListDataSources: ['bedrock-agent', 'POST', '/knowledgebases/KB12345678/datasources/'],
  GetDataSource: ['bedrock-agent', 'GET', '/knowledgebases/KB12345678/datasources/DS12345678'],
  // One answer per tagged resource (matched by path prefix, or by body for the POST).
  ListTagsForResource: ['bedrock', 'POST', '/listTagsForResource'],
  ListAgentTags: ['bedrock-agent', 'GET', '/tags/*'],
};

/** How many resources of the recorded estate each tag listing answers for. */
const TAGGED: Record<string, number> = { ListTagsForResource: 4, ListAgentTags: 2 };

/** The listings a region answers; each is empty in an estate without Bedrock. */
const LISTINGS: Record<string, string> = {
  ListCustomModels: 'modelSummaries',
  ListImportedModels: 'modelSummaries',
  ListProvisionedModelThroughputs: 'provisionedModelSummaries',
  ListGuardrails: 'guardrails',
  ListEvaluationJobs: 'jobSummaries',
  ListAgents: 'agentSummaries',
  ListKnowledgeBases: 'knowledgeBaseSummaries',
};

export function bedrockHost(service: 'bedrock' | 'bedrock-agent', region: string): string {
  return `https://${service}.${region}.amazonaws.com`;
}

/** The recorded body of an operation (test/fixtures/wire/aws/<service>/<operation>.json). */
export function bedrockWire(operation: string): Json {
  const [service] = ROUTES[operation]!;
  return wire(`aws/${service}/${operation === 'ListAgentTags' ? 'ListTagsForResource' : operation}.json`);
}

/** One REST-JSON answer; with `errorType`, an error as the service sends it (status and `x-amzn-errortype`). `query` / `body` narrow which request it answers. */
export function answerBedrock(operation: string, body: Json, options: { region?: string; status?: number; errorType?: string; query?: (q: Json) => boolean; body?: (b: Json) => boolean; path?: string; times?: number } = {}): nock.Scope {
  const [service, method, recordedPath] = ROUTES[operation]!;
  const path = options.path ?? recordedPath;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-amzn-requestid': 'req-1' };
  if (options.errorType) headers['x-amzn-errortype'] = options.errorType;
  const scope = nock(bedrockHost(service, options.region ?? 'eu-west-1'));
  const matches = (uri: string) => {
    const [base, search] = uri.split('?');
    return pathMatches(path, base!) && (options.query?.(Object.fromEntries(new URLSearchParams(search ?? ''))) ?? true);
  };
  const interceptor = method === 'GET' ? scope.get(matches) : scope.post(matches, (b: Json) => options.body?.(b) ?? true);
  return (options.times ? interceptor.times(options.times) : interceptor).reply(options.status ?? 200, JSON.stringify(body), headers);
}

/**
 * Answers every Bedrock read of one region: `full`, the recorded estate (one of each record);
 * `empty`, a region without Bedrock resources and with invocation logging never configured.
 * `skip` leaves operations for the test to answer; `rewrite` edits each body's JSON text (e.g. to
 * point the references at roles, keys and subnets another fixture answers).
 */
export function mockBedrock(estate: 'full' | 'empty', options: { region?: string; skip?: readonly string[]; rewrite?: (json: string) => string } = {}): void {
  const skip = new Set(options.skip ?? []);
  const operations = estate === 'full' ? Object.keys(ROUTES) : [...Object.keys(LISTINGS), 'GetModelInvocationLoggingConfiguration'];
  for (const operation of operations) {
    if (skip.has(operation)) continue;
    const recorded = estate === 'full' ? bedrockWire(operation) : LISTINGS[operation] ? { [LISTINGS[operation]!]: [] } : {};
    const body = options.rewrite ? (JSON.parse(options.rewrite(JSON.stringify(recorded))) as Json) : recorded;
    answerBedrock(operation, body, { region: options.region, times: TAGGED[operation] ?? 1 });
  }
}

/** AccessDeniedException (403) for every call of a Bedrock operation, as the service sends it. */
export function denyBedrockOperation(op: Operation, region = 'eu-west-1', account = '111122223333'): void {
  const name = op.service === 'bedrock-agent' && op.name === 'ListTagsForResource' ? 'ListAgentTags' : op.name;
  const [service, method] = ROUTES[name] ?? [];
  if (!service) throw new Error(`no Bedrock route for ${op.name}`);
  const body = JSON.stringify({ message: `User: arn:aws:iam::${account}:user/scanner is not authorized to perform: ${op.action}` });
  const scope = nock(bedrockHost(service, region)).persist();
  const path = ROUTES[name]![2];
  (method === 'GET' ? scope.get((uri) => pathMatches(path, uri.split('?')[0]!)) : scope.post((uri) => pathMatches(path, uri.split('?')[0]!)))
    .reply(403, body, { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException' });
}

/** A route's path, or a prefix when it ends in `*`. */
function pathMatches(route: string, path: string): boolean {
  return route.endsWith('*') ? path.startsWith(route.slice(0, -1)) : path === route;
}
