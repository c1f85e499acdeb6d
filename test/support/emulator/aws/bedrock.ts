import type { Incoming, Protocol, Reply } from '../loopback.js';

/**
 * Amazon Bedrock and Bedrock Agents (REST-JSON, both signed as `bedrock`): the emulated estate
 * runs no Bedrock, so every listing answers empty and invocation logging was never configured.
 */
const EMPTY: Record<string, [operation: string, body: Record<string, unknown>]> = {
  'GET /custom-models': ['ListCustomModels', { modelSummaries: [] }],
  'GET /imported-models': ['ListImportedModels', { modelSummaries: [] }],
  'GET /provisioned-model-throughputs': ['ListProvisionedModelThroughputs', { provisionedModelSummaries: [] }],
  'GET /logging/modelinvocations': ['GetModelInvocationLoggingConfiguration', {}],
  'GET /guardrails': ['ListGuardrails', { guardrails: [] }],
  'GET /evaluation-jobs': ['ListEvaluationJobs', { jobSummaries: [] }],
  'POST /agents/': ['ListAgents', { agentSummaries: [] }],
  'POST /knowledgebases/': ['ListKnowledgeBases', { knowledgeBaseSummaries: [] }],
};

function restJson(body: unknown, status = 200, errorType?: string): Reply {
  return { status, headers: { 'content-type': 'application/json', ...(errorType ? { 'x-amzn-errortype': errorType } : {}) }, body: JSON.stringify(body) };
}

/** REST-JSON errors: the code in `x-amzn-errortype`, the message in the body. */
export const restJsonProtocol: Protocol = {
  error: (status, code, message) => restJson({ message }, status, code),
  throttled: () => restJson({ message: 'Rate exceeded' }, 429, 'ThrottlingException'),
  serverError: () => restJson({ message: 'Internal server error' }, 500, 'InternalServerException'),
};

/** The operation a request names, and its answer (undefined: not served). */
export function answerBedrock(request: Incoming): { operation: string; reply: Reply | undefined } {
  const route = EMPTY[`${request.method} ${request.url.pathname}`];
  return route ? { operation: route[0], reply: restJson(route[1]) } : { operation: `${request.method} ${request.url.pathname}`, reply: undefined };
}
