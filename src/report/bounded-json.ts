/**
 * JSON text of a value for one report line: nesting past `maxDepth` shows as `{…}` or `[…]`, and
 * serialising stops once `maxChars` are out, so a deep or huge raw record costs what is shown,
 * never a stack overflow or a string of hundreds of megabytes.
 */
export interface JsonBounds {
  maxChars: number;
  maxDepth: number;
}

export const EVIDENCE_BOUNDS: JsonBounds = { maxChars: 300, maxDepth: 8 };

export function boundedJson(value: unknown, bounds: JsonBounds = EVIDENCE_BOUNDS): string {
  const out = { text: '', bounds };
  write(out, value, 0);
  return out.text.length > bounds.maxChars ? `${out.text.slice(0, bounds.maxChars)}…` : out.text;
}

interface Output {
  text: string;
  bounds: JsonBounds;
}

function full(out: Output): boolean {
  return out.text.length > out.bounds.maxChars;
}

function write(out: Output, value: unknown, depth: number): void {
  const json = hasToJson(value) ? value.toJSON() : value;
  if (json === null || typeof json !== 'object') {
    out.text += scalar(json, out.bounds.maxChars);
    return;
  }
  const isArray = Array.isArray(json);
  if (depth >= out.bounds.maxDepth) {
    out.text += isArray ? '[…]' : '{…}';
    return;
  }
  out.text += isArray ? '[' : '{';
  const keys = isArray ? undefined : Object.keys(json);
  const length = keys ? keys.length : (json as unknown[]).length;
  for (let i = 0; i < length && !full(out); i++) {
    if (i) out.text += ',';
    if (keys) out.text += `${JSON.stringify(keys[i])}:`;
    write(out, keys ? (json as Record<string, unknown>)[keys[i]!] : (json as unknown[])[i], depth + 1);
  }
  out.text += isArray ? ']' : '}';
}

/** A string longer than the line is cut before it is encoded: only the part shown is worked on. */
function scalar(value: unknown, maxChars: number): string {
  if (typeof value === 'string' && value.length > maxChars) return JSON.stringify(value.slice(0, maxChars + 1));
  return JSON.stringify(value) ?? 'undefined';
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
