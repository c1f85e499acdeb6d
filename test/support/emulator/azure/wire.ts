import type { Protocol, Reply } from '../loopback.js';

/** ARM's wire format: JSON bodies, `{"error":{"code","message"}}` errors, quota headers on every answer. */

let requestSeq = 0;

export function armReply(body: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-ms-request-id': `emu-${(++requestSeq).toString(16).padStart(8, '0')}`,
      // Plenty left: the emulator does not model the read bucket (issue 10 will).
      'x-ms-ratelimit-remaining-subscription-reads': '11999',
      ...headers,
    },
    body: JSON.stringify(body),
  };
}

export const armProtocol: Protocol = {
  error: (status, code, message) => armReply({ error: { code, message } }, status),
  throttled: () =>
    armReply({ error: { code: 'SubscriptionRequestsThrottled', message: 'Number of read requests for subscription exceeded the limit of 12000 for time interval 01:00:00. Please try again after 1 seconds.' } }, 429, {
      'retry-after': '1',
      'x-ms-ratelimit-remaining-subscription-reads': '0',
    }),
  serverError: () => armReply({ error: { code: 'InternalServerError', message: 'Encountered internal server error. Diagnostic information: timestamp, subscription id, tracking id.' } }, 500),
};

/** The resource type a path addresses, e.g. `Microsoft.MachineLearningServices/workspaces/models/versions`. */
export function resourceTypeOf(path: string): string {
  const at = path.toLowerCase().lastIndexOf('/providers/');
  if (at < 0) return path.split('/').filter(Boolean).filter((_, i) => i % 2 === 0).join('/') || '/';
  const [namespace, ...rest] = path.slice(at + '/providers/'.length).split('/').filter(Boolean);
  return [namespace, ...rest.filter((_, i) => i % 2 === 0)].join('/');
}
