// What the Bedrock rules share: the recorded shapes they read, and the two rule shapes that many
// guardrail checks take (one content-filter category; one guardrail policy).
import type { Asset } from '../../../src/model/index.js';
import type { Rule, RuleMeta, RuleOutcome, RuleContext } from '../../../src/engine/index.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';

export const GUARDRAIL = 'AWS::Bedrock::Guardrail';
export const AGENT = 'AWS::Bedrock::Agent';
export const ACTION_GROUP = 'AWS::Bedrock::AgentActionGroup';
export const KNOWLEDGE_BASE = 'AWS::Bedrock::KnowledgeBase';
export const DATA_SOURCE = 'AWS::Bedrock::DataSource';
export const CUSTOM_MODEL = 'AWS::Bedrock::CustomModel';
export const INVOCATION_LOGGING = 'AWS::Bedrock::ModelInvocationLoggingConfiguration';

/** The guardrail policies, as AWS documents them. */
export const GUARDRAIL_URL = 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-components.html';

export interface GuardrailFilter {
  type?: string;
  inputStrength?: string;
  outputStrength?: string;
  inputAction?: string;
  outputAction?: string;
  inputEnabled?: boolean;
  outputEnabled?: boolean;
}
export interface GuardrailActionEntry {
  type?: string;
  name?: string;
  action?: string;
  inputAction?: string;
  outputAction?: string;
  inputEnabled?: boolean;
  outputEnabled?: boolean;
}
/** The kept part of GetGuardrail (providers/aws/collectors/bedrock-raw-fields.ts). */
export interface Guardrail {
  name?: string;
  contentPolicy?: { filters?: GuardrailFilter[] };
  topicPolicy?: { topics?: GuardrailActionEntry[] };
  sensitiveInformationPolicy?: { piiEntities?: GuardrailActionEntry[]; regexes?: GuardrailActionEntry[] };
  contextualGroundingPolicy?: { filters?: Array<{ type?: string; threshold?: number; enabled?: boolean; action?: string }> };
  wordPolicy?: { managedWordLists?: GuardrailActionEntry[] };
}

/** Filter strengths in increasing order. */
const STRENGTHS = ['NONE', 'LOW', 'MEDIUM', 'HIGH'];

/** True when a filter screens the direction at `minimum` strength or more (a disabled direction screens nothing). */
export function screens(filter: GuardrailFilter | undefined, direction: 'input' | 'output', minimum: 'MEDIUM' | 'HIGH'): boolean {
  if (!filter || filter[`${direction}Enabled`] === false) return false;
  return STRENGTHS.indexOf(filter[`${direction}Strength`] ?? 'NONE') >= STRENGTHS.indexOf(minimum);
}

type GuardrailCheck<M extends string> = (guardrail: Guardrail, ctx: RuleContext<M>, asset: Asset) => RuleOutcome;

/** A rule on one guardrail's configuration: unknown when GetGuardrail did not answer. */
export function guardrailRule<M extends string>(meta: Omit<RuleMeta<M>, 'providers' | 'family' | 'appliesTo'> & { family?: RuleMeta['family'] }, check: GuardrailCheck<M>): Rule<M> {
  return providerRule<M>({
    meta: { family: 'integrity', appliesTo: ['guardrail'], ...meta },
    provider: 'aws',
    nativeTypes: [GUARDRAIL],
    evaluate(asset, ctx) {
      const guardrail = describeOf<Guardrail>(asset);
      return guardrail ? check(guardrail, ctx, asset) : ctx.unknown(['GetGuardrail']);
    },
  });
}

/**
 * A rule for one harmful-content category (HATE, INSULTS, SEXUAL, VIOLENCE, MISCONDUCT): the
 * guardrail must screen prompts and completions at MEDIUM strength or more.
 */
export function contentCategoryRule(category: string, label: string, severity: RuleMeta['severity']): Rule<'weak' | 'screened'> {
  const slug = category.toLowerCase();
  return guardrailRule<'weak' | 'screened'>(
    {
      id: `aws/bedrock/guardrail-${slug}-filter-weak`,
      title: `Bedrock guardrail does not filter ${label} content at medium strength or more`,
      severity,
      rationale: `A ${label} content filter that is off or set to LOW lets most ${label} prompts through to the model and ${label} completions back to users of every agent and application the guardrail protects.`,
      remediation: {
        text: `Set the ${category} content filter of the guardrail to MEDIUM or HIGH for both prompts and responses, then publish a new guardrail version and point the applications at it.`,
        cli: `aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --content-policy-config 'filtersConfig=[{type=${category},inputStrength=HIGH,outputStrength=HIGH}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>`,
        terraform: `resource "aws_bedrock_guardrail" "g" {\n  content_policy_config {\n    filters_config {\n      type            = "${category}"\n      input_strength  = "HIGH"\n      output_strength = "HIGH"\n    }\n  }\n}`,
        url: GUARDRAIL_URL,
      },
      messages: {
        weak: `Guardrail {{name}} filters ${label} content only at {{strengths}}.`,
        screened: `Guardrail {{name}} filters ${label} content at {{strengths}}.`,
      },
    },
    (guardrail, ctx) => {
      const filter = guardrail.contentPolicy?.filters?.find((f) => f.type === category);
      const strengths = filter ? `input ${filter.inputEnabled === false ? 'off' : (filter.inputStrength ?? 'NONE')}, output ${filter.outputEnabled === false ? 'off' : (filter.outputStrength ?? 'NONE')}` : 'no filter';
      const evidence = { filter: filter ?? null };
      const ok = screens(filter, 'input', 'MEDIUM') && screens(filter, 'output', 'MEDIUM');
      return ok ? ctx.pass('screened', { evidence, data: { strengths } }) : ctx.fail('weak', { evidence, data: { strengths } });
    },
  );
}
