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
export function jsonSchemaText(schema: z.ZodType, io: 'input' | 'output', header: Record<string, string> = {}): string {
  const body = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify({ ...header, ...body }, null, 2)}\n`;
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
