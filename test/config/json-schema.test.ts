import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { USER_FILE_SCHEMAS } from '../../src/config/schema/generate.js';

describe('published JSON Schemas of the files users write', () => {
  for (const schema of USER_FILE_SCHEMAS) {
    it(`${schema.file} is what the zod schema generates (npm run schemas)`, () => {
      expect(readFileSync(join(packageRoot(), schema.file), 'utf8')).toBe(schema.text());
    });
  }

  it('describes the config and attestation fields strictly', () => {
    const config = JSON.parse(USER_FILE_SCHEMAS[0]!.text()) as { additionalProperties: boolean; properties: Record<string, { description?: string }> };
    expect(config.additionalProperties).toBe(false);
    expect(Object.keys(config.properties)).toEqual(expect.arrayContaining(['snapshot', 'attestations', 'failOn', 'aws', 'azure', 'risk']));
    expect(config.properties['failOn']?.description).toMatch(/exit 1/i);
    const attestations = JSON.parse(USER_FILE_SCHEMAS[1]!.text()) as { properties: { attestations: { items: { required: string[] } } } };
    expect(attestations.properties.attestations.items.required).toEqual(['control', 'status', 'evidence', 'owner', 'date']);
  });
});
