import type { ByteCheckedChunks } from './atomic-write.js';
import type { TextChunk } from './text-chunk.js';
import { replaceHiddenCharacters } from './text-limits.js';

/**
 * Escapers for the places a cloud string lands outside Handlebars' HTML escaping. Names, tags and
 * messages come from whoever controls the cloud account, so each output format neutralises the
 * characters that mean something in it.
 */

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that is safe between `<script type="application/json">` tags: no `</script>` or `<!--`
 * can form, and the line separators old JS parsers choke on are escaped. JSON.parse reads it back
 * unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (c) => SCRIPT_ESCAPES[c]!);
}

/** What JSON.stringify leaves raw but a terminal or editor would act on: DEL, C1, bidi controls. */
const JSON_INVISIBLE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with the invisible characters JSON.stringify leaves raw written as `\uXXXX` escapes
 * (it escapes C0 itself). They occur only inside strings, so JSON.parse reads the same value: the
 * JSON report keeps every character, but none can reorder or hide text on a reader's screen.
 *
 * Iterating gives the escaped chunks. The report writer (atomic-write.ts) instead encodes each
 * chunk as it is and looks for these characters in its UTF-8 bytes, which it needs anyway: a few
 * byte searches instead of a regular expression over every character; only a chunk that holds
 * one is escaped.
 */
export function escapeInvisibleInJson(chunks: Iterable<TextChunk>): ByteCheckedChunks {
  return {
    raw: chunks,
    transform: escapeInvisible,
    bytesUnchanged: (bytes) => !utf8HasInvisible(bytes),
    *[Symbol.iterator]() {
      for (const chunk of chunks) yield escapeInvisible(chunk);
    },
  };
}

function escapeInvisible(chunk: TextChunk): string {
  return String(chunk).replace(JSON_INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/* JSON_INVISIBLE in UTF-8: U+007F is 7F; U+0080–U+009F are C2 80–9F; U+202A–U+202E are E2 80 AA–AE;
   U+2066–U+2069 are E2 81 A6–A9. */
const DEL = 0x7f;
const C1_LEAD = 0xc2;
const C1_LAST = 0x9f;
const BIDI_EMBEDDINGS = Buffer.from([0xe2, 0x80]);
const BIDI_ISOLATES = Buffer.from([0xe2, 0x81]);

/**
 * True when UTF-8 `bytes` hold a character JSON_INVISIBLE matches. Buffer.indexOf searches in
 * native code, so each loop stops only at a lead byte pair, rare outside such text (`→` is E2 86,
 * `’` E2 80 99 is checked and passed).
 */
export function utf8HasInvisible(bytes: Buffer): boolean {
  if (bytes.indexOf(DEL) !== -1) return true;
  for (let at = bytes.indexOf(C1_LEAD); at !== -1; at = bytes.indexOf(C1_LEAD, at + 1)) {
    if (bytes[at + 1]! <= C1_LAST) return true;
  }
  return hasThird(bytes, BIDI_EMBEDDINGS, 0xaa, 0xae) || hasThird(bytes, BIDI_ISOLATES, 0xa6, 0xa9);
}

/** True when `lead` (two bytes) occurs followed by a byte in [low, high]. */
function hasThird(bytes: Buffer, lead: Buffer, low: number, high: number): boolean {
  for (let at = bytes.indexOf(lead); at !== -1; at = bytes.indexOf(lead, at + 2)) {
    const third = bytes[at + 2]!;
    if (third >= low && third <= high) return true;
  }
  return false;
}

const MARKDOWN_SIGNIFICANT = /[\\`*_[\]<>|~&]/g;
const MARKDOWN_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' };

/**
 * Text that renders literally inside a Markdown paragraph or table cell: HTML can't open a tag,
 * `|` can't end a cell, emphasis/link/code markers are backslashed, line breaks can't start a
 * new block (a newline in a tag value would otherwise end the table row), and a bare URL can't
 * become a link (see unlinkable).
 */
export function escapeMarkdown(text: string): string {
  return unlinkable(
    text.replace(/\r\n|\r|\n/g, ' ').replace(MARKDOWN_SIGNIFICANT, (c) => MARKDOWN_ENTITIES[c] ?? `\\${c}`),
  );
}

/**
 * GFM turns `scheme://…` and `www.…` into links on its own (cmark-gfm's autolink extension
 * matches the literal `:` of `://` and the literal `www.` in the source). An entity for that colon
 * and a backslash before that dot render the same characters but give the matcher nothing to
 * match. Addresses such as `user@example.com` are still linked as mailto: by GFM: not a URL a
 * cloud string can point a reader at, and no escape survives GFM's merging of text nodes.
 */
function unlinkable(text: string): string {
  return text.replace(/:(?=\/\/)/g, '&#58;').replace(/(www)\./gi, '$1\\.');
}

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula (CR arrives here as LF). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One RFC 4180 field. Control and bidi characters become U+FFFD (an ESC in a cell would reach the
 * terminal of whoever runs `cat` on the file); a cell a spreadsheet would evaluate gets a leading
 * apostrophe (OWASP CSV injection advice); a field with a comma, quote or line break is quoted
 * with quotes doubled.
 */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = typeof value === 'string' ? replaceHiddenCharacters(value) : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
