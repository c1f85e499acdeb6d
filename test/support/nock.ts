import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';

/** Real SDK clients, nock on the wire: no real network, and every interceptor must be used. */
export function useNock(): void {
  beforeEach(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    nock.emitter.removeAllListeners('no match');
    nock.enableNetConnect();
    expect(pending, 'every interceptor must be used').toEqual([]);
  });
}
