import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { InputFileError } from '../errors.js';

/** `$.assets[3].facts.encryption` from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Parses JSON or YAML text (by extension; .json is JSON, anything else YAML, which also reads JSON). */
export function parseText(file: string, text: string): unknown {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new InputFileError(file, '$', `not valid JSON (${detail})`, { cause: error });
    }
  }
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputFileError(file, '$', `not valid YAML${where} (${detail})`, { cause: error });
  }
}

/** Validates parsed data; the first issue becomes `<file>: <path>: <message>`. */
export function validate<S extends z.ZodType>(file: string, data: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InputFileError(file, jsonPath(issue.path), describeIssue(issue));
}

export function readUserFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, expected a file' : `cannot read (${code ?? 'error'})`;
    throw new InputFileError(file, '$', problem, { cause: error });
  }
  return validate(file, parseText(file, text), schema);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/\s+/g, ' ').trim();
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  return message;
}
