import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Inventory } from '../../../src/scan/source.js';
import { loadSnapshot, readSnapshot, serialiseSnapshot, toSnapshot, writeSnapshot } from '../../../providers/snapshot/index.js';
import { buildEstate } from './sample/build-estate.js';

const dir = mkdtempSync(join(tmpdir(), 'mlscan-snapshot-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEY = 'arn:aws:kms:eu-west-1:418273645091:key/6e1f3c2a-84b7-4d09-a5f1-2c9e7b3d8a41';
const BUCKET = 'arn:aws:s3:::harbourline-ml-artifacts-prod';

function inventory(): Inventory {
  return {
    assets: [
      {
        id: BUCKET,
        kind: 'storage',
        provider: 'aws',
        account: '418273645091',
        region: 'eu-west-1',
        name: 'harbourline-ml-artifacts-prod',
        nativeType: 'AWS::S3::Bucket',
        tags: { DataClassification: 'Confidential', note: '<script>alert("tag")</script>' },
        facts: { publicRead: false, encryption: 'cmk', encryptionKeyId: KEY },
        raw: { record: { Name: 'harbourline-ml-artifacts-prod' }, details: { versioning: { Status: 'Enabled' } } },
      },
      {
        id: KEY,
        kind: 'kms-key',
        provider: 'aws',
        account: '418273645091',
        region: 'eu-west-1',
        name: 'ml-platform-prod',
        nativeType: 'AWS::KMS::Key',
        facts: { keyRotation: true },
      },
    ],
    edges: [{ from: BUCKET, to: KEY, kind: 'encrypted-by' }],
    gaps: [{ provider: 'aws', account: '736194028517', region: 'us-east-1', service: 'cloudtrail', errorCode: 'AccessDeniedException', kinds: ['audit-trail'] }],
  };
}

describe('writeSnapshot', () => {
  it('round-trips through loadSnapshot', async () => {
    const file = join(dir, 'round-trip.json');
    await writeSnapshot(file, inventory(), {
      generatedAt: new Date('2026-11-20T06:00:00.000Z'),
      generator: { name: 'mlscan', version: '0.1.0' },
      sources: ['aws:418273645091'],
    });
    const loaded = await loadSnapshot(file);
    expect(loaded.edges).toEqual(inventory().edges);
    expect(loaded.gaps).toEqual(inventory().gaps);
    expect(loaded.assets[0]).toEqual(inventory().assets[0]);
    // The key was written without tags; the loader gives it the model default.
    expect(loaded.assets[1]!.tags).toEqual({});

    const snapshot = readSnapshot(file);
    expect(snapshot.schemaVersion).toBe('1.4');
    expect(snapshot.generatedAt).toBe('2026-11-20T06:00:00.000Z');
    expect(snapshot.generator).toEqual({ name: 'mlscan', version: '0.1.0' });
    expect(snapshot.sources).toEqual(['aws:418273645091']);
  });

  it('writes stable two-space JSON with a final newline, fields in a fixed order', async () => {
    const file = join(dir, 'stable.json');
    await writeSnapshot(file, inventory(), { generatedAt: '2026-11-20T06:00:00.000Z' });
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schemaVersion": "1.4",\n  "generatedAt": "2026-11-20T06:00:00.000Z",\n  "assets": [\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['schemaVersion', 'generatedAt', 'assets', 'edges', 'coverage']);
  });

  it('streams exactly what JSON.stringify would write, empty arrays and all', () => {
    const sample = buildEstate();
    expect(serialiseSnapshot(sample)).toBe(`${JSON.stringify(sample, null, 2)}\n`);
    const empty = toSnapshot({ assets: [], edges: [], gaps: [] }, { sources: [] });
    expect(serialiseSnapshot(empty)).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });

  it('writes a snapshot larger than one write batch intact', async () => {
    const file = join(dir, 'large.json');
    const big = inventory();
    const template = big.assets[0]!;
    for (let i = 0; i < 3000; i++) big.assets.push({ ...template, id: `arn:aws:s3:::bulk-${i}`, name: `bulk-${i}`, raw: { record: { padding: 'x'.repeat(400) } } });
    await writeSnapshot(file, big);
    const loaded = await loadSnapshot(file);
    expect(loaded.assets).toHaveLength(3002);
    expect(loaded.assets[3001]!.id).toBe('arn:aws:s3:::bulk-2999');
  });

  it('replaces an existing file and leaves no temp file behind', async () => {
    const file = join(dir, 'replace.json');
    writeFileSync(file, 'old contents');
    await writeSnapshot(file, inventory());
    expect(readFileSync(file, 'utf8')).not.toContain('old contents');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an invalid inventory and keeps the previous file intact', async () => {
    const file = join(dir, 'kept.json');
    await writeSnapshot(file, inventory());
    const before = readFileSync(file, 'utf8');
    const broken = inventory();
    broken.assets.push({ ...broken.assets[1]!, name: 'second copy' });
    await expect(writeSnapshot(file, broken)).rejects.toThrow(`refusing to write an invalid snapshot to ${file}: $.assets[2].id: duplicate asset id '${KEY}' (first at $.assets[1])`);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps edges to resources it did not collect, each absent end a reference with its reason', async () => {
    const file = join(dir, 'references.json');
    const live = inventory();
    const otherAccountRole = 'arn:aws:iam::999988887777:role/partner-reader';
    const trailInGapAccount = 'arn:aws:cloudtrail:us-east-1:736194028517:trail/org-trail';
    const deletedKey = 'arn:aws:kms:eu-west-1:418273645091:key/0000-deleted';
    live.edges.push(
      { from: otherAccountRole, to: BUCKET, kind: 'granted-to' },
      { from: BUCKET, to: trailInGapAccount, kind: 'logs-to' },
      { from: BUCKET, to: deletedKey, kind: 'encrypted-by' },
    );
    await writeSnapshot(file, live);
    const snapshot = readSnapshot(file);
    expect(snapshot.edges).toHaveLength(4);
    // Sorted by id.
    expect(snapshot.references).toEqual([
      { id: trailInGapAccount, reason: 'not-read', detail: '1 coverage gap(s) in account 736194028517 may have hidden it, e.g. cloudtrail AccessDeniedException' },
      { id: otherAccountRole, reason: 'outside-scope', detail: 'its account or subscription 999988887777 was not scanned' },
      {
        id: deletedKey,
        reason: 'not-collected',
        detail: 'read without a coverage gap and not found: deleted, outside the scanned regions or resource groups, or a type mlscan does not collect',
      },
    ]);
    // The scan reads it back: the edges stay, the absent ends are no assets.
    const loaded = await loadSnapshot(file);
    expect(loaded.assets.map((a) => a.id)).toEqual([BUCKET, KEY]);
    expect(loaded.edges).toHaveLength(4);
  });

  it('names the subscription of an absent Azure resource case-insensitively', () => {
    const sub = '3F2504E0-4F89-11D3-9A0C-0305E82C3301';
    const vaultId = `/subscriptions/${sub.toLowerCase()}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-gone`;
    const doc = toSnapshot({
      assets: [{ id: `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st`, kind: 'storage', provider: 'azure', account: sub, region: 'westeurope', name: 'st', nativeType: 'Microsoft.Storage/storageAccounts' }],
      edges: [{ from: `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st`, to: vaultId, kind: 'encrypted-by' }],
      gaps: [{ provider: 'azure', account: sub, service: 'Microsoft.KeyVault', errorCode: 'AuthorizationFailed' }],
    });
    expect(doc.references).toEqual([{ id: vaultId, reason: 'not-read', detail: `1 coverage gap(s) in account ${sub} may have hidden it, e.g. Microsoft.KeyVault AuthorizationFailed` }]);
  });

  it('fails cleanly when the directory does not exist', async () => {
    await expect(writeSnapshot(join(dir, 'no-such-dir', 'x.json'), inventory())).rejects.toThrow(/ENOENT/);
  });
});
