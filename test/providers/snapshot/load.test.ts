import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputFileError } from '../../../src/errors.js';
import { createSnapshotSource, loadSnapshot } from '../../../providers/snapshot/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mlscan-snapshot-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function asset(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `arn:aws:s3:::bucket-${n}`,
    kind: 'storage',
    provider: 'aws',
    account: '418273645091',
    region: 'eu-west-1',
    name: `bucket-${n}`,
    nativeType: 'AWS::S3::Bucket',
    ...overrides,
  };
}

function snapshot(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: '1.0',
    assets: [asset(0), asset(1), asset(2), asset(3)],
    edges: [{ from: 'arn:aws:s3:::bucket-0', to: 'arn:aws:s3:::bucket-1', kind: 'logs-to' }],
    ...overrides,
  };
}

let counter = 0;
function fileWith(text: string, ext = '.json'): string {
  const file = join(dir, `case-${counter++}${ext}`);
  writeFileSync(file, text);
  return file;
}

/** The error loadSnapshot rejects with; fails the test when it resolves. */
async function loadError(file: string): Promise<InputFileError> {
  const error = await loadSnapshot(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputFileError);
  const inputError = error as InputFileError;
  expect(inputError.message).not.toContain('\n');
  expect(inputError.message.startsWith(`${file}: `)).toBe(true);
  return inputError;
}

describe('loadSnapshot', () => {
  it('loads a minimal snapshot and fills model defaults', async () => {
    const inventory = await loadSnapshot(fileWith(JSON.stringify(snapshot())));
    expect(inventory.assets).toHaveLength(4);
    expect(inventory.assets[0]!.tags).toEqual({});
    expect(inventory.assets[0]!.facts).toEqual({});
    expect(inventory.edges).toEqual([{ from: 'arn:aws:s3:::bucket-0', to: 'arn:aws:s3:::bucket-1', kind: 'logs-to' }]);
    expect(inventory.gaps).toEqual([]);
  });

  it('reports a missing file', async () => {
    const file = join(dir, 'does-not-exist.json');
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: $: file not found`);
  });

  it('reports malformed JSON at the root', async () => {
    const file = fileWith('{ "schemaVersion": "1.0", "assets": [ }');
    const error = await loadError(file);
    expect(error.path).toBe('$');
    expect(error.problem).toMatch(/^not valid JSON \(/);
  });

  it('refuses another schemaVersion and names the supported one', async () => {
    const file = fileWith(JSON.stringify(snapshot({ schemaVersion: '2.0' })));
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: $.schemaVersion: unsupported schemaVersion "2.0"; this mlscan reads schemaVersion '1.0' or '1.1' or '1.2' or '1.3' or '1.4'`);
  });

  it('explains a schemaVersion written as a number', async () => {
    const error = await loadError(fileWith(JSON.stringify(snapshot({ schemaVersion: 1.0 }))));
    expect(error.path).toBe('$.schemaVersion');
    expect(error.problem).toBe("schemaVersion must be a string: write '1.0' in quotes");
  });

  it('refuses a file without schemaVersion', async () => {
    const { schemaVersion: _omitted, ...rest } = snapshot();
    const error = await loadError(fileWith(JSON.stringify(rest)));
    expect(error.path).toBe('$.schemaVersion');
    expect(error.problem).toBe("missing schemaVersion; this mlscan reads schemaVersion '1.0' or '1.1' or '1.2' or '1.3' or '1.4'");
  });

  it('points at an unknown asset kind', async () => {
    const doc = snapshot();
    (doc.assets as Record<string, unknown>[])[3] = asset(3, { kind: 'bucket' });
    const error = await loadError(fileWith(JSON.stringify(doc)));
    expect(error.path).toBe('$.assets[3].kind');
    expect(error.problem).toMatch(/^Invalid option: expected one of .*"storage"/);
  });

  it('points at a missing required field', async () => {
    const doc = snapshot();
    const { nativeType: _omitted, ...withoutType } = asset(2);
    (doc.assets as Record<string, unknown>[])[2] = withoutType;
    const error = await loadError(fileWith(JSON.stringify(doc)));
    expect(error.path).toBe('$.assets[2].nativeType');
  });

  it('points at an unknown field, inside facts too', async () => {
    const top = await loadError(fileWith(JSON.stringify(snapshot({ inventory: [] }))));
    expect(top.path).toBe('$');
    expect(top.problem).toBe("unknown field(s) 'inventory'");

    const doc = snapshot();
    (doc.assets as Record<string, unknown>[])[1] = asset(1, { facts: { publicRead: false, isPublic: true } });
    const nested = await loadError(fileWith(JSON.stringify(doc)));
    expect(nested.path).toBe('$.assets[1].facts');
    expect(nested.problem).toBe("unknown field(s) 'isPublic'");
  });

  it('points at a fact of the wrong type', async () => {
    const doc = snapshot();
    (doc.assets as Record<string, unknown>[])[0] = asset(0, { facts: { encryption: 'aes256' } });
    const error = await loadError(fileWith(JSON.stringify(doc)));
    expect(error.path).toBe('$.assets[0].facts.encryption');
  });

  it('points at an edge whose target is neither an asset nor a reference', async () => {
    const edges = [
      { from: 'arn:aws:s3:::bucket-0', to: 'arn:aws:s3:::bucket-1', kind: 'logs-to' },
      { from: 'arn:aws:s3:::bucket-2', to: 'arn:aws:kms:eu-west-1:418273645091:key/gone', kind: 'encrypted-by' },
    ];
    const file = fileWith(JSON.stringify(snapshot({ edges })));
    const error = await loadError(file);
    expect(error.message).toBe(`${file}: $.edges[1].to: no asset or reference with id 'arn:aws:kms:eu-west-1:418273645091:key/gone'`);
  });

  it('points at the second use of a duplicate asset id', async () => {
    const doc = snapshot();
    (doc.assets as Record<string, unknown>[])[3] = asset(1);
    const error = await loadError(fileWith(JSON.stringify(doc)));
    expect(error.path).toBe('$.assets[3].id');
    expect(error.problem).toBe("duplicate asset id 'arn:aws:s3:::bucket-1' (first at $.assets[1])");
  });

  it('refuses a generatedAt that is not an ISO date-time', async () => {
    const error = await loadError(fileWith(JSON.stringify(snapshot({ generatedAt: 'yesterday' }))));
    expect(error.path).toBe('$.generatedAt');
  });

  describe('raw envelope (1.2) and the raw of earlier versions', () => {
    const awsLegacyRaw = { Name: 'bucket-0', $details: { versioning: { Status: 'Enabled' }, policy: null } };
    const azure = (raw: unknown) => ({
      id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv',
      kind: 'key-vault',
      provider: 'azure',
      account: 's',
      region: 'westeurope',
      name: 'kv',
      nativeType: 'Microsoft.KeyVault/vaults',
      raw,
    });
    const azureLegacyRaw = { id: '/subscriptions/s/.../kv', properties: { enableRbacAuthorization: true }, $details: { diagnosticSettings: [] } };
    const rawOf = async (version: string, raws: { aws: unknown; azure: unknown }) => {
      const doc = snapshot({ schemaVersion: version, assets: [asset(0, { raw: raws.aws }), asset(1), azure(raws.azure)], edges: [] });
      return (await loadSnapshot(fileWith(JSON.stringify(doc)))).assets.map((a) => a.raw);
    };

    for (const version of ['1.0', '1.1']) {
      it(`converts ${version} raw: $details becomes details, the rest the record (AWS and Azure alike)`, async () => {
        const [aws, none, az] = await rawOf(version, { aws: awsLegacyRaw, azure: azureLegacyRaw });
        expect(aws).toEqual({ record: { Name: 'bucket-0' }, details: { versioning: { Status: 'Enabled' }, policy: null } });
        expect(none).toBeUndefined();
        expect(az).toEqual({ record: { id: '/subscriptions/s/.../kv', properties: { enableRbacAuthorization: true } }, details: { diagnosticSettings: [] } });
      });
    }

    it('keeps a 1.1 raw without $details, or not an object, as the record', async () => {
      const [aws, , az] = await rawOf('1.1', { aws: { Name: 'bucket-0' }, azure: 'free text' });
      expect(aws).toEqual({ record: { Name: 'bucket-0' } });
      expect(az).toEqual({ record: { value: 'free text' } });
    });

    it('reads a 1.2 envelope as is, and converts nothing in it', async () => {
      const envelope = { record: { Name: 'bucket-0', $details: 'a field of the record' }, details: { versioning: { Status: 'Enabled' } } };
      const [aws] = await rawOf('1.2', { aws: envelope, azure: { record: {} } });
      expect(aws).toEqual(envelope);
    });

    it('refuses a 1.2 raw that is not an envelope', async () => {
      const doc = snapshot({ schemaVersion: '1.2', assets: [asset(0, { raw: awsLegacyRaw })], edges: [] });
      const error = await loadError(fileWith(JSON.stringify(doc)));
      expect(error.path).toBe('$.assets[0].raw.record');
      expect(error.problem).toBe('Invalid input: expected record, received undefined (schemaVersion 1.2 raw is { record, details? })');
    });
  });

  it('reads YAML snapshots too', async () => {
    const yaml = "schemaVersion: '1.0'\nassets: []\nedges: []\ncoverage:\n  gaps:\n    - { provider: azure, account: sub, service: Microsoft.Insights, errorCode: AuthorizationFailed }\n";
    const inventory = await loadSnapshot(fileWith(yaml, '.yaml'));
    expect(inventory.gaps).toEqual([{ provider: 'azure', account: 'sub', service: 'Microsoft.Insights', errorCode: 'AuthorizationFailed' }]);
  });

  it('rejects the broken fixture the end-to-end test uses, in one line', async () => {
    const file = 'test/fixtures/broken-snapshot.json';
    const error = await loadError(file);
    expect(error.path).toBe('$.assets[1].kind');
  });
});

describe('createSnapshotSource', () => {
  it('names itself after the file and collects its inventory', async () => {
    const file = fileWith(JSON.stringify(snapshot()));
    const source = createSnapshotSource(file);
    expect(source.name).toBe(`snapshot:${file}`);
    const events: number[] = [];
    const inventory = await source.collect({ onProgress: (e) => events.push(e.scopesDone) });
    expect(inventory.assets.map((a) => a.id)).toEqual(['arn:aws:s3:::bucket-0', 'arn:aws:s3:::bucket-1', 'arn:aws:s3:::bucket-2', 'arn:aws:s3:::bucket-3']);
    expect(events).toEqual([1]);
  });

  it('does not read when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createSnapshotSource(join(dir, 'never-read.json')).collect({ signal: controller.signal })).rejects.toThrow(/abort/i);
  });
});
