// A compute instance's setup scripts (properties.properties.setupScripts.scripts): an inline
// script's body (base64 `scriptData`) is decoded and scanned for embedded secrets here and never
// kept (raw-fields.ts keeps no `scriptData`); a script in workspace storage is not read.
import { secretLocations, type EncodedScript } from '../../../src/lib/script-secrets.js';
import type { Facts } from '../../../src/model/index.js';
import { obj, str } from '../arm.js';

const SCRIPTS = ['creationScript', 'startupScript'] as const;

/**
 * `scriptSecrets` of a compute instance (its inner `properties`): `[]` when it has no setup
 * script or every one is inline and clean; the secrets found when any inline one holds some;
 * unknown when a clean verdict would rest on a script that was not read (workspace storage).
 */
export function setupScriptFacts(instance: Record<string, unknown>): Pick<Facts, 'scriptSecrets'> {
  const inline: EncodedScript[] = [];
  let unread = false;
  for (const location of SCRIPTS) {
    const script = obj(instance, 'setupScripts', 'scripts', location);
    if (!script) continue;
    const data = str(script, 'scriptData');
    if (str(script, 'scriptSource')?.toLowerCase() === 'inline' && data !== undefined) inline.push({ location, base64: data });
    else unread = true;
  }
  const found = secretLocations(inline);
  if (found === undefined || (unread && found.length === 0)) return {};
  return { scriptSecrets: found };
}
