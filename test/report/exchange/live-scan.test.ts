// The four exchange formats end to end: `mlscan scan --aws` run in-process as a user runs it, nock
// answering every SageMaker, S3, IAM, ECR ... call with the real wire format, each file validated.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { packageRoot } from '../../../src/package-root.js';
import { OcsfFindingEventSchema } from '../../../src/report/exchange/ocsf-model.js';
import { REGION, ids } from '../../fixtures/aws/lineage-estate.js';
import { mockLineageEstate } from '../../fixtures/aws/lineage-wire.js';
import { CREDENTIALS, useNock } from '../../providers/aws/support.js';
import { AWS_CLI_ENV } from '../../support/cli-env.js';
import { inProcessCli } from '../../support/in-process-cli.js';
import { useTempDirs } from '../../support/temp-dirs.js';
import { cycloneDxValidator, sarifValidator } from './support.js';

const tempDir = useTempDirs('mlscan-exchange-e2e-');

describe('mlscan scan --aws --format sarif,ocsf,junit,cyclonedx', () => {
  useNock();
  const stderr = inProcessCli(AWS_CLI_ENV.prefixes, AWS_CLI_ENV.env);

  it('writes the four files from a live scan, each valid against its schema or model, no secret in any', async () => {
    mockLineageEstate('virtual-host');
    const out = tempDir();
    const code = await main(['scan', '--aws', '--aws-regions', REGION, '--out', out, '--format', 'sarif,ocsf,junit,cyclonedx,json', '--fail-on', 'none']);
    expect(code, stderr()).toBe(0);
    const read = (file: string) => readFileSync(join(out, file), 'utf8');

    const sarif = JSON.parse(read('mlscan.sarif')) as Log;
    expect(sarifValidator()(sarif)).toEqual([]);
    const lineage = sarif.runs[0]!.results!.find((r) => r.ruleId === 'integrity/public-endpoint-serves-model-trained-on-exposed-data');
    expect(lineage).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'aws/111122223333' } }, logicalLocations: [{ fullyQualifiedName: ids.endpoint, kind: 'endpoint' }] }] });

    const events = read('mlscan-findings.ocsf.ndjson').trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(events.flatMap((e) => OcsfFindingEventSchema.safeParse(e).error?.issues ?? [])).toEqual([]);
    expect(events.length).toBeGreaterThan(sarif.runs[0]!.results!.length);

    const xml = read('mlscan-junit.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const junit = new XMLParser({ ignoreAttributes: false }).parse(xml) as { testsuites: { '@_failures': string } };
    expect(Number(junit.testsuites['@_failures'])).toBe(sarif.runs[0]!.results!.filter((r) => r.properties?.status === 'fail').length);

    const bom = JSON.parse(read('mlscan-aibom.cdx.json')) as { components: Array<{ 'bom-ref': string; type: string }>; services: Array<{ 'bom-ref': string }> };
    expect(await cycloneDxValidator()(bom)).toEqual([]);
    expect(bom.components).toContainEqual(expect.objectContaining({ 'bom-ref': ids.model, type: 'machine-learning-model' }));
    expect(bom.components).toContainEqual(expect.objectContaining({ 'bom-ref': ids.trainingBucket, type: 'data' }));
    expect(bom.services.map((s) => s['bom-ref'])).toContain(ids.endpoint);

    // Secrets planted in hyperparameters and container environments reach none of the four.
    for (const file of ['mlscan.sarif', 'mlscan-findings.ocsf.ndjson', 'mlscan-junit.xml', 'mlscan-aibom.cdx.json']) {
      const text = read(file);
      for (const secret of ['sk-live-should-never-be-stored', 'hunter2', CREDENTIALS.secretAccessKey]) expect(text, `${file}: ${secret}`).not.toContain(secret);
    }
  });
});

describe('formats: in the config file', () => {
  const stderr = inProcessCli(AWS_CLI_ENV.prefixes, AWS_CLI_ENV.env);

  it('takes the exchange formats from the same registry as --format', async () => {
    const dir = tempDir();
    const config = join(dir, 'mlscan.yaml');
    writeFileSync(config, `snapshot: [${JSON.stringify(join(packageRoot(), 'providers/snapshot/sample/estate.json'))}]\nformats: [sarif, cyclonedx]\nout: reports\nfailOn: none\n`);
    const code = await main(['scan', '--config', config, '--allow-partial', '-q']);
    expect(code, stderr()).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['mlscan-aibom.cdx.json', 'mlscan.sarif']);
    expect(await cycloneDxValidator()(JSON.parse(readFileSync(join(dir, 'reports', 'mlscan-aibom.cdx.json'), 'utf8')))).toEqual([]);
  });

  it('names the file and the field of a format it does not know, exit 2, nothing written', async () => {
    const dir = tempDir();
    const config = join(dir, 'mlscan.yaml');
    writeFileSync(config, 'formats: [sarif, spdx]\nout: reports\n');
    const code = await main(['scan', '--config', config, '--snapshot', join(packageRoot(), 'providers/snapshot/sample/estate.json')]);
    expect(code).toBe(2);
    expect(stderr()).toMatch(/mlscan\.yaml.*formats/);
    expect(readdirSync(dir)).toEqual(['mlscan.yaml']);
  });
});
