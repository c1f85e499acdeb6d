import { replaceHiddenCharacters } from '../text-limits.js';

/**
 * Characters XML 1.0 does not allow anywhere, even escaped: C0 controls but tab, LF and CR, lone
 * surrogates, U+FFFE and U+FFFF. A parser stops at the first one, so one planted in a cloud tag
 * would make the whole file unreadable.
 */
const NOT_XML_1_0 = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const MARKUP = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe as XML 1.0 element content or a quoted attribute value: markup characters as entities,
 * control, bidi and XML-illegal characters as U+FFFD (seen, not acted on), and line breaks kept
 * (written as `&#10;` inside attributes, where a parser would fold a raw one into a space).
 */
export function xmlText(text: string, inAttribute = false): string {
  const escaped = replaceHiddenCharacters(text).replace(NOT_XML_1_0, '\ufffd').replace(MARKUP, (c) => ENTITIES[c]!);
  return inAttribute ? escaped.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;') : escaped;
}

/** ` name="value"` for each defined attribute, in the order given. */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(String(value), true)}"`)
    .join('');
}
