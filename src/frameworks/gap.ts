import type {
  Attestation,
  ControlAssessment,
  ControlStatus,
  Finding,
  FrameworkAssessment,
  FrameworkId,
} from '../model/index.js';
import { CONTROL_STATUSES } from '../model/index.js';
import type { RuleMeta } from '../engine/define-rule.js';
import type { Control, Framework } from './types.js';
import { FRAMEWORKS } from './catalogue.js';

export interface GapInput {
  findings: readonly Finding[];
  /** The rules that ran (only their id and control mapping are read). */
  rules: readonly Pick<RuleMeta, 'id' | 'controls'>[];
  attestations: readonly Attestation[];
  frameworks?: readonly Framework[];
}

/** Per rule: each asset's worst verdict (fail > error/unknown > pass) and the failing finding count. */
interface RuleEvidence {
  verdicts: Map<string, AssetVerdict>;
  failing: number;
}
type AssetVerdict = 'fail' | 'unseen' | 'pass';
const WORSE: Record<AssetVerdict, number> = { fail: 2, unseen: 1, pass: 0 };

/**
 * The gap analysis: for every control of every framework, the rules that give evidence, how many
 * assets pass, fail or could not be judged, and a status. Errors and unknowns never count as a pass.
 */
export function assessFrameworks(input: GapInput): FrameworkAssessment[] {
  const frameworks = input.frameworks ?? FRAMEWORKS;
  const evidence = collectEvidence(input.findings);
  const attested = new Map(input.attestations.map((a) => [`${a.framework ?? ''}|${a.control}`, a]));
  const attestationFor = (framework: FrameworkId, id: string) => attested.get(`${framework}|${id}`) ?? attested.get(`|${id}`);

  return frameworks.map((framework) => {
    const controls = framework.controls.map((control) => {
      const rules = input.rules.filter((r) => r.controls[framework.id]?.includes(control.id)).map((r) => r.id);
      return assessControl(framework.id, control, rules, evidence, attestationFor(framework.id, control.id));
    });
    const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, controls.filter((c) => c.status === s).length])) as Record<
      ControlStatus,
      number
    >;
    return { id: framework.id, name: framework.name, source: framework.source, controls, counts };
  });
}

function collectEvidence(findings: readonly Finding[]): Map<string, RuleEvidence> {
  const byRule = new Map<string, RuleEvidence>();
  for (const f of findings) {
    let ev = byRule.get(f.ruleId);
    if (!ev) byRule.set(f.ruleId, (ev = { verdicts: new Map(), failing: 0 }));
    const verdict: AssetVerdict = f.status === 'fail' ? 'fail' : f.status === 'pass' ? 'pass' : 'unseen';
    if (f.status === 'fail') ev.failing++;
    const before = ev.verdicts.get(f.assetId);
    if (!before || WORSE[verdict] > WORSE[before]) ev.verdicts.set(f.assetId, verdict);
  }
  return byRule;
}

interface Automated {
  status: ControlStatus;
  basis: string;
  passing: number;
  failing: number;
  unseen: number;
  failingFindings: number;
}

function automatedStatus(rules: readonly string[], evidence: Map<string, RuleEvidence>): Automated {
  const assets = new Map<string, AssetVerdict>();
  let failingFindings = 0;
  for (const rule of rules) {
    const ev = evidence.get(rule);
    if (!ev) continue;
    failingFindings += ev.failing;
    for (const [asset, verdict] of ev.verdicts) {
      const before = assets.get(asset);
      if (!before || WORSE[verdict] > WORSE[before]) assets.set(asset, verdict);
    }
  }
  let passing = 0;
  let failing = 0;
  let unseen = 0;
  for (const v of assets.values()) {
    if (v === 'fail') failing++;
    else if (v === 'pass') passing++;
    else unseen++;
  }
  const counts = { passing, failing, unseen, failingFindings };
  const total = assets.size;
  const unseenNote = unseen ? `; ${unseen} could not be judged (data not visible or rule error)` : '';
  if (rules.length === 0) return { status: 'not-assessed', basis: 'No rule gives evidence for this control.', ...counts };
  if (total === 0) return { status: 'not-assessed', basis: `The ${plural(rules.length, 'rule')} for this control found no asset to judge.`, ...counts };
  if (failing > 0) {
    return {
      status: passing > 0 ? 'partly-met' : 'not-met',
      basis: `${failing} of ${total} assets fail ${plural(rules.length, 'rule')} mapped here${unseenNote}.`,
      ...counts,
    };
  }
  if (passing === 0) return { status: 'not-assessed', basis: `None of the ${total} assets could be judged: data not visible or rule errors.`, ...counts };
  if (unseen > 0) return { status: 'partly-met', basis: `${passing} of ${total} assets pass and none fail${unseenNote}.`, ...counts };
  return { status: 'met', basis: `All ${total} assets judged pass the ${plural(rules.length, 'rule')} mapped here.`, ...counts };
}

const RANK: Record<ControlStatus, number> = { 'not-met': 0, 'partly-met': 1, met: 2, 'not-assessed': 3 };

function assessControl(
  framework: FrameworkId,
  control: Control,
  rules: string[],
  evidence: Map<string, RuleEvidence>,
  attestation: Attestation | undefined,
): ControlAssessment {
  const auto = automatedStatus(rules, evidence);
  const attested = attestation ? `attested ${attestation.status} by ${attestation.owner} on ${attestation.date}` : undefined;
  let status: ControlStatus = auto.status;
  let basis = auto.basis;

  if (control.assessment === 'attestation' || (auto.status === 'not-assessed' && attestation)) {
    status = attestation?.status ?? 'not-assessed';
    basis = attested
      ? `${capitalise(attested)} (no cloud API can show this control).`
      : 'Not assessed: no cloud API can show this control and no attestation answers it.';
    if (control.assessment !== 'attestation' && attested) basis = `${capitalise(attested)}; ${lowerFirst(auto.basis)}`;
  } else if (control.assessment === 'both') {
    if (attestation && attestation.status !== 'not-assessed') {
      const worse = RANK[attestation.status] < RANK[auto.status] ? attestation.status : auto.status;
      status = worse;
      basis = `${auto.basis} Procedures ${attested}; the worse of the two counts.`;
    } else {
      basis = `${auto.basis} The procedural part has no attestation.`;
    }
  } else if (attestation) {
    basis = `${auto.basis} (Also ${attested}.)`;
  }

  const out: ControlAssessment = {
    framework,
    controlId: control.id,
    title: control.title,
    status,
    basis,
    rules,
    assetsPassing: auto.passing,
    assetsFailing: auto.failing,
    assetsUnknown: auto.unseen,
    failingFindings: auto.failingFindings,
  };
  if (attestation) out.attestation = attestation;
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
