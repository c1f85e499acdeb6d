import { describe, expect, it } from 'vitest';
import { displayStrings, displayText, replaceHiddenCharacters, TEXT_MAX_CHARS, truncate } from '../../src/report/text-limits.js';

describe('truncate', () => {
  it('keeps the first TEXT_MAX_CHARS characters and says how long the string was', () => {
    const long = 'n'.repeat(102_400);
    expect(truncate(long)).toBe(`${'n'.repeat(TEXT_MAX_CHARS)}…[truncated, 102400 chars]`);
    expect(truncate('short')).toBe('short');
    expect(truncate('x'.repeat(TEXT_MAX_CHARS))).toBe('x'.repeat(TEXT_MAX_CHARS));
  });

  it('never cuts a surrogate pair in two', () => {
    const text = `${'a'.repeat(TEXT_MAX_CHARS - 1)}😀${'b'.repeat(10)}`;
    expect(truncate(text)).toBe(`${'a'.repeat(TEXT_MAX_CHARS - 1)}…[truncated, ${text.length} chars]`);
  });
});

describe('replaceHiddenCharacters', () => {
  it('makes C0 (but tab and newline), DEL, C1 and bidi controls visible as U+FFFD', () => {
    const hidden = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u202a', '\u202e', '\u2066', '\u2069'];
    for (const c of hidden) expect(replaceHiddenCharacters(`a${c}b`), JSON.stringify(c)).toBe('a\ufffdb');
    expect(replaceHiddenCharacters('\u001b[31mred\u001b[0m')).toBe('\ufffd[31mred\ufffd[0m');
    expect(replaceHiddenCharacters('tab\tand\nnewline, é, 中, 😀, \u200b')).toBe('tab\tand\nnewline, é, 中, 😀, \u200b');
  });

  it('writes a carriage return as the line break it is, so it cannot overwrite a terminal line', () => {
    expect(replaceHiddenCharacters('a\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('displayStrings', () => {
  it('bounds every string of a nested structure', () => {
    const input = { rows: [{ name: '\u202eevil', tags: ['x'.repeat(TEXT_MAX_CHARS + 1)] }], count: 3 };
    expect(displayStrings(input)).toEqual({ rows: [{ name: '\ufffdevil', tags: [displayText('x'.repeat(TEXT_MAX_CHARS + 1))] }], count: 3 });
  });

  it('copies only what changed and never modifies its input (the JSON report shares it)', () => {
    const clean = { a: ['x', 'y'], b: { c: 'z' } };
    const dirty = { clean, changed: { name: 'a\u0000b' } };
    const out = displayStrings(dirty);
    expect(out).not.toBe(dirty);
    expect(out.clean).toBe(clean);
    expect(dirty.changed.name).toBe('a\u0000b');
    expect(displayStrings(clean)).toBe(clean);
  });
});
