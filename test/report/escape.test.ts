import { describe, expect, it } from 'vitest';
import { csvField, escapeInvisibleInJson, escapeMarkdown, jsonForScript, utf8HasInvisible } from '../../src/report/escape.js';

describe('jsonForScript', () => {
  it('leaves no character that could end the script element or break the parser', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029';
    const out = jsonForScript({ name: hostile });
    expect(out).toBe('{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
    expect(JSON.parse(out)).toEqual({ name: hostile });
  });
});

describe('escapeInvisibleInJson', () => {
  it('escapes each chunk that holds DEL, C1 or bidi characters, plain ASCII and other characters kept', () => {
    const chunks = ['{"a":"plain ascii"}', '{"del":"x\u007fy"}', '{"c1":"\u0085"}', '{"bidi":"\u202eexe.txt\u2066"}', '{"name":"café 東京 😀"}'];
    expect([...escapeInvisibleInJson(chunks)]).toEqual([
      '{"a":"plain ascii"}',
      '{"del":"x\\u007fy"}',
      '{"c1":"\\u0085"}',
      '{"bidi":"\\u202eexe.txt\\u2066"}',
      '{"name":"café 東京 😀"}',
    ]);
  });
});

describe('escapeMarkdown', () => {
  it('neutralises HTML, table pipes, emphasis, code, links and line breaks', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('a | b')).toBe('a &#124; b');
    expect(escapeMarkdown('*bold* _it_ `code` ~~s~~')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~');
    expect(escapeMarkdown('[click](https://evil.example)')).toBe('\\[click\\](https&#58;//evil.example)');
    expect(escapeMarkdown('line1\nline2\r\nline3')).toBe('line1 line2 line3');
    expect(escapeMarkdown('a\\*b &amp;')).toBe('a\\\\\\*b &amp;amp;');
  });
});

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('prefixes an apostrophe to cells a spreadsheet would evaluate', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\r=x')).toBe(`"'\n=x"`); // a carriage return is written as the line break it is
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    // Numbers are our own counts, not cloud text.
    expect(csvField(-1)).toBe('-1');
  });
});

describe('escapeInvisibleInJson, checked on UTF-8 bytes by the report writer', () => {
  const regex = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  it('finds exactly the characters the escaping replaces, next to their UTF-8 neighbours', () => {
    const probes = [];
    for (let code = 0x20; code <= 0x2fff; code++) probes.push(String.fromCharCode(code));
    probes.push('→', '\u2019', '\u00a0', '😀', 'é', '\u0080\u009f');
    for (const probe of probes) {
      const text = `{"a":"x${probe}y"}`;
      expect(utf8HasInvisible(Buffer.from(text)), `U+${probe.charCodeAt(0).toString(16)}`).toBe(regex.test(text));
    }
  });

  it('gives the writer the raw chunks, their transformation and the byte check', () => {
    const escaped = escapeInvisibleInJson(['{"a":"\u202e"}']);
    expect([...escaped.raw]).toEqual(['{"a":"\u202e"}']);
    expect(escaped.transform('"\u0085"')).toBe('"\\u0085"');
    expect(escaped.bytesUnchanged(Buffer.from('"→ plain"'))).toBe(true);
    expect(escaped.bytesUnchanged(Buffer.from('"\u2067"'))).toBe(false);
  });
});
