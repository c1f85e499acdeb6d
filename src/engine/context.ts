import type { Asset, FactName } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
import type { AnyRule, RuleContext, Verdict, VerdictOptions } from './define-rule.js';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

export function interpolate(template: string, data: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function createContext(rule: AnyRule, asset: Asset, graph: GraphView): RuleContext<string> {
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
    return out;
  };
  return {
    graph,
    pass: (id, o) => verdict('pass', id, o),
    fail: (id, o) => verdict('fail', id, o),
    unknown,
    requireFacts(...facts: FactName[]) {
      const missing = facts.filter((f) => asset.facts[f] === undefined);
      return missing.length ? unknown(missing) : undefined;
    },
  };
}
