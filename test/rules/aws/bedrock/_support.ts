// Bedrock rule-test assets, built by the provider's own normalisers from the recorded payloads
// (test/fixtures/wire/aws/bedrock*/), each case differing from the recording only in what it is about.
import type { Asset, Edge, Facts } from '../../../../src/model/index.js';
import { awsWireAsset, patched, wire } from '../../../support/wire-assets.js';

/** Per collector: payload folder, listing, detail key -> [operation, member the collector picks]. */
const RECORDED: Record<string, { folder: string; list: string; details: Record<string, [string, string?]> }> = {
  'bedrock/custom-models': { folder: 'bedrock', list: 'ListCustomModels', details: { describe: ['GetCustomModel'], job: ['GetModelCustomizationJob'] } },
  'bedrock/imported-models': { folder: 'bedrock', list: 'ListImportedModels', details: { describe: ['GetImportedModel'] } },
  'bedrock/guardrails': { folder: 'bedrock', list: 'ListGuardrails', details: { describe: ['GetGuardrail'] } },
  'bedrock/evaluation-jobs': { folder: 'bedrock', list: 'ListEvaluationJobs', details: { describe: ['GetEvaluationJob'] } },
  'bedrock/invocation-logging': { folder: 'bedrock', list: 'GetModelInvocationLoggingConfiguration', details: {} },
  'bedrock-agent/agents': { folder: 'bedrock-agent', list: 'ListAgents', details: { describe: ['GetAgent', 'agent'], knowledgeBases: ['ListAgentKnowledgeBases'] } },
  'bedrock-agent/action-groups': { folder: 'bedrock-agent', list: 'ListAgentActionGroups', details: { describe: ['GetAgentActionGroup', 'agentActionGroup'] } },
  'bedrock-agent/knowledge-bases': { folder: 'bedrock-agent', list: 'ListKnowledgeBases', details: { describe: ['GetKnowledgeBase', 'knowledgeBase'] } },
  'bedrock-agent/data-sources': { folder: 'bedrock-agent', list: 'ListDataSources', details: { describe: ['GetDataSource', 'dataSource'] } },
};

export type Patch = Record<string, unknown>;

/**
 * The asset a collector builds from the recorded estate. `describe`: a patch of the describe
 * answer (relative to the member the collector picks), or `false` when the call did not answer;
 * `listing`: a patch of the listing body; `facts`: facts the linkers add (key resolution).
 */
export function bedrockAsset(collector: string, options: { describe?: Patch | false; listing?: Patch; facts?: Facts; job?: Patch | false } = {}): Asset {
  const spec = RECORDED[collector]!;
  const body = (operation: string) => wire(`aws/${spec.folder}/${operation}.json`);
  const details: Record<string, unknown> = {};
  for (const [key, [operation, member]] of Object.entries(spec.details)) {
    const patch = key === 'describe' ? options.describe : key === 'job' ? options.job : {};
    if (patch === false) continue;
    details[key] = patched(body(operation), member ? { [member]: patch ?? {} } : (patch ?? {}));
  }
  const asset = awsWireAsset(collector, patched(body(spec.list), options.listing ?? {}), details);
  return { ...asset, facts: { ...asset.facts, ...options.facts } };
}

/** A guardrail whose GetGuardrail answer is the recording with `describe` merged in. */
export const guardrail = (describe: Patch | false = {}) => bedrockAsset('bedrock/guardrails', { describe });

/** The recorded guardrail's content filters, with `type` replaced by `filter` (undefined: removed). */
export function withContentFilter(type: string, filter: Patch | undefined): Patch {
  const filters = (wire('aws/bedrock/GetGuardrail.json') as { contentPolicy: { filters: Patch[] } }).contentPolicy.filters;
  const others = filters.filter((f) => f.type !== type);
  return { contentPolicy: { filters: filter ? [...others, { type, ...filter }] : others } };
}

export function edge(from: Asset | string, to: Asset | string, kind: Edge['kind']): Edge {
  return { from: typeof from === 'string' ? from : from.id, to: typeof to === 'string' ? to : to.id, kind };
}

/** The cases every content-category rule answers the same way (one category at a time). */
export function contentCategoryCases(type: string) {
  return {
    valid: [
      { name: 'recorded guardrail (HIGH or MEDIUM both ways)', asset: guardrail() },
      { name: 'medium both ways', asset: guardrail(withContentFilter(type, { inputStrength: 'MEDIUM', outputStrength: 'MEDIUM' })) },
      { name: 'medium, BLOCK both ways', asset: guardrail(withContentFilter(type, { inputStrength: 'MEDIUM', outputStrength: 'MEDIUM', inputAction: 'BLOCK', outputAction: 'BLOCK', inputEnabled: true, outputEnabled: true })) },
    ],
    invalid: [
      { name: 'low on output', asset: guardrail(withContentFilter(type, { inputStrength: 'HIGH', outputStrength: 'LOW' })), expected: [{ status: 'fail' as const, messageId: 'weak', evidence: { filter: { type, inputStrength: 'HIGH', outputStrength: 'LOW' } } }] },
      { name: 'input direction disabled', asset: guardrail(withContentFilter(type, { inputStrength: 'HIGH', outputStrength: 'HIGH', inputEnabled: false })), expected: [{ status: 'fail' as const, messageId: 'weak' }] },
      {
        name: 'HIGH both ways but detect-only on output (action NONE)',
        asset: guardrail(withContentFilter(type, { inputStrength: 'HIGH', outputStrength: 'HIGH', inputAction: 'BLOCK', outputAction: 'NONE', inputEnabled: true, outputEnabled: true })),
        expected: [{ status: 'fail' as const, messageId: 'detectOnly', message: `Guardrail support-guardrail detects ${LABELS[type]} content without blocking it (action NONE): input HIGH, output HIGH detect-only.` }],
      },
      {
        name: 'low on input and detect-only on output: weak, the message names both',
        asset: guardrail(withContentFilter(type, { inputStrength: 'LOW', outputStrength: 'HIGH', inputAction: 'BLOCK', outputAction: 'NONE' })),
        expected: [{ status: 'fail' as const, message: `Guardrail support-guardrail filters ${LABELS[type]} content only at input LOW, output HIGH detect-only.` }],
      },
      { name: 'no filter for the category', asset: guardrail(withContentFilter(type, undefined)), expected: [{ status: 'fail' as const, message: `Guardrail support-guardrail filters ${LABELS[type]} content only at no filter.` }] },
      { name: 'GetGuardrail did not answer', asset: guardrail(false), expected: [{ status: 'unknown' as const, missingFacts: ['GetGuardrail'] }] },
    ],
  };
}

const LABELS: Record<string, string> = { HATE: 'hate', INSULTS: 'insulting', SEXUAL: 'sexual', VIOLENCE: 'violent', MISCONDUCT: 'misconduct' };
