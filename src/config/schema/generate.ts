// The JSON Schemas of the files users write: the config file and the attestation file.
// Refresh with `npm run schemas`; test/config/json-schema.test.ts fails while they are stale.
import { AttestationFileSchema } from '../../frameworks/index.js';
import { ConfigSchema } from '../config.js';
import { jsonSchemaText, writeIfMain, type PublishedSchema } from '../json-schema.js';

export const USER_FILE_SCHEMAS: readonly PublishedSchema[] = [
  {
    file: 'src/config/schema/config.schema.json',
    text: () => jsonSchemaText(ConfigSchema, 'input', { $id: 'urn:mlscan:config', title: 'mlscan config file' }),
  },
  {
    file: 'src/config/schema/attestations.schema.json',
    text: () => jsonSchemaText(AttestationFileSchema, 'input', { $id: 'urn:mlscan:attestations', title: 'mlscan attestation file' }),
  },
];

writeIfMain(import.meta.url, USER_FILE_SCHEMAS);
