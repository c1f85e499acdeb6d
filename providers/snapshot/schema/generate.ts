import { jsonSchemaText, writeIfMain } from '../../../src/files/json-schema.js';
import { SnapshotSchema } from '../schema.js';

/** Where the published schema lives, relative to the package root (shipped in the npm package). */
export const SNAPSHOT_JSON_SCHEMA_PATH = 'providers/snapshot/schema/snapshot.schema.json';

/**
 * The JSON Schema of the snapshot format, as text. `io: 'input'` describes what a person or tool
 * may write (tags and facts may be omitted), not what the loader returns after defaults.
 */
export function snapshotJsonSchemaText(): string {
  return jsonSchemaText(SnapshotSchema, 'input');
}

// Run directly (`npm run schemas`) to refresh the committed file.
writeIfMain(import.meta.url, [{ file: SNAPSHOT_JSON_SCHEMA_PATH, text: snapshotJsonSchemaText }]);
