import type {
  Attestation,
  ControlAssessment,
  ControlStatus,
  Finding,
  FrameworkAssessment,
  FrameworkId,
  RuleMeta,
} from '../model/index.js';
import { CONTROL_STATUSES } from '../model/index.js';
import { FRAMEWORKS, frameworkOfControlId, mappedControls } from './catalogue.js';
import { collectEvidence, judgeRules, type AutomatedVerdict } from './evidence.js';
import type { Control, FrameworkPack } from './types.js';

export interface GapInput {
  findings: readonly Finding[];
  /** The rules that ran (only their id is read; each pack maps rule ids to its controls). */
  rules: readonly Pick<RuleMeta, 'id'>[];
  attestations: readonly Attestation[];
  /** Framework packs to measure against; all registered packs (FRAMEWORKS) when omitted. */
  frameworks?: readonly FrameworkPack[];
}

/**
 * The gap analysis (seeds/000 section 5.1): for every control of every framework, in catalogue
 * order, the rules that give evidence, how many assets pass, fail or could not be judged, and a
 * status that combines that evidence with the organisation's attestations. Errors and unknowns
 * never count as a pass.
 */
export function assessFrameworks(input: GapInput): FrameworkAssessment[] {
  const packs = input.frameworks ?? FRAMEWORKS;
  const evidence = collectEvidence(input.findings);
  const rulesByControl = indexRules(input.rules, packs);
  const attested = new Map<string, Attestation>();
  for (const a of input.attestations) attested.set(key(a.framework ?? frameworkOfControlId(a.control, packs), a.control), a);

  return packs.map((framework) => {
    const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
    const controls = framework.controls.map((control) => {
      const k = key(framework.id, control.id);
      const rules = rulesByControl.get(k) ?? [];
      const assessed = assessControl(framework.id, control, rules, judgeRules(rules, evidence), attested.get(k));
      counts[assessed.status]++;
      return assessed;
    });
    return { id: framework.id, name: framework.name, source: framework.source, controls, counts };
  });
}

const key = (framework: FrameworkId | undefined, control: string) => `${framework ?? ''}|${control}`;

/** Control key → ids of the rules that ran and are mapped to it, sorted so output does not depend on rule order. */
function indexRules(rules: GapInput['rules'], packs: readonly FrameworkPack[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    for (const pack of packs) {
      for (const id of new Set(mappedControls(pack, rule.id))) {
        const k = key(pack.id, id);
        const list = out.get(k);
        if (list) list.push(rule.id);
        else out.set(k, [rule.id]);
      }
    }
  }
  for (const list of out.values()) list.sort();
  return out;
}

function assessControl(
  framework: FrameworkId,
  control: Control,
  rules: string[],
  auto: AutomatedVerdict,
  attestation: Attestation | undefined,
): ControlAssessment {
  // An attestation of `not-assessed` answers nothing; it is kept on the control but not used.
  const answer = attestation && attestation.status !== 'not-assessed' ? attestation : undefined;
  const { status, basis } =
    control.assessment === 'automated'
      ? automatedOnly(auto, attestation)
      : control.assessment === 'attestation'
        ? attestationFirst(auto, answer)
        : bothWays(auto, answer);
  const out: ControlAssessment = {
    framework,
    controlId: control.id,
    title: control.title,
    status,
    basis,
    rules,
    assetsPassing: auto.assetsPassing,
    assetsFailing: auto.assetsFailing,
    assetsUnknown: auto.assetsUnknown,
    failingFindings: auto.failingFindings,
  };
  if (attestation) out.attestation = attestation;
  return out;
}

type Outcome = { status: ControlStatus; basis: string };

/** Cloud evidence decides; an attestation is carried as a note and changes nothing. */
function automatedOnly(auto: AutomatedVerdict, attestation: Attestation | undefined): Outcome {
  const note = attestation ? `; ${describe(attestation)} is kept as a note, since cloud evidence decides this control` : '';
  return { status: auto.status, basis: sentence(`${auto.basis}${note}`) };
}

/**
 * People decide (policies, playbooks, tests, training): the attestation gives the status, and
 * failing rules mapped here are named in the basis so a reader can weigh them. Without an
 * attestation, failing rules are still evidence of a gap, but passing rules cannot prove a procedure.
 */
function attestationFirst(auto: AutomatedVerdict, answer: Attestation | undefined): Outcome {
  const failures = auto.assetsFailing > 0;
  if (!answer) {
    if (failures) return { status: auto.status, basis: sentence(`${auto.basis}; no attestation answers the procedural part`) };
    const seen = auto.assetsPassing > 0 ? `${auto.basis}, but ` : '';
    return { status: 'not-assessed', basis: sentence(`${seen}no attestation answers this control, which cloud evidence alone cannot show`) };
  }
  if (!failures) return { status: answer.status, basis: sentence(describe(answer)) };
  // A control with a failing asset is never met, whatever was attested: met is held to partly met.
  const capped = answer.status === 'met';
  const why = capped ? `; held to partly met because an asset fails: ${auto.basis}` : `; rule evidence is named, not counted, because the attestation decides this control: ${auto.basis}`;
  return { status: capped ? 'partly-met' : answer.status, basis: sentence(`${describe(answer)}${why}`) };
}

/**
 * Part cloud configuration, part procedure: the control is only met when both halves are shown
 * met. A half nobody could show is unknown, so it holds the other half's met down to partly met.
 */
function bothWays(auto: AutomatedVerdict, answer: Attestation | undefined): Outcome {
  const attested: ControlStatus = answer?.status ?? 'not-assessed';
  const procedural = answer ? describe(answer) : 'no attestation answers the procedural part';
  if (auto.status === 'not-assessed' && !answer) return { status: 'not-assessed', basis: sentence(`${auto.basis}, and ${procedural}`) };
  return { status: worseOf(auto.status, attested), basis: sentence(`${auto.basis}; ${procedural}; the worse of the two counts`) };
}

function worseOf(a: ControlStatus, b: ControlStatus): ControlStatus {
  if (a === 'not-met' || b === 'not-met') return 'not-met';
  if (a === 'not-assessed' && b === 'not-assessed') return 'not-assessed';
  if (a === 'met' && b === 'met') return 'met';
  return 'partly-met';
}

function describe(a: Attestation): string {
  return `attested ${a.status} by ${a.owner} on ${a.date}`;
}

function sentence(text: string): string {
  return `${capitalise(text)}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
