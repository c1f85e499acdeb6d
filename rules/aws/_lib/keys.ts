import type { GraphView } from '../../../src/graph/index.js';
import type { Asset } from '../../../src/model/index.js';

/**
 * Whether a KMS key an asset names is AWS-managed: `alias/aws/...` says so by name; otherwise the
 * kms-key asset the asset is encrypted-by says (KeyManager). Undefined when the key was not read.
 */
export function keyIsAwsManaged(graph: GraphView, asset: Asset, keyRef: string): boolean | undefined {
  if (/(^|:)alias\/aws\//.test(keyRef)) return true;
  const key = namedKey(graph, asset, keyRef);
  if (!key?.facts.keyManager) return undefined;
  return key.facts.keyManager === 'provider';
}

/** The kms-key asset that `keyRef` (key id, key ARN, alias name or alias ARN) names among those `asset` is encrypted by. */
function namedKey(graph: GraphView, asset: Asset, keyRef: string): Asset | undefined {
  const tail = keyRef.split(/[:/]/).pop() ?? keyRef;
  const keys = graph.targets(asset.id, 'encrypted-by').filter((k) => k.kind === 'kms-key');
  const named = keys.find((k) => k.id === keyRef || k.id.endsWith(`/${tail}`) || k.name === keyRef || keyRef.endsWith(`:${k.name}`) || `alias/${k.name}` === keyRef || k.name === tail);
  if (named) return named;
  // Edges to an alias point at its key: with a single key edge that key is the one named. Another
  // key's answer must never stand in for a key that was not read.
  return graph.outgoing(asset.id, 'encrypted-by').length === 1 ? keys[0] : undefined;
}

