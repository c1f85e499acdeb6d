import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { packageRoot } from '../../../src/package-root.js';
import { SnapshotSchema } from '../schema.js';

/** Where the published schema lives, relative to the package root (shipped in the npm package). */
export const SNAPSHOT_JSON_SCHEMA_PATH = 'providers/snapshot/schema/snapshot.schema.json';

/**
 * The JSON Schema of the snapshot format, as text. `io: 'input'` describes what a person or tool
 * may write (tags and facts may be omitted), not what the loader returns after defaults.
 */
export function snapshotJsonSchemaText(): string {
  const schema = z.toJSONSchema(SnapshotSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// Run directly (node dist/providers/snapshot/schema/generate.js) to refresh the committed file.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = join(packageRoot(), SNAPSHOT_JSON_SCHEMA_PATH);
  writeFileSync(target, snapshotJsonSchemaText());
  process.stdout.write(`wrote ${target}\n`);
}
