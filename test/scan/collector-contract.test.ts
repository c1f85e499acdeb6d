import { describe, expect, it } from 'vitest';
import { descendantsOf, kindsFedBy, type CollectorDeclaration } from '../../src/scan/collector-contract.js';
import { IncompleteListingError, PagingStopError, recordsReadBefore } from '../../src/scan/paging-errors.js';

const tree: CollectorDeclaration[] = [
  { name: 'ml/workspaces', kind: 'workspace' },
  { name: 'ml/computes', kind: 'compute', parent: 'ml/workspaces' },
  { name: 'ml/models', kind: 'model', parent: 'ml/workspaces' },
  { name: 'ml/versions', kind: 'model-version', parent: 'ml/models' },
  { name: 'ml/tags', kind: 'model', parent: 'ml/models' },
  { name: 'storage/accounts', kind: 'storage' },
];

describe('the shared collector contract', () => {
  it('a failed listing names its own kind and every kind listed below its records, depth first, each once', () => {
    expect(descendantsOf(tree, tree[0]!).map((c) => c.name)).toEqual(['ml/computes', 'ml/models', 'ml/versions', 'ml/tags']);
    expect(kindsFedBy(tree, tree[0]!)).toEqual(['workspace', 'compute', 'model', 'model-version']);
    expect(kindsFedBy(tree, tree[5]!)).toEqual(['storage']);
  });

  it('paging stops carry the gap code; an incomplete listing carries the records read before the stop', () => {
    const stop = new PagingStopError('RepeatedPageToken', 'page 2 repeats page 1', 'ListThings');
    expect(stop).toMatchObject({ code: 'RepeatedPageToken', operation: 'ListThings', name: 'PagingStopError' });
    const listing = new IncompleteListingError(stop.code, stop.message, [{ id: 'a' }], { cause: stop });
    expect(recordsReadBefore(listing)).toEqual([{ id: 'a' }]);
    expect(recordsReadBefore(new Error('denied'))).toEqual([]);
  });
});
