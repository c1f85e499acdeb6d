/**
 * The glob dialect of suppressions, small on purpose:
 * - `**` matches any characters, `/` included;
 * - `*` matches any characters except `/` (so in an ARN it may cross `:`, as in IAM policies, but
 *   not the `/` between an ARN's resource type and name, nor the parts of an Azure resource id);
 * - `?` matches one character except `/`;
 * - everything else, `[`, `{` and `\` included, is literal. A pattern without wildcards is an exact match.
 * With `anySeparator` (tag values), `*` and `?` cross `/` too: a tag value has no parts.
 */
export interface GlobOptions {
  /** Letter case is ignored (Azure resource ids, subscription ids and tag keys are case-insensitive). */
  caseInsensitive?: boolean;
  anySeparator?: boolean;
}

export type GlobMatcher = (value: string) => boolean;

const cache = new Map<string, RegExp>();

export function globToRegExp(pattern: string, options: GlobOptions = {}): RegExp {
  const key = `${options.caseInsensitive ? 'i' : ''}${options.anySeparator ? 'a' : ''}:${pattern}`;
  let regexp = cache.get(key);
  if (!regexp) {
    const one = options.anySeparator ? '.' : '[^/]';
    const source = pattern
      .split('**')
      .map((part) => part.split('*').map((piece) => piece.split('?').map(escapeRegExp).join(one)).join(`${one}*`))
      .join('.*');
    regexp = new RegExp(`^${source}$`, options.caseInsensitive ? 'is' : 's');
    cache.set(key, regexp);
  }
  return regexp;
}

export function globMatcher(pattern: string, options: GlobOptions = {}): GlobMatcher {
  const regexp = globToRegExp(pattern, options);
  return (value) => regexp.test(value);
}

export function hasWildcard(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
