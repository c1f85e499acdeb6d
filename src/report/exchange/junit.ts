/**
 * JUnit XML for CI test reporters (Jenkins junit, GitLab `artifacts:reports:junit`, GitHub test
 * reporter actions), which read `testsuites > testsuite > testcase` with `failure`, `error` and
 * `skipped` children and the counts on each suite.
 *
 * One `<testsuite>` per rule family (exposure, rbac, ...): a family is a short, stable list a CI
 * page can show, where one suite per framework control would repeat a finding under every control
 * it maps to and inflate the counts. One `<testcase>` per evaluated (rule, asset[, subject]):
 * classname is the rule id, name the asset. A fail is a `<failure>` (message: the finding's
 * message, type: its severity), a rule error an `<error>`, an unknown or a suppressed finding is
 * `<skipped>` with the reason, a pass an empty test case. not_applicable findings are not written:
 * the rule cannot apply to the asset, so nothing was tested. Times are 0 (a rule takes microseconds
 * and timing would make the file differ run to run). Every cloud string is XML-escaped (xml.ts).
 */
import { RULE_FAMILIES, type Finding, type ScanResult } from '../../model/index.js';
import type { ReportRuleMeta } from '../view-model-types.js';
import { ruleMetaOf } from './common.js';
import { xmlAttributes, xmlText } from './xml.js';

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

interface Suite {
  name: string;
  cases: Finding[];
  counts: Counts;
}

export interface JunitInput {
  result: ScanResult;
  ruleMeta?: ReadonlyMap<string, ReportRuleMeta>;
}

export function* renderJunit({ result, ruleMeta }: JunitInput): Generator<string> {
  const suites = suitesOf(result.findings, ruleMeta);
  const total = sumCounts(suites.map((suite) => suite.counts));
  const timestamp = result.scan.finishedAt.replace(/\.\d+Z$|Z$/, '');
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites${xmlAttributes({ name: 'mlscan', ...total, time: 0, timestamp })}>\n`;
  for (const [id, suite] of suites.entries()) {
    yield `  <testsuite${xmlAttributes({ name: suite.name, id, ...suite.counts, time: 0, timestamp })}>\n`;
    for (const finding of suite.cases) yield testCase(finding, ruleMetaOf(ruleMeta, finding.ruleId, finding.severity));
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

/** The findings by rule family (families in their declared order, others after), each sorted by rule, asset and subject. */
function suitesOf(findings: readonly Finding[], ruleMeta: ReadonlyMap<string, ReportRuleMeta> | undefined): Suite[] {
  const byFamily = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.status === 'not_applicable') continue;
    const family = ruleMetaOf(ruleMeta, finding.ruleId).family;
    let list = byFamily.get(family);
    if (!list) byFamily.set(family, (list = []));
    list.push(finding);
  }
  const order = (family: string) => {
    const rank = (RULE_FAMILIES as readonly string[]).indexOf(family);
    return rank === -1 ? RULE_FAMILIES.length : rank;
  };
  return [...byFamily.entries()]
    .sort(([a], [b]) => order(a) - order(b) || compareText(a, b))
    .map(([name, cases]) => {
      cases.sort((a, b) => compareText(a.ruleId, b.ruleId) || compareText(a.assetId, b.assetId) || compareText(a.subject ?? '', b.subject ?? '') || compareText(a.fingerprint, b.fingerprint));
      return { name, cases, counts: countsOf(cases) };
    });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countsOf(cases: readonly Finding[]): Counts {
  const counts: Counts = { tests: cases.length, failures: 0, errors: 0, skipped: 0 };
  for (const finding of cases) {
    if (finding.status === 'fail') counts.failures++;
    else if (finding.status === 'error') counts.errors++;
    else if (finding.status === 'unknown' || finding.status === 'suppressed') counts.skipped++;
  }
  return counts;
}

function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce((sum, c) => ({ tests: sum.tests + c.tests, failures: sum.failures + c.failures, errors: sum.errors + c.errors, skipped: sum.skipped + c.skipped }), { tests: 0, failures: 0, errors: 0, skipped: 0 });
}

function testCase(finding: Finding, meta: ReportRuleMeta): string {
  const name = `${finding.assetName} [${finding.assetId}]${finding.subject !== undefined ? ` (${finding.subject})` : ''}`;
  const open = `    <testcase${xmlAttributes({ name, classname: finding.ruleId, time: 0 })}`;
  const child = outcomeElement(finding, meta);
  return child ? `${open}>\n      ${child}\n    </testcase>\n` : `${open}/>\n`;
}

/** The `<failure>`, `<error>` or `<skipped>` element of a finding; undefined for a pass. */
function outcomeElement(finding: Finding, meta: ReportRuleMeta): string | undefined {
  switch (finding.status) {
    case 'fail':
      return `<failure${xmlAttributes({ message: finding.message, type: finding.severity })}>${xmlText(details(finding, meta))}</failure>`;
    case 'error':
      return `<error${xmlAttributes({ message: finding.message, type: 'rule-error' })}>${xmlText(details(finding, meta))}</error>`;
    case 'unknown':
      return `<skipped${xmlAttributes({ message: `not checked, data not visible (${(finding.missingFacts ?? []).join(', ') || 'unknown'}): ${finding.message}` })}/>`;
    case 'suppressed':
      return `<skipped${xmlAttributes({ message: suppressedMessage(finding) })}/>`;
    default:
      return undefined;
  }
}

function suppressedMessage(finding: Finding): string {
  const s = finding.suppression;
  if (!s) return `suppressed: ${finding.message}`;
  return `suppressed (${s.status}, accepted until ${s.expires}${s.owner ? ` by ${s.owner}` : ''}): ${s.reason}`;
}

function details(finding: Finding, meta: ReportRuleMeta): string {
  const base = finding.adjustment && finding.adjustment.base !== finding.severity ? ` (base ${finding.adjustment.base})` : '';
  return [
    `Rule: ${meta.title} (${finding.ruleId})`,
    `Asset: ${finding.assetKind} ${finding.assetId}`,
    `Where: ${finding.provider} ${finding.account} ${finding.region}`,
    `Severity: ${finding.severity}${base}`,
    `Fingerprint: ${finding.fingerprint}`,
    ...(meta.remediation.text ? [`Remediation: ${meta.remediation.text}`] : []),
  ].join('\n');
}
