import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { REDACTED, redactString, redactValue } from '../../src/report/redact.js';
import { RULE_META, sampleResult } from './sample-result.js';

const CONNECTION = 'DefaultEndpointsProtocol=https;AccountName=mldata;AccountKey=c2VjcmV0a2V5c2VjcmV0a2V5==;EndpointSuffix=core.windows.net';

describe('secret redaction', () => {
  it('replaces credential-shaped substrings and keeps their context', () => {
    expect(redactString(CONNECTION)).toBe(`DefaultEndpointsProtocol=https;AccountName=mldata;AccountKey=${REDACTED};EndpointSuffix=core.windows.net`);
    expect(redactString('https://a.blob.core.windows.net/c?sv=2022-11-02&sig=abc%2Bdef&se=2026')).toBe(`https://a.blob.core.windows.net/c?sv=2022-11-02&sig=${REDACTED}&se=2026`);
    expect(redactString('postgres://ml:hunter2@db.internal:5432/x')).toBe(`postgres://ml:${REDACTED}@db.internal:5432/x`);
    expect(redactString('x\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\ny')).toBe(`x\n${REDACTED}\ny`);
    expect(redactString('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG')).toBe(`aws_secret_access_key = ${REDACTED}`);
  });

  it('replaces environment values and summarises scripts in snapshot records too', () => {
    const out = redactValue({ properties: { command: 'python x.py --token tok-9', environmentVariables: { KEY: 'v-9' } } });
    expect(JSON.stringify(out)).not.toMatch(/tok-9|v-9|x\.py/);
    expect(out).toEqual({ properties: { command: { sha256: expect.any(String), length: 25, secrets: [{ kind: 'secret-flag', line: 1 }] }, environmentVariables: { KEY: REDACTED } } });
  });

  it('does not stop at depth 40: anything deeper than the limit is dropped, even 200,000 levels down', () => {
    let deep: unknown = { password: 'CANARY-DEEP-PASSWORD', note: 'AccountKey=CANARY-DEEP-KEY' };
    for (let i = 0; i < 45; i++) deep = { a: deep };
    expect(JSON.stringify(redactValue(deep))).not.toContain('CANARY-DEEP');
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const result = sampleResult();
    result.inventory.assets[0]!.raw = { record: { deep } };
    const json = [...renderJson(result)].join('');
    expect(json).not.toContain('CANARY-DEEP');
    expect(json).toContain('[dropped: nested deeper than 64 levels]');
  });

  it('leaves ids, ARNs and key references alone', () => {
    const value = { KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/abc', SecretArn: 'arn:aws:secretsmanager:x', keyVaultId: '/subscriptions/1/kv', Password: 'p@ss' };
    expect(redactValue(value)).toEqual({ ...value, Password: REDACTED });
  });

  it('redacts raw records in the JSON report and evidence in the human reports', () => {
    const result = sampleResult();
    result.inventory.assets[0]!.raw = { record: { properties: { storageConnection: CONNECTION, ClientSecret: 'abc' } } };
    result.findings[1]!.evidence = { connectionString: CONNECTION, publicNetworkAccess: true };
    const json = [...renderJson(result)].join('');
    expect(json).not.toContain('c2VjcmV0a2V5');
    expect(json).not.toContain('"abc"');
    const vm = buildViewModel(result, { ruleMeta: RULE_META });
    expect(vm.findings.fail[1]!.findings[0]!.evidence).toEqual([`connectionString: "${REDACTED}"`, 'publicNetworkAccess: true']);
  });
});
