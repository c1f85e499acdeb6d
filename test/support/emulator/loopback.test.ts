import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { FaultDice } from './faults.js';
import { startLoopback, type Loopback, type Protocol } from './loopback.js';
import { pageOf } from './paging.js';

const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const protocol: Protocol = {
  error: (status, code, message) => json(status, { code, message }),
  throttled: () => json(429, { code: 'Throttled' }),
  serverError: () => json(500, { code: 'InternalError' }),
};
const BODY = { items: Array.from({ length: 50 }, (_, i) => `item-${i}`) };

interface Raw {
  status?: number;
  contentLength?: number;
  received: number;
  error?: string;
  ms: number;
}

/** One GET with Node's http client, reporting what arrived on the wire. */
function get(url: string): Promise<Raw> {
  const started = Date.now();
  return new Promise((resolve) => {
    const out: Raw = { received: 0, ms: 0 };
    const done = () => resolve({ ...out, ms: Date.now() - started });
    const req = http.get(url, { agent: false }, (res) => {
      out.status = res.statusCode;
      out.contentLength = Number(res.headers['content-length']);
      res.on('data', (c: Buffer) => (out.received += c.length));
      res.on('end', done);
      res.on('error', (e: NodeJS.ErrnoException) => ((out.error = e.code ?? e.message), done()));
      res.on('aborted', () => ((out.error = 'aborted'), done()));
    });
    req.on('error', (e: NodeJS.ErrnoException) => ((out.error = e.code ?? e.message), done()));
  });
}

describe('the emulator fault layer', () => {
  let server: Loopback | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const start = async (options: Omit<Parameters<typeof startLoopback>[0], 'handler'>) =>
    (server = await startLoopback({ handler: () => ({ service: 'test', operation: 'List', protocol, reply: json(200, BODY) }), ...options }));

  it('truncate: the full Content-Length, half the body, then the connection is cut', async () => {
    const s = await start({ faults: { rates: { truncate: 1 } } });
    const raw = await get(`${s.url}/list`);
    const full = JSON.stringify(BODY).length;
    expect(raw).toMatchObject({ status: 200, contentLength: full, received: Math.floor(full / 2) });
    expect(raw.error).toBeDefined();
    expect(s.calls).toEqual([{ service: 'test', operation: 'List', status: 200, known: true, fault: 'truncate', at: expect.any(Number), identity: 'GET /list  ', repeat: false }]);
  });

  it('reset: the connection is reset before any answer', async () => {
    const s = await start({ faults: { rates: { reset: 1 } } });
    const raw = await get(`${s.url}/list`);
    expect(raw.status).toBeUndefined();
    expect(raw.error).toBe('ECONNRESET');
    expect(s.calls[0]).toMatchObject({ status: 0, fault: 'reset' });
  });

  it('timeout: the answer is held, then sent whole', async () => {
    const s = await start({ faults: { rates: { timeout: 1 }, holdMs: 300 } });
    const raw = await get(`${s.url}/list`);
    expect(raw).toMatchObject({ status: 200, received: JSON.stringify(BODY).length });
    expect(raw.ms).toBeGreaterThanOrEqual(290);
  });

  it("http5xx and throttle answer with the service's own error bodies", async () => {
    const s = await start({ faults: { rates: { http5xx: 0.5, throttle: 0.5 } } });
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => get(`${s.url}/list?i=${i}`).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([500, 429]));
    expect(s.calls.map((c) => c.status)).toEqual(expect.arrayContaining([500, 429]));
  });

  it('the call budget ends a scan that never stops: later calls get a non-retryable error', async () => {
    const s = await start({ callBudget: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(`${s.url}/list`)).status);
    expect(statuses).toEqual([200, 200, 400, 400]);
    expect(s.budgetSpent).toBe(true);
  });

  it('rolls are fixed by seed, request and attempt, whatever the arrival order; a retry rolls again', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `GET /item/${i}`);
    const forward = new FaultDice({ seed: 7, rates: { reset: 0.3 } });
    const backward = new FaultDice({ seed: 7, rates: { reset: 0.3 } });
    const a = ids.map((id) => forward.decide(id));
    const b = [...ids].reverse().map((id) => backward.decide(id)).reverse();
    expect(a).toEqual(b);
    const share = a.filter(Boolean).length / ids.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.4);
    const retried = ids.map((id) => forward.decide(id));
    expect(retried).not.toEqual(a);
  });

  it('a repeated token: page 2 hands back the token that asked for it', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    const first = pageOf(items, { listing: 'L', pageSize: 10 });
    const second = pageOf(items, { listing: 'L', pageSize: 10, token: first.next, repeat: true });
    expect(second.items).toEqual(items.slice(10, 20));
    expect(second.next).toBe(first.next);
    const honest = pageOf(items, { listing: 'L', pageSize: 10, token: first.next });
    expect(pageOf(items, { listing: 'L', pageSize: 10, token: honest.next })).toEqual({ items: items.slice(20) });
  });
});
