import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../../providers/azure/arm.js';
import { workspaces } from '../../../providers/azure/collectors/machine-learning.js';
import { storageAccounts } from '../../../providers/azure/collectors/storage.js';
import * as f from '../../fixtures/azure/estate.js';

// Absence semantics (src/model/FACTS.md): a field a full ARM GET leaves out because it is not
// configured becomes its explicit value; a record that was not read keeps the fact unknown.
describe('azure absence semantics', () => {
  const { encryption: _cmk, ...withoutEncryption } = f.workspaceProd.properties;

  it('a workspace record with no encryption block is platform-keyed', () => {
    const facts = workspaces.normalize({ ...f.workspaceProd, properties: withoutEncryption }, undefined).facts;
    expect(facts.encryption).toBe('platform');
    expect(facts.encryptionKeyId).toBeUndefined();
  });

  it('encryption status Enabled is customer-managed, Disabled platform', () => {
    expect(workspaces.normalize(f.workspaceProd, undefined).facts.encryption).toBe('platform');
    const cmk = { status: 'Enabled', keyVaultProperties: { keyVaultArmId: f.ids.kv, keyIdentifier: 'https://kv.vault.azure.net/keys/k/1' } };
    expect(workspaces.normalize({ ...f.workspaceProd, properties: { ...withoutEncryption, encryption: cmk } }, undefined).facts.encryption).toBe('cmk');
  });

  it('a record without properties (not read in full) leaves encryption unknown', () => {
    const { properties: _p, ...bare } = f.workspaceProd;
    expect(workspaces.normalize(bare, undefined).facts.encryption).toBeUndefined();
  });

  it('a workspace record without hbiWorkspace is not high business impact (documented default false)', () => {
    const { hbiWorkspace: _hbi, ...rest } = withoutEncryption;
    expect(workspaces.normalize({ ...f.workspaceProd, properties: rest }, undefined).facts.highBusinessImpact).toBe(false);
    const { properties: _p, ...bare } = f.workspaceProd;
    expect(workspaces.normalize(bare, undefined).facts.highBusinessImpact).toBeUndefined();
  });

  it('a storage account record without minimumTlsVersion accepts TLS 1.0 (documented default)', () => {
    const { minimumTlsVersion: _tls, ...rest } = f.storageProd.properties;
    expect(storageAccounts.normalize({ ...f.storageProd, properties: rest }, undefined).facts.minTlsVersion).toBe('1.0');
    expect(storageAccounts.normalize(f.storageProd, undefined).facts.minTlsVersion).toBe('1.2');
    const { properties: _p, ...bare } = f.storageProd;
    expect(storageAccounts.normalize(bare, undefined).facts.minTlsVersion).toBeUndefined();
  });

  it('Azure ML proxy resources carry their tags in properties.tags', () => {
    expect(tagsOf({ ...f.datastoreBlob, properties: { ...f.datastoreBlob.properties, tags: { DataOwner: 'claims-ds' } } })).toEqual({ DataOwner: 'claims-ds' });
    expect(tagsOf(f.workspaceProd)).toEqual({ env: 'prod', dataClassification: 'confidential' });
    expect(tagsOf(f.datastoreBlob)).toEqual({});
  });
});
