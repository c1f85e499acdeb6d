// What a rule declares (metadata) and what it returns (verdicts): data shared by the engine, the
// rules, the gap analysis and the reports. The engine adds behaviour (src/engine/define-rule.ts).
import type { AssetKind, Provider } from './kinds.js';
import type { FindingStatus, ReferenceKind, RuleFamily } from './finding.js';
import type { Severity } from './severity.js';

export interface Remediation {
  /** What to change, in plain words. */
  text: string;
  /** A read-write CLI line that fixes it, where one exists (shown, never run by mlscan). */
  cli?: string;
  /** A Terraform snippet that fixes it, where one exists. */
  terraform?: string;
  /** Vendor documentation. */
  url?: string;
}

export interface RuleMeta<M extends string = string> {
  /** Equal to the file path under rules/ without extension, e.g. `exposure/workspace-public-network-access`. */
  id: string;
  title: string;
  family: RuleFamily;
  /** Base severity before the asset's criticality and likelihood adjust it. */
  severity: Severity;
  appliesTo: readonly AssetKind[];
  /**
   * What the rule judges, as a short stable key (e.g. `compute-public-ip`); defaults to the id.
   * An asset yields at most one verdict per concern: two rules on overlapping kinds and providers
   * share a concern only when one `supersedes` the other.
   */
  concern?: string;
  /**
   * Rules on the same concern that this (more precise, provider) rule replaces: where this rule
   * gives a pass or fail on an asset, the superseded rules are not evaluated on it.
   */
  supersedes?: readonly string[];
  /** Omit for cross-cloud rules that read only normalised facts. */
  providers?: readonly Provider[];
  /** Why it matters: the threat this control counters. */
  rationale: string;
  remediation: Remediation;
  // The framework controls a rule gives evidence for are not declared here: each framework pack
  // (src/frameworks/packs/) maps rule ids to its controls.
  /** External references: Security Hub ids, Azure Policy GUIDs, MCSB ids, research catalogue ids. */
  references?: Partial<Record<ReferenceKind, readonly string[]>>;
  /** Named messages; `{{name}}` is the asset name, other `{{keys}}` come from `data`. */
  messages: Record<M, string>;
}

export interface VerdictOptions {
  data?: Record<string, string | number | boolean>;
  evidence?: Record<string, unknown>;
  /** Asset ids from this asset to the one the verdict is about; a graph answer may be passed as is (the finding gets a copy). */
  path?: readonly string[];
  /**
   * What part of the asset the verdict is about, when a rule gives several verdicts for one asset
   * (an endpoint variant, a served model, one failing aspect of two): it enters the finding
   * fingerprint, so each such finding keeps its own identity across scans.
   */
  subject?: string;
}

export interface Verdict {
  status: Exclude<FindingStatus, 'error' | 'suppressed'>;
  /** The message id used (absent on `unknown` and `not_applicable` verdicts, which share one message each). */
  messageId?: string;
  message: string;
  evidence: Record<string, unknown>;
  path?: readonly string[];
  missingFacts?: string[];
  /** See VerdictOptions.subject. */
  subject?: string;
  /** Why the rule does not apply to the asset (`not_applicable` verdicts). */
  reason?: string;
}
