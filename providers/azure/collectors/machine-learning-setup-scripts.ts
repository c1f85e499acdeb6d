// A compute instance's setup scripts (properties.properties.setupScripts.scripts): an inline
// script's body (base64 `scriptData`) and every script's arguments (`scriptArguments`, plain
// text) are scanned for embedded secrets here and never kept (raw-fields.ts keeps no
// `scriptData`, and scrubs the arguments to a hash); a script in workspace storage is not read.
import { secretLocations, type EncodedScript } from '../../../src/lib/script-secrets.js';
import type { Facts } from '../../../src/model/index.js';
import { obj, str } from '../arm.js';

const SCRIPTS = ['creationScript', 'startupScript'] as const;

/** The script text and arguments of one setup script that can be read here, and whether its body could not be. */
function readableParts(location: string, script: Record<string, unknown>): { parts: EncodedScript[]; unread: boolean } {
  const parts: EncodedScript[] = [];
  const data = str(script, 'scriptData');
  const inline = str(script, 'scriptSource')?.toLowerCase() === 'inline' && data !== undefined;
  if (inline) parts.push({ location, base64: data });
  // Arguments are passed on the command line (`--account-key …`): read whatever the body's source.
  const args = str(script, 'scriptArguments');
  if (args) parts.push({ location: `${location} arguments`, base64: Buffer.from(args, 'utf8').toString('base64') });
  return { parts, unread: !inline };
}

/**
 * `scriptSecrets` of a compute instance (its inner `properties`): `[]` when it has no setup
 * script or every one is inline and clean, arguments included; the secrets found when any body
 * or arguments hold some; unknown when a clean verdict would rest on a script that was not read
 * (workspace storage).
 */
export function setupScriptFacts(instance: Record<string, unknown>): Pick<Facts, 'scriptSecrets'> {
  const readable: EncodedScript[] = [];
  let unread = false;
  for (const location of SCRIPTS) {
    const script = obj(instance, 'setupScripts', 'scripts', location);
    if (!script) continue;
    const read = readableParts(location, script);
    readable.push(...read.parts);
    unread ||= read.unread;
  }
  const found = secretLocations(readable);
  if (found === undefined || (unread && found.length === 0)) return {};
  return { scriptSecrets: found };
}
