import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { packageRoot } from '../package-root.js';

export interface PublishedSchema {
  /** Path of the committed file, relative to the package root. */
  file: string;
  /** The file's text: stable key order, two-space indent, final newline. */
  text(): string;
}

/**
 * JSON Schema text for a zod schema. `io: 'input'` describes what a person writes (defaults may
 * be omitted); `'output'` what mlscan writes (defaults applied).
 */
export function jsonSchemaText(schema: z.ZodType, io: 'input' | 'output', header: Record<string, string> = {}, override?: SchemaOverride): string {
  const body = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any', ...(override ? { override } : {}) });
  return `${JSON.stringify({ ...header, ...body }, null, 2)}\n`;
}

type SchemaOverride = NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'];

/**
 * Publishes an open string schema (e.g. a framework id, whose values come from a registry the model
 * cannot import) as an enum of the values registered when the schema is generated.
 */
export function publishAsEnum(schema: z.ZodType, values: readonly string[]): SchemaOverride {
  return (ctx) => {
    if ((ctx.zodSchema as unknown) !== schema) return;
    const json = ctx.jsonSchema as Record<string, unknown>;
    delete json.pattern;
    json.enum = [...values];
  };
}

/** Writes the published schemas when `moduleUrl` is the script node was started with. */
export function writeIfMain(moduleUrl: string, schemas: readonly PublishedSchema[]): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  for (const schema of schemas) {
    const target = join(packageRoot(), schema.file);
    writeFileSync(target, schema.text());
    process.stdout.write(`wrote ${target}\n`);
  }
}
