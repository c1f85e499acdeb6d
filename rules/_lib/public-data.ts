import type { Asset, FactName } from '../../src/model/index.js';

/** What anonymous internet users can do with a storage asset's data, as far as the scan can see. */
export type PublicDataState =
  | { state: 'public'; exposure: 'readable' | 'writable' | 'readable and writable' }
  | { state: 'private' }
  | { state: 'unknown'; missing: FactName[] };

/** One visible `true` is enough to call data public; calling it private needs both sides seen. */
export function publicDataState(storage: Asset): PublicDataState {
  const { publicRead, publicWrite } = storage.facts;
  if (publicRead === true || publicWrite === true) {
    const exposure = publicRead && publicWrite ? 'readable and writable' : publicWrite ? 'writable' : 'readable';
    return { state: 'public', exposure };
  }
  const missing: FactName[] = [];
  if (publicRead === undefined) missing.push('publicRead');
  if (publicWrite === undefined) missing.push('publicWrite');
  return missing.length ? { state: 'unknown', missing } : { state: 'private' };
}
