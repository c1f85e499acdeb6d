import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AttestationFileSchema, loadAttestations } from '../../src/frameworks/index.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-att-');

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const entry = (control: string, status = 'met') =>
  `  - control: "${control}"\n    status: ${status}\n    evidence: https://wiki.example/ir-playbook\n    owner: secops\n    date: 2026-10-01\n`;

describe('attestation files', () => {
  it('loads YAML and infers each framework from the control id', () => {
    const path = file('a.yaml', `attestations:\n${entry('5.7.1')}${entry('A-MLSG-004-D008', 'partly-met')}`);
    expect(loadAttestations(path).map((a) => [a.framework, a.control, a.status])).toEqual([
      ['ms-ai-risk', '5.7.1', 'met'],
      ['a-mlsg', 'A-MLSG-004-D008', 'partly-met'],
    ]);
  });

  it('loads JSON too', () => {
    const path = file('a.json', JSON.stringify({ attestations: [{ control: '5.8.1', status: 'not-met', evidence: 'x', owner: 'o', date: '2026-01-31' }] }));
    expect(loadAttestations(path)[0]?.status).toBe('not-met');
  });

  it.each([
    ['bad YAML', 'attestations: [\n  - control: "5.7.1"\n  status', /^.*a\.yaml: \$: not valid YAML at line \d+/],
    ['a bad status', `attestations:\n${entry('5.7.1')}${entry('5.8.1', 'done')}`, /a\.yaml: \$\.attestations\[1\]\.status: /],
    ['an unknown control', `attestations:\n${entry('5.7.1')}${entry('9.9.9')}`, /a\.yaml: \$\.attestations\[1\]\.control: unknown control '9\.9\.9' \(mlscan frameworks lists the controls\)$/],
    ['a control named under the wrong framework', `attestations:\n${entry('5.7.1')}    framework: a-mlsg\n`, /\$\.attestations\[0\]\.control: unknown control '5\.7\.1' in framework a-mlsg/],
    ['an unknown framework', `attestations:\n${entry('5.7.1')}    framework: nist\n`, /\$\.attestations\[0\]\.framework: /],
    ['a missing owner', `attestations:\n${entry('5.7.1').replace('    owner: secops\n', '')}`, /\$\.attestations\[0\]\.owner: /],
    ['a file without the attestations list', 'controls: []\n', /a\.yaml: \$\.attestations: .*expected array/],
    ['a duplicate control', `attestations:\n${entry('5.7.1')}${entry('5.7.1')}`, /\$\.attestations\[1\]\.control: control '5\.7\.1' is already answered at \$\.attestations\[0\]/],
    ['a bad date', `attestations:\n${entry('5.7.1').replace('2026-10-01', 'last week')}`, /\$\.attestations\[0\]\.date: /],
    ['an unknown field', `attestations:\n${entry('5.7.1')}    approver: bob\n`, /\$\.attestations\[0\]: unknown field\(s\) 'approver'/],
    ['an empty file', '', /a\.yaml: \$: /],
  ])('rejects %s with one line naming file and path', (_name, text, pattern) => {
    const path = file('a.yaml', text);
    let message = '';
    try {
      loadAttestations(path);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(pattern);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('rejects broken JSON as one line', () => {
    const path = file('a.json', '{"attestations": [');
    expect(() => loadAttestations(path)).toThrow(/a\.json: \$: not valid JSON/);
  });

  it('publishes a JSON Schema for the file format', () => {
    expect(z.toJSONSchema(AttestationFileSchema)).toMatchObject({
      additionalProperties: false,
      required: ['attestations'],
      properties: { attestations: { items: { required: ['control', 'status', 'evidence', 'owner', 'date'], additionalProperties: false } } },
    });
  });
});
