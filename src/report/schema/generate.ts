/**
 * Generates scan-result.schema.json, the published JSON Schema of the JSON report, from the zod
 * schema that validates it. Run after changing src/model: `npm run schemas`.
 * test/report/json-schema.test.ts fails while the committed file is stale.
 */
import { join } from 'node:path';
import { FrameworkIdSchema, RESULT_SCHEMA_VERSION, ScanResultSchema } from '../../model/index.js';
import { FRAMEWORK_IDS } from '../../frameworks/index.js';
import { jsonSchemaText, publishAsEnum, writeIfMain } from '../../files/json-schema.js';

export const SCHEMA_FILE = join('src', 'report', 'schema', 'scan-result.schema.json');

/** The schema text exactly as committed. The file holds what was written: the output side. */
export function scanResultSchemaText(): string {
  return jsonSchemaText(ScanResultSchema, 'output', {
    $id: `urn:mlscan:scan-result:${RESULT_SCHEMA_VERSION}`,
    title: `mlscan scan result ${RESULT_SCHEMA_VERSION}`,
    description:
      'The JSON report of mlscan. schemaVersion is MAJOR.MINOR: minor versions only add optional fields or enum values; a major version changes or removes fields.',
  }, publishAsEnum(FrameworkIdSchema, FRAMEWORK_IDS));
}

writeIfMain(import.meta.url, [{ file: SCHEMA_FILE, text: scanResultSchemaText }]);
