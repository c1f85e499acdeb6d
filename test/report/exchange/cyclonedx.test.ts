import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/index.js';
import { renderCycloneDx } from '../../../src/report/exchange/cyclonedx.js';
import { makeAsset } from '../../support/assets.js';
import { HOSTILE_NAME, HOSTILE_TAG, sampleResult } from '../sample-result.js';
import { cycloneDxValidator, joined, sampleEstateScan } from './support.js';

const validate = cycloneDxValidator();
const render = (result: ScanResult) => joined(renderCycloneDx({ result }));

interface Member {
  type?: string;
  'bom-ref': string;
  name: string;
  properties: Array<{ name: string; value: string }>;
  modelCard?: { modelParameters?: { datasets: Array<{ ref: string }> }; properties?: Array<{ name: string; value: string }> };
  data?: Array<{ type: string; name: string; classification?: string }>;
  authenticated?: boolean;
  'x-trust-boundary'?: boolean;
}
interface Bom {
  serialNumber: string;
  metadata: { timestamp: string; tools: { components: Array<{ name: string }> } };
  components: Member[];
  services: Member[];
  dependencies: Array<{ ref: string; dependsOn: string[] }>;
}
const parse = (text: string) => JSON.parse(text) as Bom;
const property = (member: Member, name: string) => member.properties.find((p) => p.name === name)?.value;

const ENDPOINT = 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring';
const MODEL = 'arn:aws:sagemaker:eu-west-1:111122223333:model/fraud-v3';
const BUCKET = 'arn:aws:s3:::training-data-raw';

/** The sample result with a model the endpoint serves, trained on the bucket, and a bucket no ML asset uses. */
function lineageResult(): ScanResult {
  const result = sampleResult();
  const endpoint = result.inventory.assets.find((a) => a.id === ENDPOINT)!;
  endpoint.facts = { authModes: ['iam'], publicNetworkAccess: true };
  endpoint.tags = { ...endpoint.tags, 'data-classification': 'confidential' };
  result.inventory.assets.push(
    makeAsset({ id: MODEL, kind: 'model', provider: 'aws', name: 'fraud-v3', facts: { registered: true, approvalStatus: 'approved' } }),
    makeAsset({ id: 'arn:aws:s3:::marketing-site', kind: 'storage', provider: 'aws', name: 'marketing-site', facts: { mlRelated: false } }),
  );
  result.inventory.edges.push({ from: ENDPOINT, to: MODEL, kind: 'serves-model' }, { from: MODEL, to: BUCKET, kind: 'trained-on' });
  return result;
}

describe('CycloneDX ML-BOM', () => {
  it('validates against the strict CycloneDX 1.6 schema', async () => {
    const bom = parse(render(lineageResult()));
    expect(await validate(bom)).toEqual([]);
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, metadata: { timestamp: '2026-11-23T03:00:02.000Z', tools: { components: [{ type: 'application', name: 'mlscan', version: '0.1.0' }] } } });
    // The validator does reject what the schema forbids.
    expect(await validate({ ...bom, components: [{ ...bom.components[0], type: 'ml-model' }] })).not.toEqual([]);
    expect(await validate({ ...bom, services: [{ ...bom.services[0], trustBoundary: true }] })).not.toEqual([]);
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('lists models with a model card, data the ML estate uses, platforms, and endpoints as services', () => {
    const bom = parse(render(lineageResult()));
    expect(bom.components.map((c) => [c.type, c['bom-ref']])).toEqual([
      ['platform', sampleResult().inventory.assets[0]!.id],
      ['data', BUCKET],
      ['machine-learning-model', MODEL],
    ]);
    const model = bom.components[2]!;
    expect(model.modelCard).toEqual({
      modelParameters: { datasets: [{ ref: BUCKET }] },
      properties: [
        { name: 'mlscan:registered', value: 'true' },
        { name: 'mlscan:approvalStatus', value: 'approved' },
      ],
    });
    expect(bom.components[1]!.data).toEqual([{ type: 'dataset', name: 'training-data-raw' }]);
    expect(bom.services).toHaveLength(1);
    expect(bom.services[0]).toMatchObject({
      'bom-ref': ENDPOINT,
      name: 'fraud-scoring',
      authenticated: true,
      'x-trust-boundary': true,
      data: [{ flow: 'bi-directional', classification: 'confidential', destination: [`${bom.serialNumber.replace('urn:uuid:', 'urn:cdx:')}/1#${encodeURIComponent(MODEL)}`] }],
    });
  });

  it('reads the data classification from the tag keys the scan was configured with, as the CSV does', () => {
    const result = lineageResult();
    result.risk = { ...result.risk, tagKeys: { owner: ['owner'], classification: ['sensitivity'] } };
    result.inventory.assets.find((a) => a.id === ENDPOINT)!.tags['sensitivity'] = 'restricted';
    result.inventory.assets.find((a) => a.id === BUCKET)!.tags = { sensitivity: 'pii', 'data-classification': 'public' };
    const bom = parse(render(result));
    expect(bom.services[0]!.data).toMatchObject([{ classification: 'restricted' }]);
    expect(bom.components.find((c) => c['bom-ref'] === BUCKET)!.data).toEqual([{ type: 'dataset', name: 'training-data-raw', classification: 'pii' }]);
  });

  it('says where each member lives, in mlscan properties, and keeps hostile names and tags as data', () => {
    const [workspace] = parse(render(lineageResult())).components;
    const asset = sampleResult().inventory.assets[0]!;
    expect(workspace!.name).toBe(HOSTILE_NAME);
    expect(property(workspace!, 'mlscan:assetId')).toBe(asset.id);
    expect(property(workspace!, 'mlscan:provider')).toBe('azure');
    expect(property(workspace!, 'mlscan:account')).toBe(asset.account);
    expect(property(workspace!, 'mlscan:region')).toBe(asset.region);
    expect(property(workspace!, 'mlscan:tag:owner')).toBe(HOSTILE_TAG);
  });

  it('has a dependency entry for every member, from the graph edges that mean "needs"', () => {
    const bom = parse(render(lineageResult()));
    expect(bom.dependencies).toEqual([
      { ref: sampleResult().inventory.assets[0]!.id, dependsOn: [] },
      { ref: ENDPOINT, dependsOn: [BUCKET, MODEL] },
      { ref: BUCKET, dependsOn: [] },
      { ref: MODEL, dependsOn: [BUCKET] },
    ]);
  });

  it('leaves out unknown auth and exposure instead of guessing', () => {
    const [endpoint] = parse(render(sampleResult())).services;
    expect(endpoint).not.toHaveProperty('authenticated');
    expect(endpoint).not.toHaveProperty('x-trust-boundary');
    const result = sampleResult();
    result.inventory.assets[1]!.facts = { authModes: ['key', 'none'] };
    expect(parse(render(result)).services[0]!.authenticated).toBe(false);
  });

  it('renders the same result byte for byte, and another scan under another serial number', () => {
    expect(render(lineageResult())).toBe(render(lineageResult()));
    const later = lineageResult();
    later.scan.startedAt = '2026-11-24T03:00:00.000Z';
    expect(parse(render(later)).serialNumber).not.toBe(parse(render(lineageResult())).serialNumber);
  });

  it('on the bundled sample estate: valid, with models, data, services and lineage dependencies', async () => {
    const { result } = await sampleEstateScan();
    const bom = parse(render(result));
    expect(await validate(bom)).toEqual([]);
    const types = new Set(bom.components.map((c) => c.type));
    expect([...types].sort()).toEqual(expect.arrayContaining(['data', 'machine-learning-model', 'platform']));
    expect(bom.services.length).toBeGreaterThan(0);
    const refs = new Set([...bom.components, ...bom.services].map((m) => m['bom-ref']));
    expect(refs.size).toBe(bom.components.length + bom.services.length);
    expect(bom.dependencies.map((d) => d.ref).sort()).toEqual([...refs].sort());
    for (const d of bom.dependencies) for (const ref of d.dependsOn) expect(refs.has(ref)).toBe(true);
    expect(bom.dependencies.some((d) => d.dependsOn.length > 0)).toBe(true);
  });
});
