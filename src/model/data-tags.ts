/**
 * The tags that say how data is classified and who owns it (seeds/000 §5.2.1 guidance 6: "Collected
 * data should have an owner"; §5.2.2: classification labels). One definition, read by risk scoring
 * and by rules through the engine; a scan's config (risk section) can replace the key lists.
 * Keys and values compare case-insensitively: Azure treats tag keys that way and people spell
 * values every way.
 */
export interface DataTagKeys {
  /** Tag keys that hold the data classification. */
  classificationKeys: readonly string[];
  /** Classification values that mean sensitive, personal or regulated data. */
  sensitiveValues: readonly string[];
  /** Tag keys that name the person or team accountable for the data. */
  ownerKeys: readonly string[];
}

export const DEFAULT_CLASSIFICATION_KEYS = ['data-classification', 'DataClassification', 'data_classification', 'classification'];
export const DEFAULT_SENSITIVE_VALUES = ['confidential', 'highly-confidential', 'restricted', 'secret', 'sensitive', 'pii', 'phi', 'pci'];
export const DEFAULT_OWNER_KEYS = ['owner', 'DataOwner', 'data-owner', 'data_owner', 'BusinessOwner', 'business-owner'];

export const DEFAULT_DATA_TAG_KEYS: DataTagKeys = {
  classificationKeys: DEFAULT_CLASSIFICATION_KEYS,
  sensitiveValues: DEFAULT_SENSITIVE_VALUES,
  ownerKeys: DEFAULT_OWNER_KEYS,
};

/** Key lists are a scan's few configured arrays, asked about for every asset: lowercased once per list. */
const LOWERCASED_KEYS = new WeakMap<readonly string[], ReadonlySet<string>>();

function wantedKeys(keys: readonly string[]): ReadonlySet<string> {
  let wanted = LOWERCASED_KEYS.get(keys);
  if (!wanted) LOWERCASED_KEYS.set(keys, (wanted = new Set(keys.map((k) => k.toLowerCase()))));
  return wanted;
}

/** Every tag (in `tags` order, at most `limit`) whose key is one of `keys` and whose value is not blank. */
export function matchingTags(tags: Readonly<Record<string, string>>, keys: readonly string[], limit = Infinity): { key: string; value: string }[] {
  const wanted = wantedKeys(keys);
  const out: { key: string; value: string }[] = [];
  for (const key of Object.keys(tags)) {
    if (out.length >= limit) break;
    const value = tags[key]!;
    if (wanted.has(key.toLowerCase()) && value.trim() !== '') out.push({ key, value });
  }
  return out;
}

/** The first tag (in `tags` order) whose key is one of `keys` and whose value is not blank. */
export function findTag(tags: Readonly<Record<string, string>>, keys: readonly string[]): { key: string; value: string } | undefined {
  const key = findTagKey(tags, keys);
  return key === undefined ? undefined : { key, value: tags[key]! };
}

/**
 * The key of the first tag `findTag` would answer, further limited to values whose lowercase is in
 * `values` when given. Only a key is returned, and keys are walked with `for…in` rather than
 * `Object.keys`: classification and owner lookups run for every holder of every asset of a scan,
 * and this way they build no array and no object. (Tags are plain records: `for…in` lists the same
 * own keys in the same order; `hasOwn` keeps anything inherited out, as `Object.keys` does.)
 */
export function findTagKey(tags: Readonly<Record<string, string>>, keys: readonly string[], values?: ReadonlySet<string>): string | undefined {
  const wanted = wantedKeys(keys);
  for (const key in tags) {
    if (!Object.hasOwn(tags, key)) continue;
    const value = tags[key]!;
    if (!wanted.has(key.toLowerCase()) || value.trim() === '') continue;
    if (!values || values.has(value.toLowerCase())) return key;
  }
  return undefined;
}
