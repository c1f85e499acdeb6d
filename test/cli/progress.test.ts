import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../src/cli/progress.js';

describe('the progress bar with a plan', () => {
  const drawn = (estimate?: Record<string, number>) => {
    let text = '';
    const bar = createProgressBar({ isTTY: true, columns: 200, write: (chunk: string) => ((text = chunk), true) }, true, estimate);
    return (event: Parameters<typeof bar.update>[0]) => (bar.update(event), text);
  };

  it('fills by calls against the estimate, says "about", and is full only when every scope is done', () => {
    expect(drawn({ aws: 200 })({ provider: 'aws', scopesTotal: 4, scopesDone: 1, calls: 100 })).toContain('aws [##########----------] 1/4 scopes, 100 of about 200 calls');
    expect(drawn({ aws: 200 })({ provider: 'aws', scopesTotal: 4, scopesDone: 3, calls: 500 })).toContain('[###################-] 3/4 scopes, 500 of about 200 calls');
    expect(drawn({ aws: 200 })({ provider: 'aws', scopesTotal: 4, scopesDone: 4, calls: 150 })).toContain('[####################] 4/4 scopes');
  });

  it('without an estimate, fills by scopes as before', () => {
    expect(drawn()({ provider: 'aws', scopesTotal: 4, scopesDone: 1, calls: 100 })).toContain('aws [#####---------------] 1/4 scopes, 100 calls');
  });
});
