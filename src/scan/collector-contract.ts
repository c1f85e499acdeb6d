import type { EdgeKind, Facts } from '../model/index.js';

/**
 * What the AWS and Azure collectors share, written down once so a third cloud starts from it. A
 * collector is a declaration (Cloud Custodian style): the records it reads, the permissions the
 * calls need (`mlscan permissions <id>` is generated from them), and how a record becomes
 * normalised facts and edges. Each cloud's runner (providers/<id>/runner.ts) executes the
 * declarations: scheduling, paging, redaction, and coverage gaps for what failed; each cloud's
 * linker resolves the edge specs into graph edges. Runners, scopes and error mapping stay per cloud.
 */

/** An edge from (`to`) or into (`from`) the asset being normalised. */
export type EdgeSpec = { kind: EdgeKind; to: string } | { kind: EdgeKind; from: string };

/** What a collector's normaliser returns for one record: the facts and the edges it names. */
export interface NormalizedRecord {
  facts: Facts;
  edges?: EdgeSpec[];
  /** Display name, when the record's own name is not the best one. */
  name?: string;
}
