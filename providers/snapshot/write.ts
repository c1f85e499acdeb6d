import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { jsonPath } from '../../src/files/user-file.js';
import { cleanUpOnInterrupt } from '../../src/lib/interrupt-cleanup.js';
import type { Inventory } from '../../src/scan/source.js';
import type { ShardStamp } from '../../src/scan/shard.js';
import { referencesOf } from './references.js';
import { SNAPSHOT_SCHEMA_VERSION, SnapshotSchema, type SnapshotInput } from './schema.js';

const WRITE_BATCH_CHARS = 1 << 20;

export interface SnapshotMeta {
  generatedAt?: Date | string;
  generator?: { name: string; version: string };
  sources?: string[];
  /** Set by `mlscan inventory --shard`. */
  shard?: ShardStamp;
}

/** The snapshot document for an inventory, fields in a fixed order so files diff cleanly. */
export function toSnapshot(inventory: Inventory, meta: SnapshotMeta = {}): SnapshotInput {
  const generatedAt = meta.generatedAt instanceof Date ? meta.generatedAt.toISOString() : meta.generatedAt;
  const references = referencesOf(inventory);
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    ...(generatedAt !== undefined && { generatedAt }),
    ...(meta.generator !== undefined && { generator: meta.generator }),
    ...(meta.sources !== undefined && { sources: meta.sources }),
    ...(inventory.accounts?.length && { accounts: inventory.accounts }),
    assets: inventory.assets,
    edges: inventory.edges,
    ...(references.length > 0 && { references }),
    coverage: { gaps: inventory.gaps },
    ...(meta.shard !== undefined && { shard: meta.shard }),
  };
}

/**
 * The snapshot as two-space JSON with a final newline (exactly `JSON.stringify(doc, null, 2)`),
 * produced one asset or edge at a time: a large estate's document can exceed the longest string
 * V8 can hold, so it is never built whole.
 */
export function* snapshotChunks(snapshot: SnapshotInput): Generator<string> {
  const entries = Object.entries(snapshot).filter(([, value]) => value !== undefined);
  yield '{\n';
  for (const [index, [key, value]] of entries.entries()) {
    const after = index < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [i, item] of value.entries()) yield `    ${indented(item, '    ')}${i < value.length - 1 ? ',\n' : '\n'}`;
      yield `  ]${after}`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indented(value, '  ')}${after}`;
    }
  }
  yield '}\n';
}

/** JSON strings hold no raw newlines, so every newline in the output starts a new line of structure. */
function indented(value: unknown, pad: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

/** The whole document as one string: for small snapshots such as the bundled sample. */
export function serialiseSnapshot(snapshot: SnapshotInput): string {
  return [...snapshotChunks(snapshot)].join('');
}

/**
 * Writes a snapshot atomically: a temp file in the same directory (so rename stays on one file
 * system), flushed, then renamed over the target. A crash leaves the old file or the new one,
 * never half of one. The document is validated first, so mlscan never writes a file it would refuse.
 */
export async function writeSnapshot(file: string, inventory: Inventory, meta: SnapshotMeta = {}): Promise<void> {
  const snapshot = toSnapshot(inventory, meta);
  const checked = SnapshotSchema.safeParse(snapshot);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`refusing to write an invalid snapshot to ${file}: ${jsonPath(issue.path)}: ${issue.message}`);
  }
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  const forgetTemp = cleanUpOnInterrupt(() => rmSync(temp, { force: true })); // Ctrl-C leaves no .tmp
  try {
    try {
      // Batched so a 100k-asset estate is a few hundred writes, not a few hundred thousand.
      let batch = '';
      for (const chunk of snapshotChunks(snapshot)) {
        batch += chunk;
        if (batch.length >= WRITE_BATCH_CHARS) {
          await handle.write(batch, null, 'utf8');
          batch = '';
        }
      }
      await handle.write(batch, null, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    forgetTemp();
  }
}
