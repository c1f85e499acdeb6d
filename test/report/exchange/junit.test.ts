import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/index.js';
import { renderJunit } from '../../../src/report/exchange/junit.js';
import { xmlText } from '../../../src/report/exchange/xml.js';
import type { ReportRuleMeta } from '../../../src/report/index.js';
import { HOSTILE_NAME, RULE_META, sampleResult } from '../sample-result.js';
import { joined, sampleEstateScan } from './support.js';

interface Outcome {
  '@_message'?: string;
  '@_type'?: string;
  '#text'?: string;
}
interface TestCase {
  '@_name': string;
  '@_classname': string;
  '@_time': string;
  failure?: Outcome;
  error?: Outcome;
  skipped?: Outcome;
}
interface TestSuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  '@_skipped': string;
  '@_time': string;
  testcase: TestCase[];
}
interface Report {
  testsuites: { '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; testsuite: TestSuite[] };
}

const parser = new XMLParser({ ignoreAttributes: false, parseAttributeValue: false, htmlEntities: true, isArray: (name) => name === 'testsuite' || name === 'testcase', trimValues: false });
const render = (result: ScanResult, ruleMeta: ReadonlyMap<string, ReportRuleMeta> = RULE_META) => joined(renderJunit({ result, ruleMeta }));
function parse(xml: string): Report {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Report;
}
const counts = (s: { '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string }) => [s['@_tests'], s['@_failures'], s['@_errors'], s['@_skipped']].map(Number);

function withSuppressed(): ScanResult {
  const result = sampleResult();
  result.findings.push({
    ...result.findings[1]!,
    assetId: `${result.findings[1]!.assetId}-b`,
    status: 'suppressed',
    suppression: { status: 'fail', id: 'SUP-1', reason: 'VNet migration in Q1', owner: 'ml-platform', expires: '2027-01-31' },
    fingerprint: `mlscan/v1/${'c'.repeat(64)}`,
  });
  return result;
}

describe('JUnit report', () => {
  it('has one suite per rule family, in family order, with counts that add up', () => {
    const report = parse(render(withSuppressed()));
    const suites = report.testsuites.testsuite;
    expect(suites.map((s) => [s['@_name'], ...counts(s)])).toEqual([
      ['exposure', 4, 1, 0, 2], // fail, unknown, pass, suppressed
      ['logging', 1, 0, 1, 0],
      ['integrity', 1, 1, 0, 0],
    ]);
    expect(counts(report.testsuites)).toEqual([6, 2, 1, 2]);
    for (const suite of suites) {
      expect(suite.testcase).toHaveLength(Number(suite['@_tests']));
      expect(suite.testcase.filter((c) => c.failure !== undefined)).toHaveLength(Number(suite['@_failures']));
      expect(suite.testcase.filter((c) => c.error !== undefined)).toHaveLength(Number(suite['@_errors']));
      expect(suite.testcase.filter((c) => c.skipped !== undefined)).toHaveLength(Number(suite['@_skipped']));
      expect(suite['@_time']).toBe('0');
    }
  });

  it('a fail is a failure (message, severity), an error an error, unknown and suppressed skipped with the reason, a pass empty', () => {
    const [exposure, logging, integrity] = parse(render(withSuppressed())).testsuites.testsuite as [TestSuite, TestSuite, TestSuite];
    const lineage = integrity.testcase[0]!;
    expect(lineage['@_classname']).toBe('integrity/public-endpoint-trained-on-public-data');
    expect(lineage['@_name']).toBe('fraud-scoring [arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring]');
    expect(lineage.failure).toMatchObject({ '@_message': 'fraud-scoring serves a model trained on training-data-raw, which anyone can write', '@_type': 'critical' });
    expect(lineage.failure!['#text']).toContain('Remediation: Block public write on the training bucket.');
    expect(lineage.failure!['#text']).toContain(`Fingerprint: ${sampleResult().findings[0]!.fingerprint}`);
    expect(logging.testcase[0]!.error).toMatchObject({ '@_message': 'rule timed out after 5000 ms', '@_type': 'rule-error' });
    const byStatus = (c: TestCase) => (c.failure ? 'failure' : c.error ? 'error' : c.skipped ? `skipped: ${c.skipped['@_message']}` : 'pass');
    // Sorted by asset id: the workspace, its suppressed twin, then the bucket's two verdicts.
    expect(exposure.testcase.map(byStatus)).toEqual([
      'failure',
      'skipped: suppressed (fail, accepted until 2027-01-31 by ml-platform): VNet migration in Q1',
      'skipped: not checked, data not visible (publicNetworkAccess): publicNetworkAccess is not visible',
      'pass',
    ]);
  });

  it('escapes hostile cloud strings: markup stays text, XML-illegal and control characters are replaced', () => {
    const result = sampleResult();
    const hostile = '</testcase><x>"]}&amp;\u0000\u0007\u001b[31m\ud800\u202e';
    result.findings[1]!.assetName = hostile;
    result.findings[1]!.message = `${hostile} line1\nline2`;
    const xml = render(result);
    expect(xml).not.toContain('</testcase><x>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800\u202e]/);
    const exposure = parse(xml).testsuites.testsuite[0]!;
    const workspace = exposure.testcase.find((c) => c.failure)!;
    // Parsed back, every character is the one written, or U+FFFD where XML 1.0 could not carry it.
    expect(workspace['@_name']).toContain('</testcase><x>"]}&amp;\ufffd\ufffd\ufffd[31m\ufffd\ufffd [');
    expect(xml).toContain('&lt;/testcase&gt;&lt;x&gt;&quot;]}&amp;amp;');
    expect(workspace.failure!['@_message']).toContain('line1\nline2');
    expect(xml).toContain('line1&#10;line2');
    expect(new XMLParser({ ignoreAttributes: false, isArray: () => false }).parse(xml)).toBeDefined();
  });

  it('xmlText: entities for markup, U+FFFD for what XML 1.0 forbids, line breaks kept in attributes', () => {
    expect(xmlText(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(xmlText('x\u0001y\ufffez\ud83d\ude00')).toBe('x\ufffdy\ufffdz\ud83d\ude00');
    expect(xmlText('a\r\nb\tc', true)).toBe('a&#10;b&#9;c');
    expect(HOSTILE_NAME).toContain('<');
  });

  it('renders the same result byte for byte', () => {
    expect(render(sampleResult())).toBe(render(sampleResult()));
  });

  it('on the bundled sample estate: well-formed, one test case per evaluated rule and asset, counts matching the findings', async () => {
    const { result, ruleMeta } = await sampleEstateScan();
    const report = parse(render(result, ruleMeta));
    const evaluated = result.findings.filter((f) => f.status !== 'not_applicable');
    const of = (status: string) => evaluated.filter((f) => f.status === status).length;
    expect(counts(report.testsuites)).toEqual([evaluated.length, of('fail'), of('error'), of('unknown') + of('suppressed')]);
    expect(report.testsuites.testsuite.map((s) => s['@_name'])).toEqual(['exposure', 'rbac', 'logging', 'segmentation', 'versioning', 'encryption', 'integrity'].filter((family) => report.testsuites.testsuite.some((s) => s['@_name'] === family)));
    expect(report.testsuites.testsuite.reduce((n, s) => n + s.testcase.length, 0)).toBe(evaluated.length);
  });
});
