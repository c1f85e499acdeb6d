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

const MARKDOWN_SIGNIFICANT = /[\\`*_[\]<>|~&]/g;
const MARKDOWN_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' };

/**
 * Text that renders literally inside a Markdown paragraph or table cell: HTML can't open a tag,
 * `|` can't end a cell, emphasis/link/code markers are backslashed, and line breaks can't start a
 * new block (a newline in a tag value would otherwise end the table row).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(MARKDOWN_SIGNIFICANT, (c) => MARKDOWN_ENTITIES[c] ?? `\\${c}`);
}

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. A cell a spreadsheet would evaluate gets a leading apostrophe (OWASP CSV
 * injection advice); a field with a comma, quote or line break is quoted with quotes doubled.
 */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
