/**
 * Joins cloud-supplied values for a one-sentence message, capped so a policy with hundreds of
 * wildcard actions or principals cannot flood a report line. The full list stays in evidence.
 */
export function messageList(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
