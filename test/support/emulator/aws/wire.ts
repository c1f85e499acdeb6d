import type { Protocol, Reply } from '../loopback.js';

/** AWS wire formats: JSON 1.1 bodies, query-protocol and EC2 XML, S3 XML, and each one's error shape. */

let requestSeq = 0;
const requestId = (): string => `emu-${(++requestSeq).toString(16).padStart(8, '0')}`;

const JSON11 = 'application/x-amz-json-1.1';

export function json11(body: unknown, status = 200): Reply {
  return { status, headers: { 'content-type': JSON11, 'x-amzn-requestid': requestId() }, body: JSON.stringify(body) };
}

/** JSON 1.1 services (SageMaker, KMS, ECR, CloudTrail): `{"__type": code, "message": ...}`. */
export const json11Protocol: Protocol = {
  error: (status, code, message) => json11({ __type: code, message }, status),
  throttled: () => json11({ __type: 'ThrottlingException', message: 'Rate exceeded' }, 400),
  serverError: () => json11({ __type: 'InternalFailure', message: 'We encountered an internal error. Please try again.' }, 500),
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Query-protocol XML of a value: object members become elements, arrays repeat `item` (EC2) or
 * `member` (IAM, STS) inside their element, Dates become ISO-8601.
 */
export function toXml(value: unknown, item: 'item' | 'member'): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => `<${item}>${toXml(v, item)}</${item}>`).join('');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<${k}>${toXml(v, item)}</${k}>`)
      .join('');
  }
  return escapeXml(String(value));
}

const XML = { 'content-type': 'text/xml' };

/** STS and IAM: `<XResponse><XResult>…</XResult><ResponseMetadata/></XResponse>`. */
export function queryReply(namespace: string, action: string, result: Record<string, unknown>): Reply {
  return {
    status: 200,
    headers: { ...XML, 'x-amzn-requestid': requestId() },
    body: `<${action}Response xmlns="${namespace}"><${action}Result>${toXml(result, 'member')}</${action}Result><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></${action}Response>`,
  };
}

export function queryProtocol(namespace: string): Protocol {
  const error = (status: number, code: string, message: string, type = 'Sender'): Reply => ({
    status,
    headers: XML,
    body: `<ErrorResponse xmlns="${namespace}"><Error><Type>${type}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId()}</RequestId></ErrorResponse>`,
  });
  return {
    error,
    throttled: () => error(400, 'Throttling', 'Rate exceeded'),
    serverError: () => error(500, 'InternalFailure', 'An internal error occurred.', 'Receiver'),
  };
}

const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

/** EC2: `<XResponse xmlns><requestId/>…</XResponse>`, lists as `<xSet><item>`. */
export function ec2Reply(action: string, members: Record<string, unknown>): Reply {
  return { status: 200, headers: XML, body: `<${action}Response xmlns="${EC2_NS}"><requestId>${requestId()}</requestId>${toXml(members, 'item')}</${action}Response>` };
}

const ec2Error = (status: number, code: string, message: string): Reply => ({
  status,
  headers: XML,
  body: `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>${requestId()}</RequestID></Response>`,
});

export const ec2Protocol: Protocol = {
  error: ec2Error,
  throttled: () => ec2Error(503, 'RequestLimitExceeded', 'Request limit exceeded.'),
  serverError: () => ec2Error(500, 'InternalError', 'An internal error has occurred'),
};

const S3_XML = { 'content-type': 'application/xml' };

export function s3Reply(xml: string, status = 200): Reply {
  return { status, headers: { ...S3_XML, 'x-amz-request-id': requestId() }, body: `<?xml version="1.0" encoding="UTF-8"?>${xml}` };
}

/** S3 and S3 Control: `<Error><Code/><Message/><RequestId/><HostId/></Error>`, not wrapped. */
export const s3Protocol: Protocol = {
  error: (status, code, message) =>
    s3Reply(`<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message><RequestId>${requestId()}</RequestId><HostId>emulator</HostId></Error>`, status),
  throttled: () => s3Reply(`<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>${requestId()}</RequestId><HostId>emulator</HostId></Error>`, 503),
  serverError: () => s3Reply(`<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message><RequestId>${requestId()}</RequestId><HostId>emulator</HostId></Error>`, 500),
};

/** Members of a form-encoded query request (`SubnetId.1`, `Filter.1.Value.1`, …). */
export function formOf(body: string): Map<string, string> {
  return new Map(new URLSearchParams(body));
}

/** Values of a numbered list member: `SubnetId.1`, `SubnetId.2`, … */
export function numbered(form: Map<string, string>, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 1; form.has(`${prefix}.${i}`); i++) out.push(form.get(`${prefix}.${i}`)!);
  return out;
}
