import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseText } from '../../src/files/user-file.js';
import { InputFileError } from '../../src/errors.js';
import { MAX_NESTING_DEPTH } from '../../src/files/document-limits.js';

function problem(file: string, text: string): string {
  try {
    parseText(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as Error).message;
  }
  throw new Error('parsed without a problem');
}

describe('parseText limits', () => {
  it('refuses a JSON document nested 200,000 levels deep with one line naming where', () => {
    const deep = `{"assets":[{"raw":${'['.repeat(200_000)}${']'.repeat(200_000)}}]}`;
    expect(problem('estate.json', deep)).toBe(`estate.json: $.assets[0].raw[0][0][0][0][0]…: nested deeper than ${MAX_NESTING_DEPTH} levels`);
  });

  it('refuses YAML too deep for the parser as one line', () => {
    expect(problem('mlscan.yaml', `snapshot: ${'['.repeat(5_000)}${']'.repeat(5_000)}`)).toBe('mlscan.yaml: $: nested too deeply to read');
  });
});

describe('parseText YAML tags', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns an unknown tag such as !!js/function into the one error line, with no warning printed', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const log = vi.spyOn(console, 'warn');
    const text = 'attestations:\n  - control: !!js/function "function () { return 1 }"\n';
    expect(problem('att.yaml', text)).toBe('att.yaml: $: not valid YAML at line 2 (Unresolved tag: tag:yaml.org,2002:js/function)');
    expect(problem('att.yaml', 'owner: !vault secret/x\n')).toBe('att.yaml: $: not valid YAML at line 1 (Unresolved tag: !vault)');
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it('still reads the standard tags', () => {
    expect(parseText('a.yaml', 'a: !!str 1\nb: !!int "2"\n')).toEqual({ a: '1', b: 2 });
  });
});
