import { describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../../providers/snapshot/schema.js';
import { toInventory } from '../../../providers/snapshot/load.js';
import { accountLabel } from '../../../src/model/index.js';
import { buildViewModel } from '../../../src/report/view-model.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { runScan } from '../../../src/scan/run-scan.js';
import { buildEstate } from './sample/build-estate.js';
import { AWS_DEV, AWS_PROD, AZURE_PROD } from './sample/org.js';

describe('the sample estate names its accounts and subscriptions', () => {
  const snapshot = SnapshotSchema.parse(buildEstate());

  it('every account and subscription that holds an asset has its name (Organizations, IAM alias, subscription display name)', () => {
    const inAssets = new Set(snapshot.assets.map((a) => a.account));
    const named = new Map((snapshot.accounts ?? []).map((a) => [a.id, a.name]));
    expect([...inAssets].filter((id) => !named.get(id))).toEqual([]);
    expect(named.get(AWS_PROD.account)).toBe('harbourline-ml-prod');
    expect(named.get(AWS_DEV.account)).toBe('harbourline-ds-sandbox');
    expect(named.get(AZURE_PROD.subscription)).toBe('Harbourline ML Platform - Production');
  });

  it('a scan of it shows "name (id)" in the report', async () => {
    const inventory = toInventory(snapshot);
    const { result } = await runScan({ sources: [{ name: 'sample', collect: async () => inventory }], rules: [] });
    const md = [...renderMarkdown(buildViewModel(result, { ruleMeta: new Map() }))].join('');
    for (const account of result.accounts!) expect(md).toContain(accountLabel(account.id, account));
    expect(md).toContain(`harbourline-ml-prod (${AWS_PROD.account})`);
  });
});
