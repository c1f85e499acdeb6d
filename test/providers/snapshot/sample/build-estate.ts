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
import { EstateBuilder } from './estate-builder.js';
import { AWS_DEV, AWS_PROD, AZURE_DEV, AZURE_PROD, SNAPSHOT_TIME } from './org.js';

/** Where the bundled estate lives, relative to the package root (`npm start` scans it). */
export const SAMPLE_ESTATE_PATH = 'providers/snapshot/sample/estate.json';

/** The sample estate: the same input always gives the same document, byte for byte. */
export function buildEstate(): SnapshotInput {
  const b = new EstateBuilder();
  buildAwsProd(b);
  buildAwsDev(b);
  buildAzureProd(b);
  buildAzureDev(b);
  return toSnapshot(b, {
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
