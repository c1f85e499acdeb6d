import { readFileSync } from 'node:fs';
import { parseDocument, YAMLError } from 'yaml';
import type { z } from 'zod';
import { InputFileError } from '../errors.js';
import { findLimitBreach } from './document-limits.js';

/** `$.assets[3].facts.encryption` from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * Parses JSON or YAML text (by extension; .json is JSON, anything else YAML, which also reads
 * JSON), then checks the sanity limits of document-limits.ts. A YAML warning (an unknown tag such
 * as `!!js/function`) is an error too: the one line says so, and nothing else is printed.
 */
export function parseText(file: string, text: string): unknown {
  const data = file.endsWith('.json') ? parseJson(file, text) : parseYamlText(file, text);
  const breach = findLimitBreach(data);
  if (breach) throw new InputFileError(file, shortPath(breach.path), breach.problem);
  return data;
}

/** Where a limit broke, cut to its first levels: what a person needs to find it, on one line. */
function shortPath(path: readonly (string | number)[], keep = 8): string {
  return path.length > keep ? `${jsonPath(path.slice(0, keep))}…` : jsonPath(path);
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputFileError(file, '$', `not valid JSON (${detail})`, { cause: error });
  }
}

function parseYamlText(file: string, text: string): unknown {
  try {
    // parseDocument, unlike parse, never prints warnings through process.emitWarning.
    const document = parseDocument(text);
    const problem = document.errors[0] ?? document.warnings[0];
    if (problem) throw problem;
    return document.toJS() as unknown;
  } catch (error) {
    throw new InputFileError(file, '$', yamlProblem(error), { cause: error });
  }
}

function yamlProblem(error: unknown): string {
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (/Maximum call stack size exceeded/.test(detail)) return 'nested too deeply to read';
  const where = error instanceof YAMLError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
  return `not valid YAML${where} (${detail})`;
}

/** Validates parsed data; the first issue becomes `<file>: <path>: <message>`. */
export function validate<S extends z.ZodType>(file: string, data: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InputFileError(file, jsonPath(issue.path), describeIssue(issue));
}

export function readUserFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  return validate(file, parseText(file, readUserText(file)), schema);
}

/** The text of a file the user named; one that cannot be read is an InputFileError naming it. */
export function readUserText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, expected a file' : `cannot read (${code ?? 'error'})`;
    throw new InputFileError(file, '$', problem, { cause: error });
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/\s+/g, ' ').trim();
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  return message;
}
