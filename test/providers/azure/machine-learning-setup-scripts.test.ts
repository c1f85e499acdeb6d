// Setup-script secrets of an Azure ML compute instance, from the recorded Compute - List record
// (test/fixtures/wire/azure/machine-learning/compute-instance.json) with scripts planted in it.
import { describe, expect, it } from 'vitest';
import { computes } from '../../../providers/azure/collectors/machine-learning.js';
import { setupScriptFacts } from '../../../providers/azure/collectors/machine-learning-setup-scripts.js';
import type { ArmResource } from '../../../providers/azure/arm.js';
import { patched, wire } from '../../support/wire-assets.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const CLEAN = b64('#!/bin/bash\nset -e\nconda env update -f env.yml\n');
const PLANTED = 'k3Y' + 'pl4nted9QwErTyUiOp';

/** The recorded compute instance with `scripts` as its setup scripts, normalised by the computes collector. */
function factsWith(scripts: Record<string, unknown>) {
  const record = patched(wire<ArmResource>('azure/machine-learning/compute-instance.json'), { properties: { properties: { setupScripts: { scripts } } } });
  return computes.normalize(record, undefined).facts ?? {};
}

describe('compute instance setup scripts', () => {
  it('an inline script with no secret and no arguments is clean', () => {
    expect(factsWith({ creationScript: { scriptSource: 'inline', scriptData: CLEAN } }).scriptSecrets).toEqual([]);
  });

  it('a secret passed in the arguments of a clean inline script is found (the arguments are part of the command run)', () => {
    const facts = factsWith({ creationScript: { scriptSource: 'inline', scriptData: CLEAN, scriptArguments: `--account-key ${PLANTED}` } });
    expect(facts.scriptSecrets).toEqual(['creationScript arguments line 1: secret passed as a command-line option']);
    expect(JSON.stringify(facts)).not.toContain(PLANTED);
  });

  it('a script in workspace storage is not read: clean arguments leave the fact unknown, a secret in them is reported', () => {
    const stored = { scriptSource: 'workspaceStorage', scriptData: 'Users/alice/startup.sh' };
    expect(setupScriptFacts({ setupScripts: { scripts: { startupScript: { ...stored, scriptArguments: '--env prod' } } } })).toEqual({});
    expect(setupScriptFacts({ setupScripts: { scripts: { startupScript: { ...stored, scriptArguments: `--token ${PLANTED}` } } } })).toEqual({
      scriptSecrets: ['startupScript arguments line 1: secret passed as a command-line option'],
    });
  });

  it('no setup script at all is clean; a body that is not base64 text leaves the fact unknown', () => {
    expect(setupScriptFacts({})).toEqual({ scriptSecrets: [] });
    expect(setupScriptFacts({ setupScripts: { scripts: { creationScript: { scriptSource: 'inline', scriptData: 'not base64!' } } } })).toEqual({});
  });
});
