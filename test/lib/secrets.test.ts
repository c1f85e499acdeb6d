import { describe, expect, it } from 'vitest';
import { findSecrets, isSecretKey, looksSecret, REDACTED, redactText, redactValues, type SecretKind } from '../../src/lib/secrets.js';

const R = REDACTED;

/** One positive case per pattern: the text, what is left of it, and the kind found. */
const POSITIVE: Array<[SecretKind, string, string]> = [
  ['connection-string', 'DefaultEndpointsProtocol=https;AccountName=mldata;AccountKey=c2VjcmV0a2V5==;EndpointSuffix=core.windows.net', `DefaultEndpointsProtocol=https;AccountName=mldata;AccountKey=${R};EndpointSuffix=core.windows.net`],
  ['connection-string', 'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=abc123def=', `Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${R}`],
  ['sas-signature', 'https://a.blob.core.windows.net/c?sv=2022-11-02&sig=abc%2Bdef&se=2026', `https://a.blob.core.windows.net/c?sv=2022-11-02&sig=${R}&se=2026`],
  ['sas-signature', 'sig=abcdef0123&sv=2022', `sig=${R}&sv=2022`],
  [
    'aws-signature',
    'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260101%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature=0123abcd',
    `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${R}&X-Amz-Signature=${R}`,
  ],
  ['aws-signature', 'https://b.s3.amazonaws.com/k?X-Amz-Security-Token=FwoGZXIvYXdzEJr', `https://b.s3.amazonaws.com/k?X-Amz-Security-Token=${R}`],
  ['aws-signature', 'https://d.cloudfront.net/x?Expires=1&Signature=abc~def&Key-Pair-Id=K1', `https://d.cloudfront.net/x?Expires=1&Signature=${R}&Key-Pair-Id=K1`],
  ['aws-access-key', 'key id AKIAIOSFODNN7EXAMPLE in use', `key id ${R} in use`],
  ['aws-secret-key', 'aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', `aws configure set aws_secret_access_key ${R}`],
  ['aws-secret-key', '{"aws_secret_access_key":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}', `{"aws_secret_access_key":"${R}"}`],
  ['private-key', 'x\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\ny', `x\n${R}\ny`],
  ['private-key', 'cut -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNz', `cut ${R}`],
  ['jwt', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end', `token ${R} end`],
  ['url-password', 'postgres://ml:hunter2@db.internal:5432/x', `postgres://ml:${R}@db.internal:5432/x`],
  ['secret-flag', 'az storage blob upload --account-name st --account-key abc/def== --file x', `az storage blob upload --account-name st --account-key ${R} --file x`],
  ['secret-flag', 'python train.py --token=tok-123 --epochs 3', `python train.py --token=${R} --epochs 3`],
  ['secret-flag', 'run --api-key "sk live 1" --password p4ss --secret s3', `run --api-key "${R}" --password ${R} --secret ${R}`],
  ['secret-assignment', 'export DB_PASSWORD=hunter2; API_KEY="abc def"', `export DB_PASSWORD=${R}; API_KEY="${R}"`],
  ['secret-assignment', 'password: hunter2', `password: ${R}`],
  ['secret-assignment', '{"client_secret":"s3cr3t","region":"x"}', `{"client_secret":"${R}","region":"x"}`],
  ['bearer-token', 'Authorization: Bearer abcdefgh.ijkl-mnop', `Authorization: Bearer ${R}`],
];

/** Strings that look busy but hold no secret: ids, ARNs, hashes, URIs, prose. */
const NEGATIVE = [
  'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-password-AbCdEf',
  'arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole',
  'alias/aws/sagemaker',
  '1234abcd-12ab-34cd-56ef-1234567890ab',
  'a3f5c6e8d9b0a1c2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  'sha256:a3f5c6e8d9b0a1c2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-ml',
  'https://kv-ml-prod.vault.azure.net/keys/cmk/0123456789abcdef',
  'azureml://subscriptions/1/resourcegroups/rg/workspaces/ws/datastores/d/paths/p/',
  's3://ml-models/out/fraud-train/output/model.tar.gz',
  '111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud-inference:2.0',
  'https://stmlprod.blob.core.windows.net/c/blob?sv=2022-11-02&se=2026-01-01',
  'AROAEXAMPLE123456789',
  'python train.py --tokenizer bert --max-tokens 512 --api-key-file /run/key',
  'SignatureVersion=4',
  'The security token included in the request is invalid.',
  'eyJhbGciOiJIUzI1NiJ9',
  'https://example.com:8443/path@v2',
  'Bearer',
];

describe('secret value patterns', () => {
  for (const [kind, text, redacted] of POSITIVE) {
    it(`${kind}: ${text.slice(0, 50)}`, () => {
      expect(redactText(text)).toBe(redacted);
      expect(looksSecret(text)).toBe(true);
      expect(findSecrets(text).map((f) => f.kind)).toContain(kind);
    });
  }

  for (const text of NEGATIVE) {
    it(`leaves alone: ${text.slice(0, 60)}`, () => {
      expect(redactText(text)).toBe(text);
      expect(findSecrets(text)).toEqual([]);
    });
  }

  it('finds kinds and lines, never values', () => {
    const script = '#!/bin/bash\nset -e\naws s3 cp x y --sse aws:kms\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n\ncurl -H "Authorization: Bearer abcdefghijk" https://x';
    expect(findSecrets(script)).toEqual([
      { kind: 'aws-access-key', line: 4 },
      { kind: 'bearer-token', line: 6 },
    ]);
    expect(JSON.stringify(findSecrets(script))).not.toContain('AKIA');
  });

  it('a loose pass for error messages also takes secret-key-shaped words', () => {
    const message = 'signature mismatch for wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(redactText(message)).toBe(message);
    expect(redactText(message, { loose: true })).toBe(`signature mismatch for ${R}`);
  });

  it('scrubs tag maps, keys and values', () => {
    expect(redactValues({ env: 'prod', source: 'https://b.s3.amazonaws.com/k?X-Amz-Signature=abc', 'token=t': 'x' })).toEqual({
      env: 'prod',
      source: `https://b.s3.amazonaws.com/k?X-Amz-Signature=${R}`,
      [`token=${R}`]: 'x',
    });
  });

  it('stays linear on hostile input', () => {
    const hostile = ['-'.repeat(200_000), 'a-'.repeat(100_000), '//a:'.repeat(50_000), 'eyJ'.repeat(60_000), `${'password '.repeat(20_000)}=`];
    const started = performance.now();
    for (const text of hostile) redactText(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('secret key names', () => {
  it.each(['password', 'DB_PASSWORD', 'clientSecret', 'api_key', 'apiKey', 'accessToken', 'sasToken', 'connectionString', 'AccountKey', 'adminUserPassword', 'secrets', 'credentials'])(
    '%s is secret',
    (key) => expect(isSecretKey(key)).toBe(true),
  );
  it.each(['KmsKeyId', 'SecretArn', 'credentialsType', 'secretsType', 'keyVaultId', 'keyIdentifier', 'AuthMode', 'authType', 'tokenExpiry', 'Key', 'Value', 'allowSharedKeyAccess', 'accessKeyId', 'name'])(
    '%s is not',
    (key) => expect(isSecretKey(key)).toBe(false),
  );
});
