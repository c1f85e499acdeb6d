import { summariseScript } from './script-summary.js';
import { isReferenceKey, isSecretKey, REDACTED, redactText } from './secrets.js';

/**
 * Which fields of a record are kept: `true` keeps the whole subtree, an object keeps only the keys
 * it names (`'*'` stands for any key, for maps such as outbound rules). Arrays are transparent:
 * their elements are kept with the tree of the array's key.
 */
export type KeepTree = true | { readonly [key: string]: KeepTree };

/** Records nested deeper than this are not data anyone reads: the subtree is dropped for a marker. */
export const MAX_DEPTH = 64;
export const TOO_DEEP = `[dropped: nested deeper than ${MAX_DEPTH} levels]`;
export const REPEATED = '[dropped: repeated reference]';

/** Scripts and command lines: only their hash, length and the kinds of secret they hold are kept. */
const SCRIPT_KEYS = new Set([
  'scriptdata',
  'scriptarguments',
  'command',
  'commands',
  'commandline',
  'args',
  'arguments',
  'entrypoint',
  'containerentrypoint',
  'containerarguments',
  'oncreate',
  'onstart',
  'content',
  'userdata',
]);
/** Environment maps carry credentials under any name: keys are kept, every value goes. */
const ENV_KEYS = new Set(['environment', 'environmentvariables', 'environment_variables', 'env', 'envvars']);
/** Maps whose keys the user chose: a key that so much as hints at a secret loses its value. */
const USER_MAPS = new Set(['hyperparameters', 'statichyperparameters', 'customermetadataproperties']);

interface Context {
  keep: KeepTree;
  /** Key the value sits under (array elements inherit their array's). */
  key: string;
  depth: number;
  /** Inside an object named for a secret (`credentials`, `secrets`): strings go unless they only describe it. */
  secret: boolean;
  userMap: boolean;
}

interface Fill {
  from: object;
  to: Record<string, unknown> | unknown[];
  ctx: Context;
}

/**
 * A JSON-safe copy of `value` holding only the fields `keep` names, with secrets removed at any
 * depth: values under secret-named keys, environment map values, scripts and command lines
 * (summarised), and every credential-shaped substring (src/lib/secrets.ts). Iterative, so a
 * record nested 200,000 levels deep costs a marker, not a stack overflow.
 */
export function scrubRecord(value: unknown, keep: KeepTree = true): unknown {
  const work: Fill[] = [];
  const seen = new WeakSet<object>();
  const root = convert(value, { keep, key: '', depth: 0, secret: false, userMap: false }, work, seen);
  while (work.length > 0) fill(work.pop()!, work, seen);
  return root;
}

/**
 * True when `scrubRecord(value)` (keep everything) would be written as the same JSON text as
 * `value`, decided without the copy: a plain object whose keys are all ordinary (no secret,
 * script, environment or user-map name, written as they are) and whose values are booleans,
 * null, finite numbers, strings without a credential shape, or flat arrays of those. False means
 * "not known": the caller scrubs. Report rows call this for each finding's evidence.
 */
export function scrubKeepsFlatRecord(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    const info = keyInfo(key);
    if (key === '$metadata' || info.name !== key || info.script || info.env || info.secret || info.userMap) return false;
    const v = (value as Record<string, unknown>)[key];
    if (Array.isArray(v) ? !v.every(keptAsIs) : !keptAsIs(v)) return false;
  }
  return true;
}

/** A leaf outside a secret-named object that scrubbing leaves exactly as it is. */
function keptAsIs(v: unknown): boolean {
  switch (typeof v) {
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v);
    case 'string':
      return redactText(v) === v;
    default:
      return v === null;
  }
}

/** The envelope shape of src/model/raw.ts (structural: lib does not import the model). */
export interface ScrubbedEnvelope {
  record: Record<string, unknown>;
  details?: Record<string, unknown>;
}

/**
 * `scrubRecord` for a raw envelope: the record keeps what `keep` names, the details what its
 * `$details` subtree names (`true` keeps both whole). A record that is not an object is kept as
 * `{ value }`; details are left out when none were read or none are allowed.
 */
export function scrubEnvelope(record: unknown, details: Record<string, unknown> | undefined, keep: KeepTree = true): ScrubbedEnvelope {
  const { $details: detailKeep, ...recordKeep } = keep === true ? { $details: true as KeepTree } : keep;
  const scrubbed = scrubRecord(record, keep === true ? true : recordKeep);
  const out: ScrubbedEnvelope = { record: isPlainObject(scrubbed) ? scrubbed : scrubbed === undefined ? {} : { value: scrubbed } };
  if (details && Object.keys(details).length > 0 && detailKeep !== undefined) out.details = scrubRecord(details, detailKeep) as Record<string, unknown>;
  return out;
}

function fill({ from, to, ctx }: Fill, work: Fill[], seen: WeakSet<object>): void {
  const depth = ctx.depth + 1;
  if (Array.isArray(from)) {
    const out = to as unknown[];
    const elements = { ...ctx, depth };
    for (const element of from) out.push(convert(element, elements, work, seen) ?? null);
    return;
  }
  const out = to as Record<string, unknown>;
  for (const [key, v] of Object.entries(from)) {
    if (v === undefined || key === '$metadata') continue;
    const keep = ctx.keep === true ? true : (ctx.keep[key] ?? ctx.keep['*']);
    if (keep === undefined) continue;
    const converted = child(key, v, { keep, key, depth, secret: ctx.secret, userMap: false }, ctx.userMap, work, seen);
    if (converted !== undefined) out[keyInfo(key).name] = converted;
  }
}

function child(key: string, v: unknown, ctx: Context, inUserMap: boolean, work: Fill[], seen: WeakSet<object>): unknown {
  const info = keyInfo(key);
  if (info.script) return v === null ? null : summariseScript(v);
  if (info.env && isPlainObject(v)) return Object.fromEntries(Object.keys(v).map((k) => [keyInfo(k).name, REDACTED]));
  if ((inUserMap ? info.userSecret : info.secret) || (info.env && Array.isArray(v))) {
    if (v === null || typeof v === 'boolean') return v;
    if (typeof v !== 'object') return REDACTED;
    return convert(v, { ...ctx, secret: true }, work, seen);
  }
  return convert(v, info.userMap ? { ...ctx, userMap: true } : ctx, work, seen);
}

interface KeyInfo {
  /** The key as written out: keys of user maps (tags, environments) are text like any other. */
  name: string;
  script: boolean;
  env: boolean;
  secret: boolean;
  /** Secret in a map whose keys the user chose. */
  userSecret: boolean;
  userMap: boolean;
  reference: boolean;
}

/** Key names repeat across records: each is judged once (the cache is bounded). */
const KEY_INFO = new Map<string, KeyInfo>();

function keyInfo(key: string): KeyInfo {
  let info = KEY_INFO.get(key);
  if (!info) {
    const lower = key.toLowerCase();
    info = {
      name: redactText(key),
      script: SCRIPT_KEYS.has(lower),
      env: ENV_KEYS.has(lower),
      secret: isSecretKey(key),
      userSecret: isSecretKey(key, { userChosen: true }),
      userMap: USER_MAPS.has(lower),
      reference: isReferenceKey(key),
    };
    if (KEY_INFO.size >= 20_000) KEY_INFO.clear();
    KEY_INFO.set(key, info);
  }
  return info;
}

/** A leaf's JSON-safe value, or an empty container queued to be filled. */
function convert(value: unknown, ctx: Context, work: Fill[], seen: WeakSet<object>): unknown {
  switch (typeof value) {
    case 'string':
      return ctx.secret && !keyInfo(ctx.key).reference ? REDACTED : redactText(value);
    case 'number':
    case 'bigint':
      if (ctx.secret && !keyInfo(ctx.key).reference) return REDACTED;
      return typeof value === 'bigint' ? value.toString() : Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (ArrayBuffer.isView(value)) return `[binary: ${value.byteLength} bytes]`;
  if (ctx.depth >= MAX_DEPTH) return TOO_DEEP;
  if (seen.has(value)) return REPEATED;
  seen.add(value);
  const to: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  work.push({ from: value, to, ctx });
  return to;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !ArrayBuffer.isView(v);
}
