/**
 * A CycloneDX 1.6 ML-BOM ("AI BOM") of the estate: what models there are, what data they were
 * trained on and stored in, what serves them and where each lives.
 *
 * - Models and model versions are `machine-learning-model` components with a model card (the
 *   datasets they were trained on, registration, approval, lineage and encryption facts).
 * - Datasets, datastores, feature stores, knowledge bases, and storage ML uses (`usedByMl`, the one
 *   definition) are `data` components; workspaces, compute, notebooks and registries `platform`;
 *   training jobs, pipelines and guardrails `application`. Other infrastructure is left out.
 * - Endpoints, deployments and agents are `services` (authenticated, x-trust-boundary, data flows
 *   to the models they serve as BOM-links).
 * - `bom-ref` is the asset id; `mlscan:provider|account|region|assetId|kind|nativeType` properties
 *   say where it lives, `mlscan:tag:<key>` its tags.
 * - `dependencies` come from the graph's edges that read "needs": serves-model, version-of, the
 *   lineage edges (trained-on, produced-by), stored-in, uses-storage, retrieves-from, filtered-by.
 *   Every member is listed, with an empty dependsOn when it has none, as the spec asks.
 * - serialNumber is a name-based UUID of the scan and the timestamp is its finish time: the same
 *   result renders the same bytes.
 */
import { DEFAULT_CLASSIFICATION_KEYS, usedByMl, type Asset, type EdgeKind, type ScanResult } from '../../model/index.js';
import { AssetGraph, LINEAGE_EDGES } from '../../graph/index.js';
import { jsonArray, scanUuid } from './common.js';
import { accountNames } from '../account-names.js';
import { COMPONENT_TYPE, SERVICE_KINDS, component, service, type MemberContext } from './cyclonedx-members.js';

export const CYCLONEDX_SPEC_VERSION = '1.6';

const DEPENDENCY_EDGES: readonly EdgeKind[] = ['serves-model', 'version-of', ...LINEAGE_EDGES, 'stored-in', 'uses-storage', 'retrieves-from', 'filtered-by'];

export interface CycloneDxInput {
  result: ScanResult;
}

export function* renderCycloneDx({ result }: CycloneDxInput): Generator<string> {
  const graph = new AssetGraph(result.inventory.assets, result.inventory.edges, result.coverage.gaps);
  const members = bomMembers(result.inventory.assets, graph);
  const uuid = scanUuid(result);
  const context = memberContext(graph, members, uuid, accountNames(result), result.risk.tagKeys?.classification ?? DEFAULT_CLASSIFICATION_KEYS);
  const components = members.filter((asset) => !SERVICE_KINDS.has(asset.kind));
  const services = members.filter((asset) => SERVICE_KINDS.has(asset.kind));
  const head = {
    $schema: `http://cyclonedx.org/schema/bom-${CYCLONEDX_SPEC_VERSION}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion: CYCLONEDX_SPEC_VERSION,
    serialNumber: `urn:uuid:${uuid}`,
    version: 1,
    metadata: metadataOf(result),
  };
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "components": `;
  yield* jsonArray(components, (asset) => component(asset, COMPONENT_TYPE[asset.kind]!, context), '    ');
  yield ',\n  "services": ';
  yield* jsonArray(services, (asset) => service(asset, context), '    ');
  yield ',\n  "dependencies": ';
  yield* jsonArray(members, (asset) => ({ ref: asset.id, dependsOn: dependenciesOf(asset, graph, context) }), '    ');
  yield '\n}\n';
}

/** The assets the BOM lists, once each, in inventory order. */
function bomMembers(assets: readonly Asset[], graph: AssetGraph): Asset[] {
  const seen = new Set<string>();
  return assets.filter((asset) => {
    if (seen.has(asset.id)) return false;
    const listed = SERVICE_KINDS.has(asset.kind) || (COMPONENT_TYPE[asset.kind] !== undefined && (asset.kind !== 'storage' || usedByMl(asset, graph)));
    if (listed) seen.add(asset.id);
    return listed;
  });
}

function memberContext(graph: AssetGraph, members: readonly Asset[], uuid: string, names: ReadonlyMap<string, string>, classificationKeys: readonly string[]): MemberContext {
  const ids = new Set(members.map((asset) => asset.id));
  const dataRefs = new Set(members.filter((asset) => COMPONENT_TYPE[asset.kind] === 'data').map((asset) => asset.id));
  return {
    dataRefs,
    isMember: (id) => ids.has(id),
    targets: (id, kind) => graph.outgoing(id, kind).map((edge) => edge.to),
    bomLink: (ref) => `urn:cdx:${uuid}/1#${encodeURIComponent(ref)}`,
    accountName: (account) => names.get(account.toLowerCase()),
    classificationKeys,
  };
}

function dependenciesOf(asset: Asset, graph: AssetGraph, context: MemberContext): string[] {
  const targets = new Set(DEPENDENCY_EDGES.flatMap((kind) => graph.outgoing(asset.id, kind).map((edge) => edge.to)).filter((id) => id !== asset.id && context.isMember(id)));
  return [...targets].sort();
}

function metadataOf(result: ScanResult): Record<string, unknown> {
  return {
    timestamp: result.scan.finishedAt,
    tools: { components: [{ type: 'application', name: 'mlscan', version: result.tool.version }] },
    properties: [
      { name: 'mlscan:startedAt', value: result.scan.startedAt },
      { name: 'mlscan:partial', value: String(result.scan.partial) },
      ...result.scan.sources.map((source) => ({ name: 'mlscan:source', value: source })),
    ],
  };
}
