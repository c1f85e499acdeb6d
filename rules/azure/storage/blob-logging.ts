import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/storage/blob-logging',
    title: 'Blob reads, writes and deletes are not logged on storage used by ML',
    family: 'logging',
    severity: 'medium',
    appliesTo: ['storage'],
    providers: ['azure'],
    rationale:
      'StorageRead/Write/Delete logs on the blob service are the only record of who read or changed training data and model files; without them exfiltration and poisoning go unseen.',
    remediation: {
      text: 'Add a diagnostic setting on the blob service (…/blobServices/default) with StorageRead, StorageWrite and StorageDelete (or category group audit) to Log Analytics.',
      cli: 'az monitor diagnostic-settings create --name mlscan-blob --resource <account-id>/blobServices/default --workspace <log-analytics-id> --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
      url: 'https://learn.microsoft.com/azure/storage/blobs/monitor-blob-storage',
    },
    controls: { 'ms-ai-risk': ['5.2.4', '5.6.1'], 'a-mlsg': ['A-MLSG-002-D005'], 'mitre-atlas': ['AML.M0024', 'AML.M0025'] },
    references: { catalog: ['AZ-ST-10'], 'azure-policy': ['b4fe1a3b-0715-4c6c-a5ea-ffc33cf823cb'], mcsb: ['LT-3'] },
    messages: {
      logged: 'Storage account {{name}} logs blob data operations.',
      unlogged: 'Storage account {{name}} does not log blob reads, writes and deletes.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'dataEventsLogged', (v) => v, { pass: 'logged', fail: 'unlogged' });
  },
});
