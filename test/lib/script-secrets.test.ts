import { describe, expect, it } from 'vitest';
import { decodeBase64Script, scanScript, SCRIPT_SECRET_LABELS, secretLocations } from '../../src/lib/script-secrets.js';

// Made-up values in each documented format (none is a real credential).
const ACCESS_KEY = 'AKIA' + 'Q3ZR7TLWX2MNB4VD';
const SECRET_KEY = 'kY7tq2Lw9Rb+Zs1xV/4pNc8Hf3Gd6Jm0Ae5Uo2Ti';
const GITHUB = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzY2FubmVyIn0.c2lnbmF0dXJlLXZhbHVl';

function kinds(script: string): string[] {
  return scanScript(script).map((s) => `${s.line}:${s.kind}`);
}

describe('scanScript: each kind of secret, with its line', () => {
  it('finds AWS access key ids and secret keys assigned to aws_secret_access_key-like names', () => {
    const script = ['#!/bin/bash', 'set -e', `export AWS_ACCESS_KEY_ID=${ACCESS_KEY}`, `aws configure set aws_secret_access_key ${SECRET_KEY}`].join('\n');
    expect(kinds(script)).toEqual(['3:aws-access-key', '4:aws-secret-key']);
  });

  it('finds storage connection strings, SAS signatures and private key blocks', () => {
    const script = [
      'export CONN="DefaultEndpointsProtocol=https;AccountName=mldata;AccountKey=Zm9vYmFyYmF6cXV4cXV1eA==;EndpointSuffix=core.windows.net"',
      'azcopy copy "https://mldata.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=Q2xhc3NpZmllZFNpZ25hdHVyZQ%3D" .',
      'cat > ~/.ssh/id_rsa <<EOF',
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEA7',
      '-----END RSA PRIVATE KEY-----',
      'EOF',
    ].join('\n');
    expect(kinds(script)).toEqual(['1:connection-string', '2:sas-signature', '4:private-key']);
  });

  it('finds GitHub, GitLab and Slack tokens, bearer tokens and JWTs', () => {
    const script = [
      `git clone https://x-access-token:${GITHUB}@github.com/org/repo.git`,
      'export CI_TOKEN_HOLDER=glpat-Ab3De6Gh9Jk2Mn5Pq8St',
      'curl -X POST -d "t=xoxb-1234567890-abcdefghij" https://slack.com/api/chat.postMessage',
      'curl -H "Authorization: Bearer 7f3a9c2e-41d8-4b6a-9e0f-2c5d8a1b3e7f" https://api.internal',
      `TOKEN_VALUE=${JWT}`,
    ].join('\n');
    expect(kinds(script)).toEqual(['1:github-token', '1:url-password', '2:gitlab-token', '3:slack-token', '4:bearer-token', '5:jwt']);
  });

  it('finds generic password=, token= and secret= assignments and flags with a literal value', () => {
    const script = ['DB_PASSWORD=Sup3rS3cretValue', 'mlflow login --token 9f8e7d6c5b4a3210', 'api_secret = "Zx81-qq-19"'].join('\n');
    expect(kinds(script)).toEqual(['1:secret-assignment', '2:secret-flag', '3:secret-assignment']);
  });

  it('labels every kind for a report', () => {
    expect(SCRIPT_SECRET_LABELS['aws-access-key']).toBe('AWS access key id');
    expect(Object.values(SCRIPT_SECRET_LABELS).every((label) => label.length > 0)).toBe(true);
  });
});

describe('scanScript: no false positives on references and placeholders', () => {
  it.each([
    ['a shell variable', 'DB_PASSWORD=$DB_PASSWORD'],
    ['a braced shell variable', 'export TOKEN="${HF_TOKEN}"'],
    ['a command substitution', 'SECRET=$(aws secretsmanager get-secret-value --secret-id ml/db --query SecretString --output text)'],
    ['a batch variable', 'set PASSWORD=%DB_PASS%'],
    ['a template', 'password: {{ db_password }}'],
    ['an angle-bracket placeholder', 'token=<your-token>'],
    ['a Python expression', 'password = os.environ["DB_PASSWORD"]'],
    ['a Python call', 'token = get_token()'],
    ['a Python name', 'password = args.password'],
    ['an AWS documentation key', 'aws_access_key_id=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a run of one character', 'PASSWORD=********'],
    ['placeholder words', 'API_KEY=changeme\nTOKEN=replace-me\nSECRET=dummy-value'],
    ['a bearer variable', 'curl -H "Authorization: Bearer $TOKEN" https://x'],
    ['prose', '# The token is read from Secrets Manager at start; no password is stored here.'],
    ['an empty value', 'PASSWORD=""'],
  ])('%s', (_name, script) => {
    expect(scanScript(script)).toEqual([]);
  });

  it('an ordinary lifecycle script holds nothing', () => {
    const script = [
      '#!/bin/bash',
      'set -eux',
      'sudo -u ec2-user -i <<EOF',
      'source activate python3',
      'pip install --upgrade sagemaker mlflow==2.16.0',
      'conda deactivate',
      'EOF',
      'echo "Installed" >> /var/log/lifecycle.log',
    ].join('\n');
    expect(scanScript(script)).toEqual([]);
  });
});

describe('scanScript never returns the value', () => {
  it('the findings hold lines and kinds only', () => {
    const found = scanScript(`export AWS_ACCESS_KEY_ID=${ACCESS_KEY}\nDB_PASSWORD=Sup3rS3cretValue`);
    expect(found.every((f) => Object.keys(f).sort().join() === 'kind,line')).toBe(true);
    expect(JSON.stringify(found)).not.toContain(ACCESS_KEY);
    expect(JSON.stringify(found)).not.toContain('Sup3rS3cretValue');
  });
});

describe('decodeBase64Script', () => {
  it('decodes base64 of UTF-8 text, and refuses anything else', () => {
    expect(decodeBase64Script(Buffer.from('#!/bin/bash\necho hi\n').toString('base64'))).toBe('#!/bin/bash\necho hi\n');
    expect(decodeBase64Script('not base64 at all!')).toBeUndefined();
    expect(decodeBase64Script(Buffer.from([0xff, 0xfe, 0xfd]).toString('base64'))).toBeUndefined();
  });
});

describe('secretLocations', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64');

  it('names the script, the line and the kind of each secret, never the value', () => {
    const found = secretLocations([
      { location: 'OnCreate', base64: b64('#!/bin/bash\necho ok') },
      { location: 'OnStart', base64: b64(`#!/bin/bash\n\nexport AWS_ACCESS_KEY_ID=${ACCESS_KEY}`) },
    ]);
    expect(found).toEqual(['OnStart line 3: AWS access key id']);
  });

  it('is empty for clean scripts and for none, and undefined when a body is not base64 text', () => {
    expect(secretLocations([{ location: 'OnStart', base64: b64('pip install mlflow') }])).toEqual([]);
    expect(secretLocations([])).toEqual([]);
    expect(secretLocations([{ location: 'OnStart', base64: '%%%' }])).toBeUndefined();
  });
});
