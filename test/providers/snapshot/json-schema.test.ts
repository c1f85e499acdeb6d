import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSET_KINDS, EDGE_KINDS } from '../../../src/model/index.js';
import { packageRoot } from '../../../src/package-root.js';
import { SNAPSHOT_JSON_SCHEMA_PATH, snapshotJsonSchemaText } from '../../../providers/snapshot/schema/generate.js';

const committed = readFileSync(join(packageRoot(), SNAPSHOT_JSON_SCHEMA_PATH), 'utf8');

describe('published snapshot JSON Schema', () => {
  it('is what the zod schema generates (run providers/snapshot/schema/generate.ts after changing it)', () => {
    expect(committed).toBe(snapshotJsonSchemaText());
  });

  it('pins the version and lists every asset and edge kind', () => {
    const schema = JSON.parse(committed) as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: {
        schemaVersion: { enum: string[] };
        assets: { items: { properties: { kind: { enum: string[] } }; required: string[] } };
        edges: { items: { properties: { kind: { enum: string[] } } } };
      };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.schemaVersion.enum).toEqual(['1.0', '1.1', '1.2', '1.3', '1.4']);
    expect(schema.required).toEqual(['schemaVersion', 'assets', 'edges']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.assets.items.properties.kind.enum).toEqual([...ASSET_KINDS]);
    expect(schema.properties.edges.items.properties.kind.enum).toEqual([...EDGE_KINDS]);
    // Input schema: tags and facts may be left out by whoever writes a snapshot.
    expect(schema.properties.assets.items.required).not.toContain('tags');
    expect(schema.properties.assets.items.required).not.toContain('facts');
  });
});
