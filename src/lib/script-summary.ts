import { createHash } from 'node:crypto';
import { findSecrets, type SecretFound } from './secrets.js';

/**
 * What is kept of a script or a command line (setup scripts, lifecycle configurations, job
 * commands, container entrypoints): never the text, only enough to tell two versions apart and
 * what a rule could judge ("holds an AWS access key on line 3").
 */
export interface ScriptSummary {
  /** SHA-256 (hex) of the text as the cloud returned it; string parts are joined with newlines. */
  sha256: string;
  length: number;
  /** Secret kinds found and their 1-based lines, in the decoded text when the value was base64. */
  secrets: SecretFound[];
}

const MAX_PARTS_DEPTH = 64;
const BASE64 = /^[A-Za-z0-9+/\r\n]+={0,2}\s*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The summary of a script-shaped value: a string, a list of arguments, or records holding them. */
export function summariseScript(value: unknown): ScriptSummary {
  const parts = stringParts(value);
  const text = parts.join('\n');
  return {
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    length: text.length,
    secrets: findSecrets(parts.map(decodedText).join('\n')),
  };
}

/** Every string (or number) below `value`, in order, iteratively (a hostile record may nest deeply). */
function stringParts(value: unknown): string[] {
  const out: string[] = [];
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') out.push(String(v));
    else if (v !== null && typeof v === 'object' && depth < MAX_PARTS_DEPTH) {
      const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ value: children[i], depth: depth + 1 });
    }
  }
  return out;
}

/** Base64 script bodies (Azure `scriptData`, SageMaker lifecycle `Content`) are searched decoded. */
function decodedText(text: string): string {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 8 || compact.length % 4 !== 0 || !BASE64.test(text)) return text;
  try {
    const decoded = utf8.decode(Buffer.from(compact, 'base64'));
    return /[\u0000-\u0008\u000e-\u001f]/.test(decoded) ? text : decoded;
  } catch {
    return text;
  }
}
