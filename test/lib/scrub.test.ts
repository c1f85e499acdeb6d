import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, REPEATED, scrubEnvelope, scrubRecord, TOO_DEEP, type KeepTree } from '../../src/lib/scrub.js';
import { REDACTED } from '../../src/lib/secrets.js';

/** `{ a: { a: … { leaf } } }`, `levels` deep, built without recursion. */
function nested(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('scrubRecord', () => {
  it('keeps only the fields the tree names; arrays are transparent; * matches any key', () => {
    const record = {
      Name: 'n',
      Dropped: 'x',
      Nested: { Kept: 1, Gone: 2 },
      List: [{ Kept: 1, Gone: 2 }],
      Rules: { r1: { type: 'FQDN', secret: 'x', other: 1 }, r2: { type: 'PE' } },
    };
    const keep = { Name: true, Nested: { Kept: true }, List: { Kept: true }, Rules: { '*': { type: true, secret: true } } } as const;
    expect(scrubRecord(record, keep)).toEqual({
      Name: 'n',
      Nested: { Kept: 1 },
      List: [{ Kept: 1 }],
      Rules: { r1: { type: 'FQDN', secret: REDACTED }, r2: { type: 'PE' } },
    });
  });

  it('replaces environment values at any depth and keeps their keys', () => {
    const record = {
      PrimaryContainer: { Image: 'img', Environment: { DB_PASSWORD: 'hunter2', MODE: 'prod' } },
      deep: { a: { b: [{ environmentVariables: { OPENAI_API_KEY: 'sk-1', N: 3 } }] } },
      env: [{ name: 'TOKEN', value: 'tok' }],
    };
    expect(scrubRecord(record)).toEqual({
      PrimaryContainer: { Image: 'img', Environment: { DB_PASSWORD: REDACTED, MODE: REDACTED } },
      deep: { a: { b: [{ environmentVariables: { OPENAI_API_KEY: REDACTED, N: REDACTED } }] } },
      env: [{ name: 'TOKEN', value: REDACTED }],
    });
  });

  it('keeps a hash, the length and the secret kinds of scripts and command lines, never the text', () => {
    const script = '#!/bin/bash\naz storage blob download --account-key abc123== -f x\n';
    const out = scrubRecord({
      setupScripts: { scripts: { creationScript: { scriptSource: 'inline', scriptData: Buffer.from(script).toString('base64'), scriptArguments: '--token tok-1', timeout: '5m' } } },
      command: 'python train.py --api-key sk-2',
      AlgorithmSpecification: { ContainerEntrypoint: ['python', 'run.py'], ContainerArguments: ['--epochs', '3', '--password', 'p4ss'] },
      OnCreate: [{ Content: Buffer.from('echo hi\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE').toString('base64') }],
    }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const creation = out.setupScripts.scripts.creationScript;
    expect(creation.scriptSource).toBe('inline');
    expect(creation.timeout).toBe('5m');
    expect(creation.scriptData).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), length: expect.any(Number), secrets: [{ kind: 'secret-flag', line: 2 }] });
    expect(creation.scriptArguments.secrets).toEqual([{ kind: 'secret-flag', line: 1 }]);
    expect(out.command.secrets).toEqual([{ kind: 'secret-flag', line: 1 }]);
    expect(out.AlgorithmSpecification.ContainerEntrypoint.secrets).toEqual([]);
    // One argument a line: the secret's value is the fourth.
    expect(out.AlgorithmSpecification.ContainerArguments.secrets).toEqual([{ kind: 'secret-flag', line: 4 }]);
    expect(out.OnCreate.secrets).toEqual([{ kind: 'aws-access-key', line: 2 }]);
    const text = JSON.stringify(out);
    for (const secret of ['abc123', 'tok-1', 'sk-2', 'p4ss', 'AKIA', 'train.py', 'run.py']) expect(text).not.toContain(secret);
  });

  it('redacts hyperparameters that match a pattern whatever their key, and those whose key hints at a secret', () => {
    expect(scrubRecord({ HyperParameters: { epochs: '10', extra_args: '--api-key sk-3 --lr 0.1', wandb_key: 'w', api_token: 't' } })).toEqual({
      HyperParameters: { epochs: '10', extra_args: `--api-key ${REDACTED} --lr 0.1`, wandb_key: REDACTED, api_token: REDACTED },
    });
  });

  it('scrubs user-chosen keys like any other text', () => {
    expect(scrubRecord({ tags: { 'note token=t0k': 'x' }, Environment: { 'sig=abc': 'v' } })).toEqual({ tags: { [`note token=${REDACTED}`]: REDACTED }, Environment: { [`sig=${REDACTED}`]: REDACTED } });
  });

  it('inside a credentials object keeps only what describes it', () => {
    expect(scrubRecord({ credentials: { credentialsType: 'ServicePrincipal', clientId: 'c', tenantId: 't', secrets: { clientSecret: 's', secretsType: 'x' }, key: 'k' } })).toEqual({
      credentials: { credentialsType: 'ServicePrincipal', clientId: 'c', tenantId: 't', secrets: { clientSecret: REDACTED, secretsType: 'x' }, key: REDACTED },
    });
  });

  it('applies value patterns to every kept string and keeps references', () => {
    const record = {
      KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/abc',
      SecretArn: 'arn:aws:secretsmanager:eu-west-1:1:secret:x',
      Password: 'p@ss',
      Tags: [{ Key: 'src', Value: 'https://b.s3.amazonaws.com/k?X-Amz-Signature=abc' }],
    };
    expect(scrubRecord(record)).toEqual({ ...record, Password: REDACTED, Tags: [{ Key: 'src', Value: `https://b.s3.amazonaws.com/k?X-Amz-Signature=${REDACTED}` }] });
  });

  it('returns JSON-safe values: dates as ISO strings, no $metadata, no undefined', () => {
    expect(scrubRecord({ $metadata: { requestId: 'r' }, CreationTime: new Date('2026-01-01T00:00:00Z'), Gone: undefined, Big: 10n, Bytes: new Uint8Array(3) })).toEqual({
      CreationTime: '2026-01-01T00:00:00.000Z',
      Big: '10',
      Bytes: '[binary: 3 bytes]',
    });
  });

  it(`drops what is nested deeper than ${MAX_DEPTH} levels, with a marker, at 200,000 levels without overflowing`, () => {
    const deep = nested(200_000, 'CANARY-DEEP');
    const out = scrubRecord({ top: deep });
    const text = JSON.stringify(out);
    expect(text).not.toContain('CANARY-DEEP');
    expect(text).toContain(TOO_DEEP);
    let levels = 0;
    for (let cur = (out as { top: unknown }).top; cur !== null && typeof cur === 'object'; cur = (cur as { a: unknown }).a) levels++;
    expect(levels).toBe(MAX_DEPTH - 1);
    const arrays = scrubRecord(Array.from({ length: 1 }).reduce<unknown>((v) => v, nested(100_000, ['x'])));
    expect(JSON.stringify(arrays)).toContain(TOO_DEEP);
  });

  it('a record that refers to itself ends with a marker', () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(scrubRecord(cyclic)).toEqual({ name: 'x', self: REPEATED });
  });
});

describe('scrubEnvelope', () => {
  const keep: KeepTree = { Name: true, Environment: true, $details: { describe: { KmsKeyId: true } } };

  it('keeps the record fields the allow-list names and the details its $details subtree names', () => {
    const out = scrubEnvelope({ Name: 'nb', Environment: { TOKEN: 'abc' }, Url: 'x' }, { describe: { KmsKeyId: 'k', RoleArn: 'r' }, tags: [] }, keep);
    expect(out).toEqual({ record: { Name: 'nb', Environment: { TOKEN: REDACTED } }, details: { describe: { KmsKeyId: 'k' } } });
  });

  it('leaves details out when none were read or none are allowed, and wraps a record that is not an object', () => {
    expect(scrubEnvelope({ Name: 'nb' }, {}, keep)).toEqual({ record: { Name: 'nb' } });
    expect(scrubEnvelope({ Name: 'nb' }, { describe: {} }, { Name: true })).toEqual({ record: { Name: 'nb' } });
    expect(scrubEnvelope('policy-name', undefined)).toEqual({ record: { value: 'policy-name' } });
  });
});
