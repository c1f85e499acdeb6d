import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

const WILDCARD = /[*?[]/;

/**
 * `--snapshot 'shards/*.json'`: a pattern in the last part of a path (`*`, `?`, `[abc]`) stands for
 * the matching files of that folder, in name order, so a scan reads every shard of a run without
 * the shell expanding it (quoted in CI, or written in a config file). A path without a wildcard is
 * kept as given; a pattern matching nothing, or with a wildcard in a folder name, is a UsageError.
 */
export function expandSnapshotPatterns(patterns: readonly string[]): string[] {
  return patterns.flatMap((pattern) => {
    const name = basename(pattern);
    if (!WILDCARD.test(name)) {
      if (WILDCARD.test(pattern)) throw new UsageError(`--snapshot '${pattern}': a wildcard may only stand in the file name, not in a folder`);
      return [pattern];
    }
    const folder = dirname(pattern);
    if (WILDCARD.test(folder)) throw new UsageError(`--snapshot '${pattern}': a wildcard may only stand in the file name, not in a folder`);
    const matcher = patternRegExp(name);
    let names: string[];
    try {
      names = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile() && matcher.test(e.name)).map((e) => e.name);
    } catch {
      throw new UsageError(`--snapshot '${pattern}': cannot read the folder ${folder}`);
    }
    if (names.length === 0) throw new UsageError(`--snapshot '${pattern}': no file matches`);
    return names.sort().map((n) => join(folder, n));
  });
}

/** `*` any run of characters, `?` one character, `[…]` a class; everything else literal. Hidden files match only a pattern starting with `.`. */
function patternRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[' && pattern.indexOf(']', i + 2) > 0) {
      const end = pattern.indexOf(']', i + 2);
      const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
      source += `[${body}]`;
      i = end;
    } else source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${pattern.startsWith('.') ? '' : '(?!\\.)'}${source}$`);
}
