import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../src/engine/index.js';
import { evaluateOne } from '../../src/engine/index.js';
import { AssetGraph } from '../../src/graph/index.js';
import type { Asset, CoverageGap, DataTagKeys, Edge, FindingStatus } from '../../src/model/index.js';

export interface CaseBase {
  /** Shown as the test name; must be unique within the rule. */
  name: string;
  asset: Asset;
  /** Other assets and edges the rule reads through the graph. */
  related?: Asset[];
  edges?: Edge[];
  /** Coverage gaps of the scan the case comes from. */
  gaps?: CoverageGap[];
  /** Configured classification / owner tag keys (risk config), when the case is about them. */
  dataTags?: Partial<DataTagKeys>;
}

export interface ExpectedFinding {
  status: Exclude<FindingStatus, 'pass'>;
  messageId?: string;
  /** Exact message, when the case is about the wording. */
  message?: string;
  path?: string[];
  missingFacts?: string[];
  evidence?: Record<string, unknown>;
}

export interface RuleCases {
  /** Each must yield only `pass` findings. */
  valid: CaseBase[];
  /** Each must yield exactly these non-pass findings (in order), and nothing else but passes. */
  invalid: Array<CaseBase & { expected: ExpectedFinding[] }>;
  /** Assets the rule must skip (its `applies` says no). */
  notApplicable?: CaseBase[];
}

/** Runs every case as its own vitest test through the engine's real evaluation path. */
export function testRule(rule: AnyRule, cases: RuleCases): void {
  const names = [...cases.valid, ...cases.invalid, ...(cases.notApplicable ?? [])].map((c) => c.name);
  const dupes = names.filter((n, i) => names.indexOf(n) !== i);
  if (dupes.length) throw new Error(`${rule.meta.id}: duplicate case names: ${dupes.join(', ')}`);
  if (cases.valid.length === 0 || cases.invalid.length === 0) {
    throw new Error(`${rule.meta.id}: a rule needs at least one valid and one invalid case`);
  }

  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const findings = await run(rule, c);
        expect(findings, 'the rule must apply to a valid case').not.toBeNull();
        expect(findings!.map((f) => ({ status: f.status, message: f.message }))).toEqual(
          findings!.map((f) => ({ status: 'pass', message: f.message })),
        );
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const findings = await run(rule, c);
        expect(findings, 'the rule must apply to an invalid case').not.toBeNull();
        const nonPass = findings!.filter((f) => f.status !== 'pass');
        expect(nonPass).toHaveLength(c.expected.length);
        c.expected.forEach((want, i) => {
          const got = nonPass[i]!;
          expect(got.status).toBe(want.status);
          if (want.messageId) {
            expect(rule.meta.messages[want.messageId], `message '${want.messageId}' exists`).toBeDefined();
            expect(got.messageId).toBe(want.messageId);
          }
          if (want.message) expect(got.message).toBe(want.message);
          if (want.path) expect(got.path).toEqual(want.path);
          if (want.missingFacts) expect(got.missingFacts).toEqual(want.missingFacts);
          if (want.evidence) expect(got.evidence).toMatchObject(want.evidence);
        });
      });
    }
    for (const c of cases.notApplicable ?? []) {
      it(`not applicable: ${c.name}`, async () => {
        expect(await run(rule, c)).toBeNull();
      });
    }
  });
}

async function run(rule: AnyRule, c: CaseBase) {
  if (!rule.meta.appliesTo.includes(c.asset.kind)) {
    throw new Error(`${rule.meta.id}: case '${c.name}' uses kind ${c.asset.kind}, not in appliesTo`);
  }
  const graph = new AssetGraph([c.asset, ...(c.related ?? [])], c.edges ?? [], c.gaps ?? []);
  return evaluateOne(rule, c.asset, graph, 5_000, c.dataTags);
}
