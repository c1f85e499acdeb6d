import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/index.js';
import { renderOcsf } from '../../../src/report/exchange/ocsf.js';
import {
  OcsfComplianceFindingSchema,
  OcsfDetectionFindingSchema,
  OcsfFindingEventSchema,
  type OcsfComplianceFinding,
  type OcsfFindingEvent,
} from '../../../src/report/exchange/ocsf-model.js';
import type { ReportRuleMeta } from '../../../src/report/index.js';
import { HOSTILE_NAME, HOSTILE_TAG, RULE_META, sampleResult } from '../sample-result.js';
import { joined, sampleEstateScan } from './support.js';

const render = (result: ScanResult, ruleMeta: ReadonlyMap<string, ReportRuleMeta> = RULE_META) => joined(renderOcsf({ result, ruleMeta }));
const events = (text: string) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as OcsfFindingEvent);
const FINISHED_MS = Date.parse('2026-11-23T03:00:02.000Z');

describe('OCSF report', () => {
  it('writes one event a line: Compliance Finding for mapped rules (passes too), Detection Finding for the rest; never not_applicable', () => {
    const result = sampleResult();
    result.findings.push({ ...result.findings[4]!, status: 'not_applicable', reason: 'storage has no workspace endpoint', fingerprint: `mlscan/v1/${'a'.repeat(64)}` });
    const text = render(result);
    expect(text.endsWith('\n')).toBe(true);
    const list = events(text);
    expect(list.map((e) => [e.class_uid, e.type_uid, (e as { unmapped?: { mlscan_status?: string } }).unmapped?.mlscan_status])).toEqual([
      [2003, 200301, 'fail'],
      [2003, 200301, 'fail'],
      [2003, 200301, 'unknown'],
      [2004, 200401, 'error'],
      [2003, 200301, 'pass'],
    ]);
    for (const event of list) expect(OcsfFindingEventSchema.safeParse(event).error).toBeUndefined();
  });

  it('sets the attributes OCSF 1.3.0 requires, field by field', () => {
    const [lineage] = events(render(sampleResult())) as [OcsfComplianceFinding];
    expect(lineage).toMatchObject({
      activity_id: 1,
      activity_name: 'Create',
      category_uid: 2,
      category_name: 'Findings',
      class_uid: 2003,
      class_name: 'Compliance Finding',
      type_uid: 200301,
      type_name: 'Compliance Finding: Create',
      severity_id: 5,
      severity: 'Critical',
      status_id: 1,
      status: 'New',
      time: FINISHED_MS,
      metadata: { version: '1.3.0', product: { name: 'mlscan', vendor_name: 'mlscan', version: '0.1.0' }, uid: sampleResult().findings[0]!.fingerprint },
      cloud: { provider: 'AWS', account: { uid: '111122223333', type_id: 10, type: 'AWS Account' }, region: 'eu-west-1' },
      finding_info: {
        uid: sampleResult().findings[0]!.fingerprint,
        title: 'Public endpoint serves a model trained on publicly writable data',
        desc: 'Anyone can poison the training data of a model the internet can query.',
        types: ['integrity'],
        analytic: { uid: 'integrity/public-endpoint-trained-on-public-data', type_id: 1, type: 'Rule' },
        created_time: FINISHED_MS,
      },
      resources: [{ uid: 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring', type: 'endpoint', name: 'fraud-scoring', region: 'eu-west-1', labels: ['cost==HYPERLINK("http://x")'] }],
      remediation: { desc: 'Block public write on the training bucket.' },
      compliance: { standards: ['mitre-atlas'], requirements: ['mitre-atlas:AML.M0019'], control: 'integrity/public-endpoint-trained-on-public-data', status_id: 3, status: 'Fail' },
    });
    expect(OcsfComplianceFindingSchema.safeParse(lineage).success).toBe(true);
  });

  it('maps severity, finding status and compliance status', () => {
    const result = sampleResult();
    const fail = result.findings[1]!;
    result.findings.push({ ...fail, status: 'suppressed', suppression: { status: 'fail', id: 'SUP-1', reason: 'VNet migration in Q1', expires: '2027-01-31' }, fingerprint: `mlscan/v1/${'b'.repeat(64)}` });
    for (const [i, severity] of (['medium', 'low', 'info'] as const).entries()) result.findings.push({ ...fail, severity, fingerprint: `mlscan/v1/${String(i).repeat(64)}` });
    const list = events(render(result)) as OcsfComplianceFinding[];
    const pick = (e: OcsfFindingEvent) => [e.severity_id, e.status_id, 'compliance' in e ? e.compliance.status_id : undefined];
    expect(list.map(pick)).toEqual([
      [5, 1, 3], // critical fail
      [4, 1, 3], // high fail
      [4, 1, 2], // unknown: Warning (no result for missing information)
      [3, 1, undefined], // error of a rule mapped to no control: Detection Finding
      [4, 4, 1], // pass: Resolved, Pass
      [4, 3, 3], // suppressed fail: Suppressed, still Fail
      [3, 1, 3],
      [2, 1, 3],
      [1, 1, 3],
    ]);
    expect(list[2]!.compliance.status_detail).toBe('not visible: publicNetworkAccess');
    expect(list[5]!.compliance.status_detail).toBe('suppressed: VNet migration in Q1');
  });

  it('a rule error of a mapped rule is compliance status Other, named Error', () => {
    const result = sampleResult();
    result.findings = [{ ...result.findings[1]!, status: 'error', message: 'rule threw' }];
    const [event] = events(render(result)) as [OcsfComplianceFinding];
    expect(event.compliance).toMatchObject({ status_id: 99, status: 'Error' });
  });

  it('keeps hostile strings as data and tags as key=value labels', () => {
    const list = events(render(sampleResult()));
    const workspace = list[1]!;
    expect(workspace.resources![0]!.name).toBe(HOSTILE_NAME);
    expect(workspace.resources![0]!.labels).toEqual(['environment=prod', `owner=${HOSTILE_TAG}`]);
    expect(workspace.cloud).toEqual({ provider: 'Azure', account: { uid: '00000000-0000-0000-0000-000000000001', type_id: 13, type: 'Azure Subscription' }, region: 'westeurope' });
    // A line break in a cloud string stays inside its JSON string: one event is one line.
    expect(workspace.message).toContain('\nnew line');
  });

  it('the model rejects what OCSF does not allow', () => {
    const [event] = events(render(sampleResult())) as [OcsfComplianceFinding];
    expect(OcsfFindingEventSchema.safeParse({ ...event, type_uid: 200401 }).success).toBe(false);
    expect(OcsfFindingEventSchema.safeParse({ ...event, severity_id: 7 }).success).toBe(false);
    expect(OcsfComplianceFindingSchema.safeParse({ ...event, compliance: { ...event.compliance, standards: [] } }).success).toBe(false);
    const { finding_info: _dropped, ...noInfo } = event;
    expect(OcsfFindingEventSchema.safeParse(noInfo).success).toBe(false);
    expect(OcsfDetectionFindingSchema.safeParse({ ...event, class_uid: 2004 }).success).toBe(false);
  });

  it('ends every line with a newline; a scan without findings is an empty file', () => {
    expect(render(sampleResult()).split('\n')).toHaveLength(6);
    const empty = sampleResult();
    empty.findings = [];
    expect(render(empty)).toBe('');
  });

  it('renders the same result byte for byte', () => {
    expect(render(sampleResult())).toBe(render(sampleResult()));
  });

  it('on the bundled sample estate: every event matches the model, with unique ids', async () => {
    const { result, ruleMeta } = await sampleEstateScan();
    const list = events(render(result, ruleMeta));
    const problems = list.flatMap((e, i) => (OcsfFindingEventSchema.safeParse(e).error?.issues ?? []).map((issue) => `${i} ${issue.path.join('.')}: ${issue.message}`));
    expect(problems).toEqual([]);
    expect(new Set(list.map((e) => e.finding_info.uid)).size).toBe(list.length);
    expect(list.filter((e) => e.class_uid === 2003).length).toBeGreaterThan(50);
    const written = result.findings.filter((f) => f.status !== 'not_applicable');
    expect(list.length).toBeLessThanOrEqual(written.length);
    expect(list.length).toBe(written.filter((f) => f.status !== 'pass' || Object.values(ruleMeta.get(f.ruleId)?.controls ?? {}).some((ids) => ids!.length > 0)).length);
  });
});
