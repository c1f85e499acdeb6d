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

/** The action fields every guardrail filter and policy entry may carry (GetGuardrail). */
export interface GuardrailActions {
  /** A sensitive-information entry's action for the directions without their own. */
  action?: string;
  inputAction?: string;
  outputAction?: string;
  inputEnabled?: boolean;
  outputEnabled?: boolean;
}
export interface GuardrailFilter extends GuardrailActions {
  type?: string;
  inputStrength?: string;
  outputStrength?: string;
}
export interface GuardrailActionEntry extends GuardrailActions {
  type?: string;
  name?: string;
}
/** A contextual grounding filter: one `action` and one `enabled` for the response it checks. */
export interface GuardrailGroundingFilter {
  type?: string;
  threshold?: number;
  action?: string;
  enabled?: boolean;
}
/** The kept part of GetGuardrail (providers/aws/collectors/bedrock-raw-fields.ts). */
export interface Guardrail {
  name?: string;
  contentPolicy?: { filters?: GuardrailFilter[] };
  topicPolicy?: { topics?: GuardrailActionEntry[] };
  sensitiveInformationPolicy?: { piiEntities?: GuardrailActionEntry[]; regexes?: GuardrailActionEntry[] };
  contextualGroundingPolicy?: { filters?: GuardrailGroundingFilter[] };
  wordPolicy?: { managedWordLists?: GuardrailActionEntry[] };
}

export type Direction = 'input' | 'output';
export const DIRECTIONS: readonly Direction[] = ['input', 'output'];

/**
 * What a filter or policy entry does to one direction: `OFF` when that direction is disabled
 * (`<direction>Enabled` false: not even evaluated), else its action: BLOCK, ANONYMIZE (PII) or
 * NONE (detect and report in the trace, let the content through). GetGuardrail reports a
 * per-direction action only when one was set: a sensitive-information entry's required `action`
 * then governs, and any other filter blocks (the API's default, and what every guardrail did
 * before detect mode existed).
 */
export function actionIn(entry: GuardrailActions, direction: Direction): string {
  if (entry[`${direction}Enabled`] === false) return 'OFF';
  return entry[`${direction}Action`] ?? entry.action ?? 'BLOCK';
}

/** True when the entry blocks or masks what it detects in at least one direction. */
export function actsOnSome(entry: GuardrailActions): boolean {
  return DIRECTIONS.some((d) => !['OFF', 'NONE'].includes(actionIn(entry, d)));
}

const ACTION_WORDS: Record<string, string> = { OFF: 'disabled', NONE: 'detect-only', BLOCK: 'blocks', ANONYMIZE: 'masks' };

/** "input detect-only, output disabled": what an entry does in each direction, for messages. */
export function actionsText(entry: GuardrailActions): string {
  return DIRECTIONS.map((d) => `${d} ${ACTION_WORDS[actionIn(entry, d)] ?? actionIn(entry, d)}`).join(', ');
}

/** Filter strengths in increasing order. */
const STRENGTHS = ['NONE', 'LOW', 'MEDIUM', 'HIGH'];

function strengthAtLeast(filter: GuardrailFilter, direction: Direction, minimum: 'MEDIUM' | 'HIGH'): boolean {
  return STRENGTHS.indexOf(filter[`${direction}Strength`] ?? 'NONE') >= STRENGTHS.indexOf(minimum);
}

/**
 * True when a filter blocks the direction at `minimum` strength or more: a disabled direction
 * screens nothing, and a detect-only one (action NONE) lets everything it detects through.
 */
export function screens(filter: GuardrailFilter | undefined, direction: Direction, minimum: 'MEDIUM' | 'HIGH'): boolean {
  return filter !== undefined && actionIn(filter, direction) === 'BLOCK' && strengthAtLeast(filter, direction, minimum);
}

/**
 * True when the filter falls short in some direction only by not blocking: every direction is
 * evaluated at `minimum` strength or more, and some direction's action is NONE.
 */
export function detectOnlyAtStrength(filter: GuardrailFilter | undefined, directions: readonly Direction[], minimum: 'MEDIUM' | 'HIGH'): boolean {
  if (!filter) return false;
  const strongEnough = directions.every((d) => actionIn(filter, d) !== 'OFF' && strengthAtLeast(filter, d, minimum));
  return strongEnough && directions.some((d) => actionIn(filter, d) === 'NONE');
}

/** How a filter screens one direction, for messages: `off`, or its strength, marked when it only detects. */
export function screening(filter: GuardrailFilter, direction: Direction): string {
  const action = actionIn(filter, direction);
  if (action === 'OFF') return 'off';
  const strength = filter[`${direction}Strength`] ?? 'NONE';
  return action === 'NONE' && strength !== 'NONE' ? `${strength} detect-only` : strength;
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
 * guardrail must block prompts and completions at MEDIUM strength or more. A filter strong enough
 * but in detect mode (action NONE) blocks nothing, and says so with its own message.
 */
export function contentCategoryRule(category: string, label: string, severity: RuleMeta['severity']): Rule<'weak' | 'detectOnly' | 'screened'> {
  const slug = category.toLowerCase();
  return guardrailRule<'weak' | 'detectOnly' | 'screened'>(
    {
      id: `aws/bedrock/guardrail-${slug}-filter-weak`,
      title: `Bedrock guardrail does not filter ${label} content at medium strength or more`,
      severity,
      rationale: `A ${label} content filter that is off, set to LOW or only detecting (action NONE) lets most ${label} prompts through to the model and ${label} completions back to users of every agent and application the guardrail protects.`,
      remediation: {
        text: `Set the ${category} content filter of the guardrail to MEDIUM or HIGH with the BLOCK action for both prompts and responses, then publish a new guardrail version and point the applications at it.`,
        cli: `aws bedrock update-guardrail --guardrail-identifier <id> --name <name> --content-policy-config 'filtersConfig=[{type=${category},inputStrength=HIGH,outputStrength=HIGH,inputAction=BLOCK,outputAction=BLOCK}]' --blocked-input-messaging <message> --blocked-outputs-messaging <message>`,
        terraform: `resource "aws_bedrock_guardrail" "g" {\n  content_policy_config {\n    filters_config {\n      type            = "${category}"\n      input_strength  = "HIGH"\n      output_strength = "HIGH"\n      input_action    = "BLOCK"\n      output_action   = "BLOCK"\n    }\n  }\n}`,
        url: GUARDRAIL_URL,
      },
      messages: {
        weak: `Guardrail {{name}} filters ${label} content only at {{strengths}}.`,
        detectOnly: `Guardrail {{name}} detects ${label} content without blocking it (action NONE): {{strengths}}.`,
        screened: `Guardrail {{name}} filters ${label} content at {{strengths}}.`,
      },
    },
    (guardrail, ctx) => {
      const filter = guardrail.contentPolicy?.filters?.find((f) => f.type === category);
      const strengths = filter ? `input ${screening(filter, 'input')}, output ${screening(filter, 'output')}` : 'no filter';
      const evidence = { filter: filter ?? null };
      if (DIRECTIONS.every((d) => screens(filter, d, 'MEDIUM'))) return ctx.pass('screened', { evidence, data: { strengths } });
      return ctx.fail(detectOnlyAtStrength(filter, DIRECTIONS, 'MEDIUM') ? 'detectOnly' : 'weak', { evidence, data: { strengths } });
    },
  );
}
