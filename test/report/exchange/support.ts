// What the exchange-format tests share: the official schemas as ajv validators, the bundled sample
// estate's scan result, and a renderer's chunks joined.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { ruleMetaById } from '../../../src/cli/compose.js';
import { scan, snapshotSource } from '../../../src/index.js';
import type { ScanResult } from '../../../src/model/index.js';
import { packageRoot } from '../../../src/package-root.js';
import type { ReportRuleMeta } from '../../../src/report/index.js';

const require = createRequire(import.meta.url);
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

export type Validate = (document: unknown) => string[];

function asMessages(errors: ReadonlyArray<{ instancePath: string; message?: string }> | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
}

/** The SARIF 2.1.0 schema shipped in @microsoft/sarif-multitool-linux (JSON Schema draft 2020-12). */
export function sarifValidator(): Validate {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(readJson(require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json')));
  return (document) => (validate(document) ? [] : asMessages(validate.errors));
}

/**
 * The strict CycloneDX 1.6 JSON schema, through the library's own validator
 * (`Validation.JsonStrictValidator` of @cyclonedx/cyclonedx-library, with its optional ajv peers).
 */
export function cycloneDxValidator(): (document: unknown) => Promise<string[]> {
  const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
  return async (document) => asMessages((await validator.validate(JSON.stringify(document))) as Parameters<typeof asMessages>[0]);
}

export function joined(chunks: Iterable<string>): string {
  return [...chunks].join('');
}

let sample: Promise<{ result: ScanResult; ruleMeta: ReadonlyMap<string, ReportRuleMeta> }> | undefined;

/** The bundled sample estate (providers/snapshot/sample/estate.json) scanned with every built-in rule, once per test file. */
export function sampleEstateScan(): Promise<{ result: ScanResult; ruleMeta: ReadonlyMap<string, ReportRuleMeta> }> {
  sample ??= scan({ sources: [snapshotSource(join(packageRoot(), 'providers/snapshot/sample/estate.json'))], now: () => new Date('2026-11-23T03:00:00.000Z') }).then((result) => ({
    result,
    ruleMeta: ruleMetaById(),
  }));
  return sample;
}
