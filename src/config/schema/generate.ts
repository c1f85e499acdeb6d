// The JSON Schemas of the files users write: the config file, the attestation file and the suppressions file.
// Refresh with `npm run schemas`; test/config/json-schema.test.ts fails while they are stale.
// A build script, so it may read the provider registration list (providers/index.ts): the config
// schema has one section per registered plugin. config.ts itself takes the plugins as an argument.
import { AttestationFileSchema } from '../../frameworks/index.js';
import { configSchema } from '../config.js';
import { providerPlugins } from '../../../providers/index.js';
import type { ProviderPlugin } from '../../scan/provider-plugin.js';
import { jsonSchemaText, writeIfMain, type PublishedSchema } from '../../files/json-schema.js';
import { SuppressionsFileSchema } from '../../suppressions/index.js';

/** The config file's JSON Schema: the core settings and one section per registered provider plugin. */
export function configSchemaText(plugins: readonly ProviderPlugin[] = providerPlugins): string {
  return jsonSchemaText(configSchema(plugins, 'publish'), 'input', { $id: 'urn:mlscan:config', title: 'mlscan config file' });
}

export const USER_FILE_SCHEMAS: readonly PublishedSchema[] = [
  {
    file: 'src/config/schema/config.schema.json',
    text: () => configSchemaText(),
  },
  {
    file: 'src/config/schema/attestations.schema.json',
    text: () => jsonSchemaText(AttestationFileSchema, 'input', { $id: 'urn:mlscan:attestations', title: 'mlscan attestation file' }),
  },
  {
    file: 'src/config/schema/suppressions.schema.json',
    text: () => jsonSchemaText(SuppressionsFileSchema, 'input', { $id: 'urn:mlscan:suppressions', title: 'mlscan suppressions file' }),
  },
];

writeIfMain(import.meta.url, USER_FILE_SCHEMAS);
