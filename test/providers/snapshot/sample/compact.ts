/**
 * Drops undefined members, so a record shows only what the provider saw: an optional fact stays
 * absent rather than `undefined`, and a raw record reads like SDK output (absent = omitted).
 */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
