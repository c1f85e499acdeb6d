/**
 * Limits for the human-readable reports (HTML and Markdown). Cloud strings are written by
 * whoever controls the account: a 100 KB name made the HTML report take minutes to open, and
 * control or bidi characters can hide or reorder what a reader sees. The JSON report keeps every
 * string whole (escapeInvisibleInJson in escape.ts writes the invisible ones as escapes).
 */

/** Longest string a report line shows; an Azure resource id or an AWS ARN fits with room to spare. */
export const TEXT_MAX_CHARS = 2_000;

/**
 * C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) that can make text read in another order than it runs.
 */
// eslint-disable-next-line no-control-regex
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * U+FFFD rather than nothing, so a reader can see that something was there. A carriage return is
 * a line break (CRLF, or a lone CR that would make a terminal overwrite the line) and becomes \n.
 */
export function replaceHiddenCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(HIDDEN_CHARACTERS, '\ufffd');
}

/** `…[truncated, 102400 chars]` after the first `max` characters; the count is the original length. */
export function truncate(text: string, max = TEXT_MAX_CHARS): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in two: half an emoji is not a character.
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…[truncated, ${text.length} chars]`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Any character replaceHiddenCharacters changes (CR is in the class); tested first, as almost every string is clean. */
const NEEDS_REPLACING = new RegExp(HIDDEN_CHARACTERS.source);

/** What a report may show of one string: hidden characters made visible, then cut to length. */
export function displayText(text: string): string {
  if (text.length <= TEXT_MAX_CHARS && !NEEDS_REPLACING.test(text)) return text;
  return truncate(replaceHiddenCharacters(text));
}

/**
 * Every string in a view model through displayText. Objects and arrays are copied only where a
 * string changed, so a clean 100k-asset view model costs one walk and no allocation, and data the
 * view model shares with the scan result (which the JSON report writes whole) is never modified.
 */
export function displayStrings<T>(value: T): T {
  if (typeof value === 'string') return displayText(value) as T;
  if (Array.isArray(value)) return mapArray(value) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return mapObject(value as Record<string, unknown>) as T;
  }
  return value;
}

function mapArray(items: readonly unknown[]): readonly unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const next = displayStrings(items[i]);
    if (next !== items[i]) (copy ??= items.slice())[i] = next;
  }
  return copy ?? items;
}

function mapObject(record: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key in record) {
    const next = displayStrings(record[key]);
    if (next !== record[key]) (copy ??= { ...record })[key] = next;
  }
  return copy ?? record;
}
