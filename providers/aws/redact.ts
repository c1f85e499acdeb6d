/**
 * Raw records are stored in the inventory and snapshots; some SageMaker fields carry whatever the
 * user put there (container environment, hyperparameters, lifecycle scripts). Values under keys
 * that look secret are replaced, whole free-text blobs that may embed credentials are dropped.
 */
const SECRET_KEY = /(secret|passw|pwd|token|credential|api[_-]?key|access[_-]?key|private[_-]?key|auth)/i;
/** Maps whose values are user-defined strings: secret-looking keys lose their values. */
const USER_MAPS = new Set(['HyperParameters', 'StaticHyperParameters']);
/** Container environments routinely carry credentials under any name: every value goes. */
const VALUES_DROPPED = new Set(['Environment']);
/** Fields dropped entirely. */
const DROP = new Set(['$metadata', 'Content', 'OnCreate', 'OnStart']);

export function redactRecord(value: unknown, depth = 0, parentKey = ''): unknown {
  if (depth > 25) return undefined;
  if (Array.isArray(value)) return value.map((v) => redactRecord(v, depth + 1, parentKey));
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (DROP.has(key) || v === undefined) continue;
      if (VALUES_DROPPED.has(parentKey) && typeof v === 'string') {
        out[key] = '[redacted]';
        continue;
      }
      if (USER_MAPS.has(parentKey) && typeof v === 'string' && SECRET_KEY.test(key)) out[key] = '[redacted]';
      else if (SECRET_KEY.test(key) && typeof v === 'string' && !/(KmsKey|Arn$|Id$|Mode$|Type$|Enabled$)/.test(key)) out[key] = '[redacted]';
      else out[key] = redactRecord(v, depth + 1, key);
    }
    return out;
  }
  return value;
}
