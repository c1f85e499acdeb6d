import { z } from 'zod';
import { AssetSchema, CoverageGapSchema, EdgeSchema } from '../../src/model/index.js';
import { jsonPath } from '../../src/config/user-file.js';

/** The snapshot format version this build reads and writes. */
export const SNAPSHOT_SCHEMA_VERSION = '1.0';

const SchemaVersionSchema = z
  .literal(SNAPSHOT_SCHEMA_VERSION, {
    // A newer mlscan may write a format this one cannot read; say which one it can.
    error: (issue) => {
      const supported = `this mlscan reads schemaVersion '${SNAPSHOT_SCHEMA_VERSION}'`;
      if (issue.input === undefined) return `missing schemaVersion; ${supported}`;
      // 1.0 written as a number is a common slip; say so instead of calling it another version.
      if (typeof issue.input === 'number') return `schemaVersion must be a string: write '${SNAPSHOT_SCHEMA_VERSION}' in quotes`;
      return `unsupported schemaVersion ${JSON.stringify(issue.input)}; ${supported}`;
    },
  })
  .describe(`Snapshot format version; this release reads '${SNAPSHOT_SCHEMA_VERSION}'`);

const GeneratorSchema = z
  .object({
    name: z.string().min(1).describe('Tool that wrote the snapshot, e.g. mlscan'),
    version: z.string().min(1).describe('Version of that tool'),
  })
  .strict()
  .describe('What produced the snapshot');

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
 * Problems zod's per-field checks cannot see: an asset id used twice (the graph would silently
 * keep one) and edges pointing at assets the snapshot does not hold (a path would end in nothing).
 */
export function referenceProblems(snapshot: {
  assets: readonly { id: string }[];
  edges: readonly { from: string; to: string }[];
}): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const firstIndex = new Map<string, number>();
  snapshot.assets.forEach((asset, index) => {
    const earlier = firstIndex.get(asset.id);
    if (earlier === undefined) firstIndex.set(asset.id, index);
    else problems.push({ path: ['assets', index, 'id'], message: `duplicate asset id '${asset.id}' (first at ${jsonPath(['assets', earlier])})` });
  });
  snapshot.edges.forEach((edge, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!firstIndex.has(edge[end])) problems.push({ path: ['edges', index, end], message: `no asset with id '${edge[end]}'` });
    }
  });
  return problems;
}

export const SnapshotSchema = z
  .object({
    schemaVersion: SchemaVersionSchema,
    generatedAt: z.iso.datetime({ offset: true }).optional().describe('When the inventory was taken (ISO 8601 date-time)'),
    generator: GeneratorSchema.optional(),
    sources: z.array(z.string()).optional().describe('Where the inventory came from, e.g. aws:111122223333, azure:<subscription id>'),
    assets: z.array(AssetSchema).describe('Inventoried resources; ids are unique'),
    edges: z.array(EdgeSchema).describe('Relations between assets; both ends must be asset ids in this file'),
    coverage: CoverageSchema.optional(),
  })
  .strict()
  .superRefine((snapshot, ctx) => {
    for (const problem of referenceProblems(snapshot)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  })
  .meta({ title: 'mlscan snapshot', description: 'An ML estate inventory: assets, the edges between them, and coverage gaps' });

export type Snapshot = z.output<typeof SnapshotSchema>;
export type SnapshotInput = z.input<typeof SnapshotSchema>;
