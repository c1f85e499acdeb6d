import rule from '../../../../rules/azure/storage/blob-anonymous-access.js';
import { testRule } from '../../../support/rule-tester.js';
import type { ArmResource } from '../../../../providers/azure/arm.js';
import { armWireAsset, wire } from '../../../support/wire-assets.js';
import { azureAsset, STORAGE } from '../_support.js';

type Containers = { value: ArmResource[] };
// The recorded account stfraudtraining disallows anonymous access; its one container is private.
const PRIVATE = wire<Containers>('azure/storage/blob-containers.json');
const PUBLIC: Containers = { value: PRIVATE.value.map((c) => ({ ...c, properties: { ...c.properties, publicAccess: 'Container' } })) };
const st = (allowBlobPublicAccess: boolean | undefined, blobContainers?: Containers) =>
  armWireAsset('storage/accounts', 'storage/storage-account.json', { properties: { allowBlobPublicAccess } }, { linked: { mlRelated: true }, ...(blobContainers ? { details: { blobContainers } } : {}) });

testRule(rule, {
  valid: [{ name: 'disallowed at the account', asset: st(false) }],
  invalid: [
    { name: 'public container', asset: st(true, PUBLIC), expected: [{ status: 'fail', message: 'Storage account stfraudtraining has containers anyone on the internet can read.' }] },
    { name: 'allowed, containers private', asset: st(true, PRIVATE), expected: [{ status: 'fail', messageId: 'allowed' }] },
    { name: 'allowed, containers not readable', asset: st(true), expected: [{ status: 'fail', messageId: 'allowed' }] },
    { name: 'not set', asset: st(undefined), expected: [{ status: 'fail', messageId: 'unset' }] },
    // No ARM record at all (a snapshot without raw): a read account always carries `properties`.
    { name: 'record not visible', asset: azureAsset('storage', STORAGE, { name: 'st', facts: { mlRelated: true } }), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [
    { name: 'storage no ML asset uses', asset: armWireAsset('storage/accounts', 'storage/storage-account.json', { properties: { allowBlobPublicAccess: true } }, { linked: { mlRelated: false } }) },
  ],
});
