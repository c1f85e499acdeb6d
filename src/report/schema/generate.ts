/**
 * Generates scan-result.schema.json, the published JSON Schema of the JSON report, from the zod
 * schema that validates it. Run after changing src/model: `npm run build && node
 * dist/src/report/schema/generate.js`. test/report/json-schema.test.ts fails while the committed
 * file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RESULT_SCHEMA_VERSION, ScanResultSchema } from '../../model/index.js';
import { packageRoot } from '../../package-root.js';

export const SCHEMA_FILE = join('src', 'report', 'schema', 'scan-result.schema.json');

/** The schema text exactly as committed: stable key order, two-space indent, final newline. */
export function scanResultSchemaText(): string {
  const schema = {
    $id: `urn:mlscan:scan-result:${RESULT_SCHEMA_VERSION}`,
    title: `mlscan scan result ${RESULT_SCHEMA_VERSION}`,
    description:
      'The JSON report of mlscan. schemaVersion is MAJOR.MINOR: minor versions only add optional fields or enum values; a major version changes or removes fields.',
    // The file holds what was written, defaults applied: the output side of the zod schema.
    ...z.toJSONSchema(ScanResultSchema, { io: 'output', unrepresentable: 'any' }),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = join(packageRoot(), SCHEMA_FILE);
  writeFileSync(file, scanResultSchemaText());
  process.stdout.write(`wrote ${file}\n`);
}
