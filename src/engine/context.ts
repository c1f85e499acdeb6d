import type { Asset, AssetKind, CoverageGap, FactCarriersByProvider, FactName, Severity } from '../model/index.js';
import type { GraphView, Whereabouts } from '../graph/index.js';
import type { AnyRule, RuleContext, Verdict, VerdictOptions } from './define-rule.js';
import { createDataTags, type DataTags } from './data-tags.js';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A template cut at its placeholders: text at even positions, placeholder keys at odd ones (`{{ key }}` text kept at `whole`). */
interface ParsedTemplate {
  parts: string[];
  wholes: string[];
}

/** Rules have a few dozen message templates and use each hundreds of thousands of times: parse each once. */
const PARSED_TEMPLATES = new Map<string, ParsedTemplate>();

function parseTemplate(template: string): ParsedTemplate {
  let parsed = PARSED_TEMPLATES.get(template);
  if (parsed) return parsed;
  parsed = { parts: [], wholes: [] };
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parsed.parts.push(template.slice(last, match.index), match[1]!);
    parsed.wholes.push(match[0]);
    last = match.index + match[0].length;
  }
  parsed.parts.push(template.slice(last));
  if (PARSED_TEMPLATES.size < 10_000) PARSED_TEMPLATES.set(template, parsed);
  return parsed;
}

export function interpolate(template: string, data: Record<string, unknown>): string {
  const { parts, wholes } = parseTemplate(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (key in data ? String(data[key]) : wholes[(i - 1) / 2]) + parts[i + 1]!;
  }
  return out;
}

/**
 * Why `missing` can never be read on the asset, when the fact carriers of its provider say so: no
 * collector of the provider builds its native type, or none (nor a linker) sets one of the facts
 * on it. Undefined when the provider declares no carriers (hand-made assets, an unregistered
 * provider: nothing is known to be impossible) or every missing fact could have been read.
 */
export function neverCarriedReason(carriers: FactCarriersByProvider | undefined, asset: Pick<Asset, 'provider' | 'nativeType'>, missing: readonly FactName[]): string | undefined {
  const table = carriers?.[asset.provider];
  if (!table || missing.length === 0) return undefined;
  const carried = table[asset.nativeType];
  if (!carried) return `no collector of ${asset.provider} builds ${asset.nativeType} assets`;
  const never = missing.filter((f) => !carried.includes(f));
  return never.length ? `no collector of ${asset.provider} sets ${never.join(', ')} on ${asset.nativeType}` : undefined;
}

export function createContext(
  rule: AnyRule,
  asset: Asset,
  graph: GraphView,
  dataTags: DataTags = createDataTags(graph),
  carriers?: FactCarriersByProvider,
): RuleContext<string> {
  return new EvaluationContext(compileRule(rule), asset, graph, dataTags, carriers);
}

/**
 * What a context and a finding read of a rule, read once per rule and scan into one shape: rules'
 * meta and message objects each have a shape of their own, and a property read across 160 shapes
 * is a slow, megamorphic one, made several times per (rule, asset) evaluation.
 */
export interface CompiledRule {
  readonly rule: AnyRule;
  readonly id: string;
  readonly severity: Severity;
  /** The rule's own message templates, parsed, by message id. */
  readonly templates: ReadonlyMap<string, ParsedTemplate>;
}

/**
 * Never throws: a rule whose message is not text (a registry checks this, a hand-made rule may not)
 * fails where it uses that message, as an `error` finding of its own, not the whole scan.
 */
export function compileRule(rule: AnyRule): CompiledRule {
  const templates = new Map<string, ParsedTemplate>();
  for (const [messageId, template] of Object.entries(rule.meta.messages ?? {})) {
    if (typeof template === 'string') templates.set(messageId, parseTemplate(template));
  }
  return { rule, id: rule.meta.id, severity: rule.meta.severity, templates };
}

/** createContext for a rule compiled once (the engine: one compile per rule and scan). */
export function contextFor(
  rule: CompiledRule,
  asset: Asset,
  graph: GraphView,
  dataTags: DataTags,
  carriers: FactCarriersByProvider | undefined,
): RuleContext<string> {
  return new EvaluationContext(rule, asset, graph, dataTags, carriers);
}

/**
 * A verdict with every field in one order, absent ones undefined: the engine reads each verdict's
 * fields to make its finding, and one shape for all keeps those reads fast.
 */
function verdictOf(
  status: Verdict['status'],
  message: string,
  evidence: Record<string, unknown>,
  messageId: string | undefined,
  path: readonly string[] | undefined,
  subject: string | undefined,
  missingFacts: string[] | undefined,
  reason: string | undefined,
): Verdict {
  return { status, messageId, message, evidence, path, missingFacts, subject, reason };
}

/**
 * The context of one (rule, asset) evaluation. A class, not an object of closures: a scan makes
 * one per evaluation, and its methods live once on the prototype instead of once per asset.
 */
class EvaluationContext implements RuleContext<string> {
  constructor(
    private readonly rule: CompiledRule,
    private readonly asset: Asset,
    readonly graph: GraphView,
    readonly dataTags: DataTags,
    private readonly carriers: FactCarriersByProvider | undefined,
  ) {}

  pass(messageId: string, options?: VerdictOptions): Verdict {
    return this.verdict('pass', messageId, options);
  }

  fail(messageId: string, options?: VerdictOptions): Verdict {
    return this.verdict('fail', messageId, options);
  }

  unknown(missingFacts: readonly string[], options: Omit<VerdictOptions, 'data'> = {}): Verdict {
    const message = `Could not see ${missingFacts.join(', ')} for ${this.asset.name}; not assessed.`;
    return verdictOf('unknown', message, options.evidence ?? {}, undefined, options.path || undefined, options.subject, [...missingFacts], undefined);
  }

  notApplicable(reason: string): Verdict {
    return verdictOf('not_applicable', `Does not apply to ${this.asset.name}: ${reason}.`, {}, undefined, undefined, undefined, undefined, reason);
  }

  requireFacts(...facts: FactName[]): Verdict | undefined {
    return this.requireFactsOf(this.asset, ...facts);
  }

  requireFactsOf(target: Asset, ...facts: FactName[]): Verdict | undefined {
    const missing = facts.filter((f) => target.facts[f] === undefined);
    if (missing.length === 0) return undefined;
    const never = neverCarriedReason(this.carriers, target, missing);
    return never ? this.notApplicable(never) : this.unknown(missing);
  }

  requireSeen(kinds: readonly AssetKind[], where: Whereabouts = { account: this.asset.account, region: this.asset.region }): Verdict | undefined {
    const hidden = kinds.filter((kind) => this.graph.hiddenBy([kind], where).length > 0);
    if (hidden.length === 0) return undefined;
    return this.unknown(hidden, { evidence: { coverageGaps: this.graph.hiddenBy(hidden, where).map(gapEvidence) } });
  }

  private verdict(status: 'pass' | 'fail', messageId: string, options: VerdictOptions = {}): Verdict {
    const { rule, asset } = this;
    const template = rule.templates.get(messageId);
    if (template === undefined) throw new Error(`rule ${rule.id} has no message '${messageId}'`);
    const message = interpolateMessage(template, asset, options.data);
    return verdictOf(status, message, options.evidence ?? {}, messageId, options.path || undefined, options.subject, undefined, undefined);
  }
}

/**
 * interpolate(template, { name: asset.name, kind: asset.kind, ...data }) without building that
 * object for every verdict: a key is looked up where the spread would have put it.
 */
function interpolateMessage({ parts, wholes }: ParsedTemplate, asset: Asset, data: Record<string, unknown> | undefined): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    let text: string;
    if (data && Object.prototype.propertyIsEnumerable.call(data, key)) text = String(data[key]);
    else if (key === 'name') text = String(asset.name);
    else if (key === 'kind') text = String(asset.kind);
    // What `key in` finds on any plain object (`toString`, `constructor`...), as interpolate would.
    else if (key in Object.prototype) text = String(({} as Record<string, unknown>)[key]);
    else text = wholes[(i - 1) / 2]!;
    out += text + parts[i + 1]!;
  }
  return out;
}

/** What a finding says about the gap behind it (the full gap is in the report's coverage section). */
function gapEvidence(gap: CoverageGap): Record<string, unknown> {
  return { service: gap.service, errorCode: gap.errorCode, ...(gap.region ? { region: gap.region } : {}), ...(gap.scope ? { scope: gap.scope } : {}), ...(gap.kinds ? { kinds: gap.kinds } : {}) };
}
