import { z } from 'zod';
import { AccountSchema, AssetSchema, CoverageGapSchema, EdgeSchema, ProviderSchema, RawEnvelopeSchema, type RawEnvelope } from '../../src/model/index.js';
import { jsonPath } from '../../src/files/user-file.js';
import { envelopeFromLegacyRaw } from './legacy-raw.js';

/**
 * The snapshot format version this build writes. MAJOR.MINOR: every earlier MINOR of the same
 * MAJOR is still read (1.1 added `references`; 1.2 made `raw` the typed envelope, and 1.0 / 1.1
 * `raw` is converted to it on read; 1.3 added the Bedrock, AI Services and Foundry asset and edge
 * kinds and the optional `shard` of a sharded inventory; 1.4 added the optional `accounts` with
 * account and subscription names and the kinds ml-job, model-card, tracking-server,
 * lifecycle-script and the edges documents and runs-script, which a 1.3 reader rejects).
 */
export const SNAPSHOT_SCHEMA_VERSION = '1.4';
/** Versions whose asset `raw` is the provider record with details under `$details`. */
export const LEGACY_RAW_VERSIONS: readonly string[] = ['1.0', '1.1'];
export const READABLE_SNAPSHOT_VERSIONS = ['1.0', '1.1', '1.2', '1.3', SNAPSHOT_SCHEMA_VERSION] as const;
const READABLE = READABLE_SNAPSHOT_VERSIONS.map((v) => `'${v}'`).join(' or ');

const SchemaVersionSchema = z
  .enum(READABLE_SNAPSHOT_VERSIONS, {
    // A newer mlscan may write a format this one cannot read; say which ones it can.
    error: (issue) => {
      const supported = `this mlscan reads schemaVersion ${READABLE}`;
      if (issue.input === undefined) return `missing schemaVersion; ${supported}`;
      // 1.0 written as a number is a common slip; say so instead of calling it another version.
      if (typeof issue.input === 'number') return `schemaVersion must be a string: write '${String(issue.input.toFixed(1))}' in quotes`;
      return `unsupported schemaVersion ${JSON.stringify(issue.input)}; ${supported}`;
    },
  })
  .describe(`Snapshot format version; this release reads ${READABLE} and writes '${SNAPSHOT_SCHEMA_VERSION}'`);

const GeneratorSchema = z
  .object({
    name: z.string().min(1).describe('Tool that wrote the snapshot, e.g. mlscan'),
    version: z.string().min(1).describe('Version of that tool'),
  })
  .strict()
  .describe('What produced the snapshot');

export const ABSENCE_REASONS = ['not-read', 'outside-scope', 'not-collected'] as const;

export const ReferenceSchema = z
  .object({
    id: z.string().min(1).describe('Id an edge points to that is not an asset of this snapshot'),
    reason: z
      .enum(ABSENCE_REASONS)
      .describe(
        "Why it is absent: 'not-read' (a coverage gap in its account may have hidden it), 'outside-scope' (its account or subscription was not scanned), 'not-collected' (its account was read without a gap and it was not there: deleted, outside the scanned resource groups or regions, or a type mlscan does not collect)",
      ),
    detail: z.string().optional().describe('One line on the reason, e.g. the coverage gap that explains it'),
  })
  .strict()
  .describe('A resource the inventory refers to but does not hold');
export type Reference = z.infer<typeof ReferenceSchema>;

const ShardSchema = z
  .object({
    planId: z.string().min(1).max(200).describe('Same on every shard of one run (`--plan-id`, or derived from the sources, the shard count and the UTC day)'),
    index: z.number().int().min(0).describe('This shard, counting from 0'),
    count: z.number().int().min(1).describe('How many shards the run has'),
    providers: z.array(ProviderSchema).describe('Live providers whose accounts or subscriptions were sliced'),
  })
  .strict()
  .refine((s) => s.index < s.count, { message: 'index must be below count', path: ['index'] })
  .describe('One shard of a sharded run (`mlscan inventory --shard i/N`): `mlscan scan` names a missing or foreign shard as a coverage gap');

const CoverageSchema = z
  .object({
    gaps: z.array(CoverageGapSchema).describe('Services or scopes the inventory could not read'),
  })
  .strict()
  .describe('What the inventory could not see');

/** A reference problem found after the shape is valid: where it is, and what is wrong. */
export interface SnapshotProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Problems zod's per-field checks cannot see: an id used twice (the graph would silently keep
 * one) and edges pointing at ids the snapshot neither holds as an asset nor lists as a reference
 * (a path would end in nothing, unexplained).
 */
export function referenceProblems(snapshot: {
  assets: readonly { id: string }[];
  edges: readonly { from: string; to: string }[];
  references?: readonly { id: string }[] | undefined;
}): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const firstIndex = new Map<string, number>();
  snapshot.assets.forEach((asset, index) => {
    const earlier = firstIndex.get(asset.id);
    if (earlier === undefined) firstIndex.set(asset.id, index);
    else problems.push({ path: ['assets', index, 'id'], message: `duplicate asset id '${asset.id}' (first at ${jsonPath(['assets', earlier])})` });
  });
  const referenced = new Set<string>();
  (snapshot.references ?? []).forEach((reference, index) => {
    if (firstIndex.has(reference.id)) problems.push({ path: ['references', index, 'id'], message: `'${reference.id}' is an asset of this file, not an absent resource` });
    else if (referenced.has(reference.id)) problems.push({ path: ['references', index, 'id'], message: `duplicate reference '${reference.id}'` });
    referenced.add(reference.id);
  });
  snapshot.edges.forEach((edge, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!firstIndex.has(edge[end]) && !referenced.has(edge[end])) {
        problems.push({ path: ['edges', index, end], message: `no asset or reference with id '${edge[end]}'` });
      }
    }
  });
  return problems;
}

/** An asset as a snapshot holds it: `raw` is the envelope (1.2), or the legacy record (1.0, 1.1). */
const SnapshotAssetSchema = AssetSchema.extend({
  raw: z
    .union([RawEnvelopeSchema, z.unknown().describe("schemaVersion 1.0 and 1.1: the provider record, detail results under '$details'")])
    .optional()
    .describe("What the provider read for this asset (secrets removed): { record, details } from 1.2; converted on read from 1.0 and 1.1"),
}).describe('One inventoried cloud resource');

/** 1.2 `raw` must be the envelope: the union above also admits the legacy shape. */
function envelopeProblems(snapshot: { schemaVersion: string; assets: readonly { raw?: unknown }[] }): z.core.$ZodRawIssue[] {
  if (LEGACY_RAW_VERSIONS.includes(snapshot.schemaVersion)) return [];
  return snapshot.assets.flatMap((asset, index) => {
    if (asset.raw === undefined) return [];
    const checked = RawEnvelopeSchema.safeParse(asset.raw);
    if (checked.success) return [];
    const hint = `schemaVersion ${snapshot.schemaVersion} raw is { record, details? }`;
    return checked.error.issues.map((issue) => ({ code: 'custom', path: ['assets', index, 'raw', ...issue.path], message: `${issue.message} (${hint})` }) as z.core.$ZodRawIssue);
  });
}

export const SnapshotSchema = z
  .object({
    schemaVersion: SchemaVersionSchema,
    generatedAt: z.iso.datetime({ offset: true }).optional().describe('When the inventory was taken (ISO 8601 date-time)'),
    generator: GeneratorSchema.optional(),
    sources: z.array(z.string()).optional().describe('Where the inventory came from, e.g. aws:111122223333, azure:<subscription id>'),
    accounts: z.array(AccountSchema).optional().describe('Accounts and subscriptions scanned, with their names (1.4)'),
    assets: z.array(SnapshotAssetSchema).describe('Inventoried resources; ids are unique'),
    edges: z.array(EdgeSchema).describe('Relations between assets; each end is an asset id or a reference id of this file'),
    references: z.array(ReferenceSchema).optional().describe('Resources edges point to that the inventory does not hold, and why (1.1)'),
    coverage: CoverageSchema.optional(),
    shard: ShardSchema.optional(),
  })
  .strict()
  .superRefine((snapshot, ctx) => {
    for (const problem of referenceProblems(snapshot)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
    for (const issue of envelopeProblems(snapshot)) ctx.addIssue(issue);
  })
  .transform((snapshot) => {
    const legacy = LEGACY_RAW_VERSIONS.includes(snapshot.schemaVersion);
    const assets = snapshot.assets.map(({ raw, ...asset }) => {
      const envelope = legacy ? envelopeFromLegacyRaw(raw) : (raw as RawEnvelope | undefined);
      return envelope === undefined ? asset : { ...asset, raw: envelope };
    });
    return { ...snapshot, assets };
  })
  .meta({ title: 'mlscan snapshot', description: 'An ML estate inventory: assets, the edges between them, and coverage gaps' });

export type Snapshot = z.output<typeof SnapshotSchema>;
export type SnapshotInput = z.input<typeof SnapshotSchema>;
