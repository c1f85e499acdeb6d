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

/** Every tag (in `tags` order) whose key is one of `keys` and whose value is not blank. */
export function matchingTags(tags: Readonly<Record<string, string>>, keys: readonly string[]): { key: string; value: string }[] {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  return Object.entries(tags)
    .filter(([key, value]) => wanted.has(key.toLowerCase()) && value.trim() !== '')
    .map(([key, value]) => ({ key, value }));
}

/** The first tag (in `tags` order) whose key is one of `keys` and whose value is not blank. */
export function findTag(tags: Readonly<Record<string, string>>, keys: readonly string[]): { key: string; value: string } | undefined {
  return matchingTags(tags, keys)[0];
}
