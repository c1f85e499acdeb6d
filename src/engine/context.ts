import type { Asset, CoverageGap, FactCarriersByProvider, FactName } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
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
  const verdict = (status: 'pass' | 'fail', messageId: string, options: VerdictOptions = {}): Verdict => {
    const template = rule.meta.messages[messageId];
    if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message '${messageId}'`);
    const out: Verdict = {
      status,
      messageId,
      message: interpolate(template, { name: asset.name, kind: asset.kind, ...options.data }),
      evidence: options.evidence ?? {},
    };
    if (options.path) out.path = options.path;
    if (options.subject !== undefined) out.subject = options.subject;
    return out;
  };
  const unknown = (missingFacts: readonly string[], options: Omit<VerdictOptions, 'data'> = {}): Verdict => {
    const out: Verdict = {
      status: 'unknown',
      message: `Could not see ${missingFacts.join(', ')} for ${asset.name}; not assessed.`,
      evidence: options.evidence ?? {},
      missingFacts: [...missingFacts],
    };
    if (options.path) out.path = options.path;
    if (options.subject !== undefined) out.subject = options.subject;
    return out;
  };
  const notApplicable = (reason: string): Verdict => ({
    status: 'not_applicable',
    message: `Does not apply to ${asset.name}: ${reason}.`,
    evidence: {},
    reason,
  });
  const requireFactsOf = (target: Asset, facts: readonly FactName[]): Verdict | undefined => {
    const missing = facts.filter((f) => target.facts[f] === undefined);
    if (missing.length === 0) return undefined;
    const never = neverCarriedReason(carriers, target, missing);
    return never ? notApplicable(never) : unknown(missing);
  };
  return {
    graph,
    dataTags,
    pass: (id, o) => verdict('pass', id, o),
    fail: (id, o) => verdict('fail', id, o),
    unknown,
    notApplicable,
    requireFacts: (...facts: FactName[]) => requireFactsOf(asset, facts),
    requireFactsOf: (relative: Asset, ...facts: FactName[]) => requireFactsOf(relative, facts),
    requireSeen(kinds, where = { account: asset.account, region: asset.region }) {
      const hidden = kinds.filter((kind) => graph.hiddenBy([kind], where).length > 0);
      if (hidden.length === 0) return undefined;
      return unknown(hidden, { evidence: { coverageGaps: graph.hiddenBy(hidden, where).map(gapEvidence) } });
    },
  };
}

/** What a finding says about the gap behind it (the full gap is in the report's coverage section). */
function gapEvidence(gap: CoverageGap): Record<string, unknown> {
  return { service: gap.service, errorCode: gap.errorCode, ...(gap.region ? { region: gap.region } : {}), ...(gap.scope ? { scope: gap.scope } : {}), ...(gap.kinds ? { kinds: gap.kinds } : {}) };
}
