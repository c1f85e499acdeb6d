import { describe, expect, it } from 'vitest';
import { isTransient } from '../../src/scan/transient.js';

describe('isTransient', () => {
  it.each([
    ['a reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['a body cut off mid-JSON', new SyntaxError('Unexpected end of JSON input')],
    ['a premature close wrapped by the SDK', Object.assign(new Error('Deserialization error'), { cause: Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }) })],
    ['an AWS 503', Object.assign(new Error('unavailable'), { name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } })],
    ['an ARM 500', Object.assign(new Error('internal'), { code: 'InternalServerError', statusCode: 500 })],
  ])('retries %s', (_label, error) => {
    expect(isTransient(error)).toBe(true);
  });

  it.each([
    ['a denial', Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } })],
    ['an ARM 403', Object.assign(new Error('AuthorizationFailed'), { code: 'AuthorizationFailed', statusCode: 403 })],
    ['a 404', Object.assign(new Error('not found'), { code: 'ResourceNotFound', statusCode: 404 })],
    ['a 501 (never implemented, never will be)', Object.assign(new Error('not implemented'), { statusCode: 501 })],
    ['an answer the cloud sent whole with an error message that mentions truncation', Object.assign(new Error('value truncated'), { name: 'ValidationException', $metadata: { httpStatusCode: 400 } })],
    ['a non-error', 'ECONNRESET'],
  ])('does not retry %s', (_label, error) => {
    expect(isTransient(error)).toBe(false);
  });
});
