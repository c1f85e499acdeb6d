import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../../../src/package-root.js';
import type { SnapshotInput } from '../../../../providers/snapshot/schema.js';
import { serialiseSnapshot, toSnapshot } from '../../../../providers/snapshot/write.js';
import { buildAwsDev } from './aws/dev-account.js';
import { buildAwsProd } from './aws/prod-account.js';
import { buildAzureDev } from './azure/dev-subscription.js';
import { buildAzureProd } from './azure/prod-subscription.js';
import { collectAws } from './collect-aws.js';
import { collectAzure } from './collect-azure.js';
import { EstateBuilder } from './estate-builder.js';
import { AWS_DEV, AWS_PROD, AZURE_DEV, AZURE_PROD, SNAPSHOT_TIME } from './org.js';

/** Where the bundled estate lives, relative to the package root (`npm start` scans it). */
export const SAMPLE_ESTATE_PATH = 'providers/snapshot/sample/estate.json';

/** The sample's cloud records, in the shapes the providers read them, and the calls that were denied. */
export function describeEstate(): EstateBuilder {
  const b = new EstateBuilder();
  buildAwsProd(b);
  buildAwsDev(b);
  buildAzureProd(b);
  buildAzureDev(b);
  return b;
}

/**
 * The sample estate as the providers' collectors and linkers make it from the described records
 * (the same input always gives the same document, byte for byte): no fact or edge in it is one a
 * live scan could not produce.
 */
export function buildEstate(): SnapshotInput {
  const { records, gaps } = describeEstate();
  const aws = collectAws(records, gaps);
  const azure = collectAzure(records, gaps);
  const inventory = {
    accounts: [...(aws.accounts ?? []), ...(azure.accounts ?? [])],
    assets: [...aws.assets, ...azure.assets],
    edges: [...aws.edges, ...azure.edges],
    gaps: [...aws.gaps, ...azure.gaps],
  };
  return toSnapshot(inventory, {
    generatedAt: SNAPSHOT_TIME,
    generator: { name: 'mlscan sample estate builder', version: '1.0' },
    sources: [`aws:${AWS_PROD.account}`, `aws:${AWS_DEV.account}`, `azure:${AZURE_PROD.subscription}`, `azure:${AZURE_DEV.subscription}`],
  });
}

export function estateJsonText(): string {
  return serialiseSnapshot(buildEstate());
}

// Run directly (`npm run sample`, or node dist/test/providers/snapshot/sample/build-estate.js) to refresh the committed file.
// The builder lives under test/ so that it is not shipped; the estate it writes is.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = join(packageRoot(), SAMPLE_ESTATE_PATH);
  writeFileSync(target, estateJsonText());
  process.stdout.write(`wrote ${target}\n`);
}
